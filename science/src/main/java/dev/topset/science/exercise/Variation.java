package dev.topset.science.exercise;

/**
 * How an exercise differs from its parent movement. A set, because variations combine (a paused
 * close-grip bench press). Only variations that change what the lift measures are listed; cues that do
 * not (elbows in, feet wide, high or low bar) are not, and neither are they separate exercises: a
 * low-bar squat is the squat.
 */
public enum Variation {
    PAUSED,
    TEMPO,
    /** Bar in front: front squat, front raise. */
    FRONT,
    /** Bar or weight held overhead during the movement: overhead squat, overhead triceps extension. */
    OVERHEAD,
    BOX,
    DEFICIT,
    /** From blocks: block pull, block snatch. */
    BLOCK,
    /** Shortened range: rack pull, pin press, floor press, partial glute bridge. */
    PARTIAL,
    CLOSE_GRIP,
    WIDE_GRIP,
    NEUTRAL_GRIP,
    /** Underhand / supinated where overhand is the default (and the reverse for curls). */
    REVERSE_GRIP,
    SNATCH_GRIP,
    INCLINE,
    DECLINE,
    /** From the hang, above the knee. */
    HANG,
    /** Received above parallel. */
    POWER,
    /** Without re-bending the knees under the bar. */
    MUSCLE,
    /** Split stance: split jerk, split squat. */
    SPLIT,
    /** Pushed with leg drive and re-dipped under: push jerk. */
    PUSH,
    SUMO,
    ROMANIAN,
    STIFF_LEG,
    /** One arm or one leg at a time. */
    UNILATERAL,
    SEATED,
    /** Load reduced by a machine or a band. */
    ASSISTED,
    /** Load added to a bodyweight movement. */
    WEIGHTED,
    ZERCHER,
    /** Chest or torso supported, so the lower back does not limit the load. */
    SUPPORTED
}
