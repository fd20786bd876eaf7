package dev.topset.query.gym;

import dev.topset.science.units.UnitConverter;
import dev.topset.science.volume.HardSets;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Weekly activity of a gym's sharing members (status MEMBER at the time of the request: a member who revoked or
 * left is gone from every week). Summed in PostgreSQL, one row per week × lift, so the answer's size is bounded
 * by the weeks asked, not by the members.
 */
@Repository
public class GymWeeks {

    private final JdbcClient jdbc;

    public GymWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WeekActivity> weeks(UUID gymId, GymPeriod period, DisplayUnit unit, int minGroupSize) {
        LocalDate firstWeek = period.from();
        Map<LocalDate, Integer> active = new HashMap<>();
        jdbc.sql("""
                        SELECT CAST(date_trunc('week', s.local_date) AS DATE) AS week, count(DISTINCT s.athlete_id) AS members
                        FROM session_view s
                        JOIN gym_member m ON m.athlete_id = s.athlete_id AND m.gym_id = :gymId AND m.status = 'MEMBER'
                        WHERE s.local_date BETWEEN :from AND :to
                        GROUP BY 1""")
                .param("gymId", gymId).param("from", Date.valueOf(firstWeek)).param("to", Date.valueOf(period.to()))
                .query((rs, row) -> active.put(rs.getDate("week").toLocalDate(), rs.getInt("members")))
                .list();
        Map<LocalDate, List<LiftTotals>> lifts = new TreeMap<>();
        jdbc.sql("""
                        SELECT CAST(date_trunc('week', s.local_date) AS DATE) AS week, v.lift,
                               count(DISTINCT v.athlete_id) AS members,
                               count(*) FILTER (WHERE v.kind <> 'WARMUP' AND (v.rpe >= :minRpe OR v.rir <= :maxRir))
                                   AS hard_sets,
                               COALESCE(sum(v.load_amount * v.reps
                                            * CASE WHEN v.load_unit = 'LB' THEN :kgPerLb ELSE 1 END)
                                        FILTER (WHERE v.kind <> 'WARMUP'), 0) AS volume_kg
                        FROM set_view v
                        JOIN session_view s ON s.session_id = v.session_id
                        JOIN gym_member m ON m.athlete_id = v.athlete_id AND m.gym_id = :gymId AND m.status = 'MEMBER'
                        WHERE NOT v.voided AND s.local_date BETWEEN :from AND :to
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("gymId", gymId).param("from", Date.valueOf(firstWeek)).param("to", Date.valueOf(period.to()))
                .param("minRpe", HardSets.MIN_HARD_RPE).param("maxRir", HardSets.MAX_HARD_RIR)
                .param("kgPerLb", UnitConverter.KG_PER_LB)
                .query((rs, row) -> lifts.computeIfAbsent(rs.getDate("week").toLocalDate(), week -> new ArrayList<>())
                        .add(new LiftTotals(rs.getString("lift"), rs.getInt("members"), rs.getInt("hard_sets"),
                                rs.getBigDecimal("volume_kg"))))
                .list();
        List<WeekActivity> weeks = new ArrayList<>();
        LocalDate lastWeek = HardSets.weekStart(period.to());
        for (LocalDate week = firstWeek; !week.isAfter(period.to()); week = week.plusWeeks(1)) {
            int activeMembers = active.getOrDefault(week, 0);
            boolean partial = week.equals(lastWeek) && period.lastWeekPartial();
            boolean weekShown = activeMembers >= minGroupSize;
            List<LiftTotals> trained = lifts.getOrDefault(week, List.of());
            List<LiftTotals> shown = trained.stream().filter(lift -> weekShown && lift.members() >= minGroupSize)
                    .toList();
            List<WeekActivity.LiftWeek> perLift = trained.stream()
                    .map(lift -> shown.contains(lift)
                            ? new WeekActivity.LiftWeek(lift.lift(), lift.members(), null, lift.hardSets(),
                            unit.fromKg(lift.volumeKg()))
                            : new WeekActivity.LiftWeek(lift.lift(), lift.members(), Withheld.TOO_FEW_MEMBERS, null,
                            null))
                    .toList();
            // an empty week is no number about anybody: zero is shown, not withheld
            boolean withheld = activeMembers > 0 && !weekShown;
            weeks.add(new WeekActivity(week, partial, activeMembers, withheld ? Withheld.TOO_FEW_MEMBERS : null,
                    withheld ? null : shown.stream().mapToInt(LiftTotals::hardSets).sum(),
                    withheld ? null : unit.fromKg(shown.stream().map(LiftTotals::volumeKg)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)),
                    perLift));
        }
        return weeks;
    }

    /** One lift in one week, volume in kg at full precision. */
    private record LiftTotals(String lift, int members, int hardSets, BigDecimal volumeKg) {
    }
}
