package dev.topset.api.session;

import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.training.Load;
import java.util.Objects;

/**
 * What the athlete's plan asked of this top set when it was logged: the target (reps at an RPE range) and the
 * planned load. Kept in the event because plans change: "did the top set land in the planned RPE range" must be
 * answered with the plan of that day, not today's.
 *
 * @param target the plan's top-set target; null only when {@link Source#NOT_RECORDED}
 * @param load   the plan's next top-set load, when the plan named one
 */
public record PlannedTopSet(TopSetTarget target, Load load, Source source) {

    /** Top sets logged before revision 2 of {@link TopSetLogged}: the plan of that day is not known. */
    public static final PlannedTopSet NOT_RECORDED = new PlannedTopSet(null, null, Source.NOT_RECORDED);

    public enum Source {
        /** the athlete's stored plan for the lift */
        STORED_PLAN,
        /** no stored plan: the documented default plan */
        DEFAULT_PLAN,
        /** logged before the plan was recorded with the set */
        NOT_RECORDED
    }

    public PlannedTopSet {
        Objects.requireNonNull(source, "source");
        if (source != Source.NOT_RECORDED) {
            Objects.requireNonNull(target, "target");
        }
    }
}
