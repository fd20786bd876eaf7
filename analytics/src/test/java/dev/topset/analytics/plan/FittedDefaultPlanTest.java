package dev.topset.analytics.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.plan.ProgressionMethod;
import dev.topset.api.training.LoadUnit;
import org.junit.jupiter.api.Test;

/** The plan a lift without a stored one is reviewed against: linear for a main lift, reps first for an accessory. */
class FittedDefaultPlanTest {

    @Test
    void anAccessoryProgressesThroughARepRangeFromTheRepsTheAthleteDoes() {
        PlannedLift curl = FittedDefaultPlan.accessoryFittedTo("bicep-curl-dumbbell", LoadUnit.KG, 10, null, 3);

        assertThat(curl.plan().progression().method()).isEqualTo(ProgressionMethod.DOUBLE_PROGRESSION);
        assertThat(curl.plan().topSet().reps()).isEqualTo(10);
        assertThat(curl.plan().progression().repCeiling()).isEqualTo(14);
        assertThat(curl.plan().backoff().sets()).isEqualTo(3);
    }

    @Test
    void anAccessoryWithoutHabitsStartsAtEightToTwelveAndARangeNeverPassesTheLimit() {
        PlannedLift unknown = FittedDefaultPlan.accessoryFittedTo("присед-со-штангой", LoadUnit.KG, null, null, null);
        PlannedLift highReps = FittedDefaultPlan.accessoryFittedTo("calf-raise", LoadUnit.KG, 20, null, null);

        assertThat(unknown.plan().topSet().reps()).isEqualTo(8);
        assertThat(unknown.plan().progression().repCeiling()).isEqualTo(12);
        assertThat(highReps.plan().topSet().reps()).isEqualTo(19);
        assertThat(highReps.plan().progression().repCeiling()).isEqualTo(20);
    }

    @Test
    void aMainLiftKeepsTheLinearDefault() {
        assertThat(FittedDefaultPlan.fittedTo("squat", LoadUnit.KG, 3, null, null).plan().progression().method())
                .isEqualTo(ProgressionMethod.LINEAR);
    }
}
