package dev.topset.analytics.history;

import dev.topset.science.units.UnitConverter;
import dev.topset.science.volume.HardSets;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An athlete's weekly volume per lift, summed in PostgreSQL over analytics' own copy of the sets with the same
 * rules and rounding as query-service's weekly view, so the two answer the same numbers for the same weeks.
 */
@Repository
public class WeeklyVolumes {

    private final JdbcClient jdbc;

    public WeeklyVolumes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every week × lift with a working set in the sessions dated {@code from}–{@code to} (both inclusive, null =
     * open), by week, then lift key; a week cut by {@code from} or {@code to} counts its sessions inside the period.
     */
    public List<LiftWeek> of(UUID athleteId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT CAST(date_trunc('week', s.local_date) AS DATE) AS week, t.lift,
                               count(*) AS working_sets,
                               count(*) FILTER (WHERE t.rpe >= :minRpe OR t.rir <= :maxRir) AS hard_sets,
                               COALESCE(sum(t.load_amount * t.reps
                                            * CASE WHEN t.load_unit = 'LB' THEN :kgPerLb ELSE 1 END), 0) AS volume_kg
                        FROM logged_set t JOIN training_session s ON s.session_id = t.session_id
                        WHERE t.athlete_id = :athleteId AND s.athlete_id = :athleteId
                          AND t.kind <> 'WARMUP' AND NOT t.voided
                          AND (CAST(:from AS DATE) IS NULL OR s.local_date >= :from)
                          AND (CAST(:to AS DATE) IS NULL OR s.local_date <= :to)
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("athleteId", athleteId)
                .param("from", from)
                .param("to", to)
                .param("minRpe", HardSets.MIN_HARD_RPE)
                .param("maxRir", HardSets.MAX_HARD_RIR)
                .param("kgPerLb", UnitConverter.KG_PER_LB)
                .query((rs, row) -> new LiftWeek(rs.getObject("week", LocalDate.class), rs.getString("lift"),
                        rs.getInt("working_sets"), rs.getInt("hard_sets"),
                        rs.getBigDecimal("volume_kg").setScale(1, RoundingMode.HALF_EVEN)))
                .list();
    }
}
