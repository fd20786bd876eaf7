package dev.topset.query.lift;

import dev.topset.query.gym.GymPeriod;
import dev.topset.science.exercise.ExerciseMatcher;
import dev.topset.science.exercise.MovementFamily;
import dev.topset.science.units.UnitConverter;
import dev.topset.science.volume.HardSets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An athlete's weekly volume per lift, summed in PostgreSQL (one row per week × lift, through the athlete's
 * sessions), and per movement family from the exercise catalogue. Every week of the period is answered, an empty
 * one with zeros, so a missed week shows as one.
 */
@Component
class AthleteWeeks {

    private static final ExerciseMatcher EXERCISES = ExerciseMatcher.standard();

    private final JdbcClient jdbc;

    AthleteWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WeeklyVolume> of(UUID athleteId, GymPeriod period) {
        LocalDate firstWeek = HardSets.weekStart(period.to()).minusWeeks(period.weeks() - 1L);
        Map<LocalDate, List<WeeklyVolume.Lift>> lifts = new TreeMap<>();
        jdbc.sql("""
                        SELECT CAST(date_trunc('week', s.local_date) AS DATE) AS week, v.lift,
                               count(*) FILTER (WHERE v.kind <> 'WARMUP') AS working_sets,
                               count(*) FILTER (WHERE v.kind <> 'WARMUP' AND (v.rpe >= :minRpe OR v.rir <= :maxRir))
                                   AS hard_sets,
                               COALESCE(sum(v.load_amount * v.reps
                                            * CASE WHEN v.load_unit = 'LB' THEN :kgPerLb ELSE 1 END)
                                        FILTER (WHERE v.kind <> 'WARMUP'), 0) AS volume_kg
                        FROM session_view s JOIN set_view v ON v.session_id = s.session_id
                        WHERE s.athlete_id = :athleteId AND NOT v.voided AND s.local_date BETWEEN :from AND :to
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("athleteId", athleteId)
                .param("from", Date.valueOf(firstWeek)).param("to", Date.valueOf(period.to()))
                .param("minRpe", HardSets.MIN_HARD_RPE).param("maxRir", HardSets.MAX_HARD_RIR)
                .param("kgPerLb", UnitConverter.KG_PER_LB)
                .query((rs, row) -> lifts.computeIfAbsent(rs.getDate("week").toLocalDate(), week -> new ArrayList<>())
                        .add(new WeeklyVolume.Lift(rs.getString("lift"), familyOf(rs.getString("lift")),
                                rs.getInt("working_sets"), rs.getInt("hard_sets"), kg(rs.getBigDecimal("volume_kg")))))
                .list();
        List<WeeklyVolume> weeks = new ArrayList<>();
        for (LocalDate week = firstWeek; !week.isAfter(period.to()); week = week.plusWeeks(1)) {
            List<WeeklyVolume.Lift> perLift = lifts.getOrDefault(week, List.of());
            List<WeeklyVolume.Family> perFamily = families(perLift);
            weeks.add(new WeeklyVolume(week, perFamily.stream().mapToInt(WeeklyVolume.Family::workingSets).sum(),
                    perFamily.stream().mapToInt(WeeklyVolume.Family::hardSets).sum(),
                    perFamily.stream().map(WeeklyVolume.Family::volumeLoadKg).reduce(BigDecimal.ZERO, BigDecimal::add),
                    perLift, perFamily));
        }
        return weeks;
    }

    private static List<WeeklyVolume.Family> families(List<WeeklyVolume.Lift> lifts) {
        Map<String, WeeklyVolume.Family> byFamily = new LinkedHashMap<>();
        for (WeeklyVolume.Lift lift : lifts) {
            byFamily.merge(lift.family(), new WeeklyVolume.Family(lift.family(), lift.workingSets(), lift.hardSets(),
                    lift.volumeLoadKg()), (a, b) -> new WeeklyVolume.Family(a.family(), a.workingSets() + b.workingSets(),
                    a.hardSets() + b.hardSets(), a.volumeLoadKg().add(b.volumeLoadKg())));
        }
        // in the catalogue's order of families (squat, hinge, presses, pulls, ...), unknown ones last
        return byFamily.values().stream()
                .sorted(Comparator.comparing(family -> MovementFamily.valueOf(family.family()))).toList();
    }

    private static String familyOf(String lift) {
        return EXERCISES.match(lift).map(match -> match.exercise().family().name()).orElse(MovementFamily.UNKNOWN.name());
    }

    private static BigDecimal kg(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN);
    }
}
