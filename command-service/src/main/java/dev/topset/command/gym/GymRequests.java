package dev.topset.command.gym;

/** Constraints shared by the gym requests. */
final class GymRequests {

    /** A user id (token subject): any printable text, no control characters. */
    static final String SUBJECT = "[^\\p{Cntrl}]+";

    private GymRequests() {
    }
}
