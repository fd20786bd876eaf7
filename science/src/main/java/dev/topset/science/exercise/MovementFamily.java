package dev.topset.science.exercise;

/**
 * The movement pattern an exercise trains, closed so that volume per pattern and substitutions can be
 * counted without string matching. One family per exercise: the pattern that limits the load (a
 * thruster is a {@link #SQUAT} into a press, the squat decides what goes on the bar).
 */
public enum MovementFamily {
    /** Knee- and hip-dominant, both feet: back/front/box squats, leg press, hack squat. */
    SQUAT,
    /** Hip-dominant: deadlifts, RDLs, good mornings, hip thrusts, back extensions, swings. */
    HINGE,
    /** One leg at a time: lunges, split squats, step-ups, pistols. */
    SINGLE_LEG,
    /** Pressing away from the chest: bench press and its variants, push-ups, dips, chest press. */
    HORIZONTAL_PRESS,
    /** Pressing overhead: overhead press, landmine press, handstand push-up. */
    VERTICAL_PRESS,
    /** Rowing: barbell/dumbbell/cable/machine rows, inverted rows. */
    HORIZONTAL_PULL,
    /** Pulling from overhead: pull-ups, chin-ups, pulldowns. */
    VERTICAL_PULL,
    /**
     * Snatch, clean, jerk and their power/hang/block/muscle variants, pulls, snatch balance, and the
     * weightlifter's strength lifts for the jerk and the snatch: push press and overhead squat.
     */
    OLYMPIC,
    /** Walking with a load: farmer's walk, sled push. */
    CARRY,
    /** Trunk: planks, crunches, leg raises, rotations, anti-rotation. */
    CORE,
    /** Elbow and wrist: curls, triceps extensions and pushdowns, wrist curls. */
    ARMS,
    /** Single-joint upper body other than arms: raises, flyes, face pulls, shrugs, pullovers, neck. */
    ISOLATION_UPPER,
    /** Single-joint lower body: leg extension and curl, calf raises, abduction, adduction, kickbacks. */
    ISOLATION_LOWER,
    /** Cardio and jumps, where load is not what is tracked: running, rowing machine, burpees, box jumps. */
    CONDITIONING,
    /** Stretching, yoga, warm-ups. */
    MOBILITY,
    /** A name the catalogue does not know and that does not say its pattern. */
    UNKNOWN
}
