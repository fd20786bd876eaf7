package dev.topset.analytics.review;

/**
 * Rep bands whose top sets can be compared as one trend. The RPE chart's e1RM is not rep-invariant, and a lifter who
 * moves from sets of 4 to sets of 8-10 changes the stimulus, not their strength: a change of band is neither
 * progress nor decline. Bands: singles to triples (heavy work), 4-6 (strength), 7-12 (hypertrophy), 13 and up.
 */
public enum RepBand {
    HEAVY(1, 3),
    STRENGTH(4, 6),
    HYPERTROPHY(7, 12),
    HIGH_REP(13, Integer.MAX_VALUE);

    private final int low;
    private final int high;

    RepBand(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public static RepBand of(int reps) {
        for (RepBand band : values()) {
            if (reps <= band.high) {
                return band;
            }
        }
        return HIGH_REP;
    }

    /** "1-3", "13+". */
    public String label() {
        return high == Integer.MAX_VALUE ? low + "+" : low + "-" + high;
    }
}
