package dev.topset.query.plan;

import dev.topset.api.plan.LiftPlan;

/** The plan in force for a lift; {@code defaultPlan} when the athlete never stored one. */
public record EffectivePlan(LiftPlan plan, boolean defaultPlan) {
}
