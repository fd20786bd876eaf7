package dev.topset.analytics.cohort;

/** A cohort smaller than the minimum group size: its export would describe identifiable members. */
public class TooFewMembersException extends RuntimeException {

    private final int members;
    private final int minimum;

    public TooFewMembersException(int members, int minimum) {
        super("the cohort has " + members + " sharing members, fewer than the minimum group size of " + minimum
                + ": its numbers would describe identifiable people");
        this.members = members;
        this.minimum = minimum;
    }

    public int members() {
        return members;
    }

    public int minimum() {
        return minimum;
    }
}
