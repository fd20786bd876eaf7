package dev.topset.science.exercise;

/**
 * What carries the load. Part of an exercise's identity: a dumbbell bench press is not the barbell
 * bench press, so its e1RM is not compared with it.
 */
public enum Equipment {
    BARBELL,
    DUMBBELL,
    KETTLEBELL,
    /** Selectorised or plate-loaded machine other than a Smith machine. */
    MACHINE,
    SMITH_MACHINE,
    CABLE,
    BAND,
    BODYWEIGHT,
    TRAP_BAR,
    EZ_BAR,
    SAFETY_BAR,
    /** A loose weight plate held in the hands. */
    PLATE,
    /** Rings, TRX and other straps. */
    SUSPENSION,
    /** Anything else, and a name that does not say. */
    OTHER
}
