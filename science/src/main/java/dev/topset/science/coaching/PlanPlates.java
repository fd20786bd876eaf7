package dev.topset.science.coaching;

import dev.topset.api.plan.Loading;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;

/** The plate calculator of a plan's loading (validated by command-service when the plan was stored). */
final class PlanPlates {

    private PlanPlates() {
    }

    static PlateCalculator of(Loading loading) {
        return new PlateCalculator(new PlateSet(loading.unit(), loading.bar(), loading.plates(), loading.increment()));
    }
}
