package dev.topset.query.lift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One week (Monday to Sunday, by the sessions' local dates) of an athlete's training volume, per lift and per
 * movement family. Working sets are every set but warm-ups; hard sets are the working sets logged at RPE 7 or more
 * or RIR 3 or less (a set logged without either is a working set, not a hard one); volume load is load × reps in kg.
 */
public record WeeklyVolume(LocalDate week, int workingSets, int hardSets, BigDecimal volumeLoadKg,
                           List<Lift> lifts, List<Family> families) {

    public record Lift(String lift, String family, int workingSets, int hardSets, BigDecimal volumeLoadKg) {
    }

    public record Family(String family, int workingSets, int hardSets, BigDecimal volumeLoadKg) {
    }
}
