package dev.topset.query.gym;

import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Relative strength (best e1RM of the lift in the window / body weight, both in kg) among the members who share
 * and opted into the leaderboard. Members without a known body weight cannot be ranked and are left out.
 */
@Repository
public class GymLeaderboard {

    private final JdbcClient jdbc;

    public GymLeaderboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LeaderboardEntry> leaderboard(UUID gymId, String lift, GymPeriod period) {
        return jdbc.sql("""
                        SELECT best.athlete_id, a.name, best.e1rm_kg, bw.kg AS body_weight_kg,
                               best.e1rm_kg / bw.kg AS relative
                        FROM (SELECT t.athlete_id,
                                     max(t.e1rm * CASE WHEN t.unit = 'LB' THEN :kgPerLb ELSE 1 END) AS e1rm_kg
                              FROM lift_trend t
                              JOIN gym_member m ON m.athlete_id = t.athlete_id AND m.gym_id = :gymId
                                               AND m.status = 'MEMBER' AND m.leaderboard
                              WHERE t.lift = :lift AND t.e1rm IS NOT NULL AND t.local_date BETWEEN :from AND :to
                              GROUP BY t.athlete_id) best
                        JOIN athlete_view a ON a.athlete_id = best.athlete_id
                        CROSS JOIN LATERAL (SELECT a.body_weight_amount
                                                   * CASE WHEN a.body_weight_unit = 'LB' THEN :kgPerLb ELSE 1 END
                                                   AS kg) bw
                        WHERE bw.kg > 0
                        ORDER BY relative DESC, a.name, best.athlete_id""")
                .param("gymId", gymId).param("lift", lift).param("kgPerLb", UnitConverter.KG_PER_LB)
                .param("from", Date.valueOf(period.rollingFrom())).param("to", Date.valueOf(period.to()))
                .query((rs, row) -> new LeaderboardEntry(row + 1, rs.getObject("athlete_id", UUID.class),
                        rs.getString("name"), rs.getBigDecimal("e1rm_kg").setScale(1, RoundingMode.HALF_EVEN),
                        rs.getBigDecimal("body_weight_kg").setScale(1, RoundingMode.HALF_EVEN),
                        rs.getBigDecimal("relative").setScale(2, RoundingMode.HALF_EVEN)))
                .list();
    }
}
