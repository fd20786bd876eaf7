package dev.topset.science.plates;

/** Which loadable weight to pick when the exact load cannot be put on the bar. */
public enum RoundingDirection {
    /** The heaviest loadable weight at or below the exact load (what "greedy fill" calculators do). */
    DOWN,
    /** The closest loadable weight; an exact tie goes to the lighter one (fatigue is cheaper than a miss). */
    NEAREST,
    /** The lightest loadable weight at or above the exact load. */
    UP
}
