package dev.topset.science.guidance;

/** How strongly a device should present a piece of guidance. */
public enum GuidanceLevel {
    /** End the current block of sets now. */
    STOP,
    /** Change the plan for today / take note for next time. */
    WARNING
}
