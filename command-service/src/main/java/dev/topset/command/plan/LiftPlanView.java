package dev.topset.command.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.topset.api.plan.LiftPlan;
import java.util.UUID;

/**
 * A lift's plan as prescriptions use it.
 *
 * @param defaultPlan true when the athlete never stored a plan for this lift and {@code plan} is the
 *                    documented default (in the athlete's preferred unit)
 */
public record LiftPlanView(UUID athleteId, String lift, @JsonProperty("default") boolean defaultPlan, LiftPlan plan) {
}
