package dev.topset.analytics.rules;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.training.Load;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.RoundingDirection;
import java.math.BigDecimal;

/**
 * Turns the exact loads rules compute into loads the athlete can put on the bar, with science's plate
 * calculator and the plan's plates. Increases round to the nearest plate (a tie goes lighter); cuts
 * round down, because a deload or a lighter backoff that comes out heavier than asked defeats it.
 */
public final class LoadRounding {

    private final PlannedLift plan;
    private final PlateCalculator plates;

    public LoadRounding(PlannedLift plan) {
        this.plan = plan;
        this.plates = plan.plateCalculator();
    }

    public Load nearest(BigDecimal amount) {
        return round(amount, RoundingDirection.NEAREST);
    }

    public Load down(BigDecimal amount) {
        return round(amount, RoundingDirection.DOWN);
    }

    public Load up(BigDecimal amount) {
        return round(amount, RoundingDirection.UP);
    }

    private Load round(BigDecimal amount, RoundingDirection direction) {
        return plates.round(new Load(amount.max(BigDecimal.ZERO), plan.unit()), direction).load();
    }
}
