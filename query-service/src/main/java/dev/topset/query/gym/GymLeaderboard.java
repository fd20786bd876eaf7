package dev.topset.query.gym;

import dev.topset.science.e1rm.E1rm;
import dev.topset.science.units.UnitConverter;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Relative strength (best e1RM of the lift in the window / body weight, both in kg) among the members who share
 * and opted into the leaderboard. Not subject to the minimum group size: it names members who chose to be ranked
 * by name, and their coaches read each one's trend anyway. Members without a known body weight cannot be ranked and are left out.
 */
@Repository
public class GymLeaderboard {

    private final JdbcClient jdbc;

    public GymLeaderboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LeaderboardEntry> leaderboard(UUID gymId, String lift, GymPeriod period, DisplayUnit unit) {
        return jdbc.sql("""
                        SELECT best.athlete_id, a.name, best.e1rm_kg, best.e1rm_method, bw.kg AS body_weight_kg,
                               best.e1rm_kg / bw.kg AS relative
                        FROM (SELECT DISTINCT ON (t.athlete_id) t.athlete_id, t.e1rm_method,
                                     t.e1rm * CASE WHEN t.unit = 'LB' THEN :kgPerLb ELSE 1 END AS e1rm_kg
                              FROM lift_trend t
                              JOIN gym_member m ON m.athlete_id = t.athlete_id AND m.gym_id = :gymId
                                               AND m.status = 'MEMBER' AND m.leaderboard
                              WHERE t.lift = :lift AND t.e1rm IS NOT NULL AND t.local_date BETWEEN :from AND :to
                              ORDER BY t.athlete_id, e1rm_kg DESC, t.local_date DESC) best
                        JOIN athlete_view a ON a.athlete_id = best.athlete_id
                        CROSS JOIN LATERAL (SELECT a.body_weight_amount
                                                   * CASE WHEN a.body_weight_unit = 'LB' THEN :kgPerLb ELSE 1 END
                                                   AS kg) bw
                        WHERE bw.kg > 0
                        ORDER BY relative DESC, a.name, best.athlete_id""")
                .param("gymId", gymId).param("lift", lift).param("kgPerLb", UnitConverter.KG_PER_LB)
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .query((rs, row) -> new LeaderboardEntry(row + 1, rs.getObject("athlete_id", UUID.class),
                        rs.getString("name"), unit.fromKg(rs.getBigDecimal("e1rm_kg")), rs.getString("e1rm_method"),
                        note(rs.getString("e1rm_method")), unit.fromKg(rs.getBigDecimal("body_weight_kg")),
                        DisplayUnit.ratio(rs.getBigDecimal("relative"))))
                .list();
    }

    /** The RPE chart is the default estimate; any other method means the set's effort or reps fell outside it. */
    private static String note(String method) {
        return method == null || method.equals(E1rm.RPE_CHART) ? null
                : "estimated with " + method + ": the best set's RPE or reps are outside the RPE chart (RPE 6.5-10, "
                + "1-12 reps) or no effort was logged";
    }
}
