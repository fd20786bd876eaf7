package dev.topset.analytics.support;

import dev.topset.analytics.plan.BackoffScheme;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.plan.Progression;
import dev.topset.analytics.plan.TopSetTarget;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;

/** Plans used across tests: squat 1 x 5 @ 7-9, backoffs 3 x 5 at -10 % (cap 9), +5 kg jumps on 2.5 kg plates. */
public final class Plans {

    private Plans() {
    }

    public static LiftPlan squat() {
        return new LiftPlan("squat", LoadUnit.KG, TopSetTarget.of(5, "7", "9", 1),
                BackoffScheme.percentDrop("10", 3, 5, "9"), Progression.linear(), new BigDecimal("5"),
                new BigDecimal("2.5"));
    }

    public static LiftPlan squat(Progression progression) {
        return squat().withProgression(progression);
    }
}
