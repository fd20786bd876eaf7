package dev.topset.command.plan;

import dev.topset.api.plan.LiftPlan;
import java.util.UUID;

/**
 * The answer to setting or adjusting a plan: the plan as now stored. {@code replayed} is true when the
 * plan already read like this and nothing was recorded (a retry, or the same plan sent again).
 */
public record LiftPlanResult(UUID athleteId, String lift, LiftPlan plan, boolean replayed) {
}
