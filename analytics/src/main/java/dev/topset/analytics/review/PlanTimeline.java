package dev.topset.analytics.review;

import dev.topset.api.plan.LiftPlan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The plans a lift was trained under, in the order they were recorded: which plan was in force at each session. A
 * plan recorded after the athlete's session of day D (an accepted recommendation, an edit) is in force for the
 * sessions after D; sessions before the first stored plan are judged against that first plan.
 *
 * @param changes oldest first; empty: the current plan for every session
 */
public record PlanTimeline(List<Change> changes) {

    /** @param inForceAfter the athlete's latest session date when the plan was recorded; null: before any session */
    public record Change(LocalDate inForceAfter, LiftPlan plan) {
    }

    public PlanTimeline {
        changes = changes.stream()
                .sorted(Comparator.comparing(change -> change.inForceAfter() == null ? LocalDate.MIN
                        : change.inForceAfter()))
                .toList();
    }

    public static PlanTimeline current() {
        return new PlanTimeline(List.of());
    }

    /** The plan in force at a session on {@code date}; {@code current} without a recorded change. */
    public LiftPlan at(LocalDate date, LiftPlan current) {
        LiftPlan inForce = changes.isEmpty() ? current : changes.get(0).plan();
        for (Change change : changes) {
            if (change.inForceAfter() == null || change.inForceAfter().isBefore(date)) {
                inForce = change.plan();
            }
        }
        return inForce;
    }
}
