package dev.topset.query.gym;

import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Distribution (quantiles) of the sharing members' e1RM change per lift, from the per-session trend rows. A lift
 * with fewer members with a change than the minimum group size keeps its counts but loses its numbers.
 */
@Repository
public class GymProgress {

    private final JdbcClient jdbc;

    public GymProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<E1rmProgress> progress(UUID gymId, GymPeriod period, int minGroupSize) {
        return jdbc.sql("""
                        WITH rows AS (
                            SELECT t.athlete_id, t.lift, t.local_date,
                                   t.e1rm * CASE WHEN t.unit = 'LB' THEN :kgPerLb ELSE 1 END AS e1rm_kg,
                                   row_number() OVER (PARTITION BY t.athlete_id, t.lift
                                                      ORDER BY t.local_date, t.session_id) AS from_start,
                                   row_number() OVER (PARTITION BY t.athlete_id, t.lift
                                                      ORDER BY t.local_date DESC, t.session_id DESC) AS from_end
                            FROM lift_trend t
                            JOIN gym_member m ON m.athlete_id = t.athlete_id AND m.gym_id = :gymId AND m.status = 'MEMBER'
                            WHERE t.e1rm IS NOT NULL AND t.e1rm > 0 AND t.local_date BETWEEN :from AND :to),
                        changes AS (
                            SELECT first.lift,
                                   CASE WHEN last.local_date > first.local_date
                                        THEN (last.e1rm_kg - first.e1rm_kg) / first.e1rm_kg * 100 END AS pct
                            FROM rows first
                            JOIN rows last ON last.athlete_id = first.athlete_id AND last.lift = first.lift
                                          AND last.from_end = 1
                            WHERE first.from_start = 1)
                        SELECT lift, count(*) AS trained, count(pct) AS members, min(pct) AS min_pct,
                               percentile_cont(0.25) WITHIN GROUP (ORDER BY pct) AS p25,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY pct) AS median,
                               percentile_cont(0.75) WITHIN GROUP (ORDER BY pct) AS p75,
                               max(pct) AS max_pct
                        FROM changes GROUP BY lift ORDER BY lift""")
                .param("gymId", gymId).param("kgPerLb", UnitConverter.KG_PER_LB)
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .query((rs, row) -> lift(rs, minGroupSize))
                .list();
    }

    private static E1rmProgress lift(ResultSet rs, int minGroupSize) throws SQLException {
        String lift = rs.getString("lift");
        int trained = rs.getInt("trained");
        int members = rs.getInt("members");
        if (members == 0) {
            return E1rmProgress.withheld(lift, trained, members, Withheld.ONE_SESSION_ONLY);
        }
        if (members < minGroupSize) {
            return E1rmProgress.withheld(lift, trained, members, Withheld.TOO_FEW_MEMBERS);
        }
        return new E1rmProgress(lift, trained, members, null, percent(rs, "min_pct"), percent(rs, "p25"),
                percent(rs, "median"), percent(rs, "p75"), percent(rs, "max_pct"));
    }

    private static BigDecimal percent(ResultSet rs, String column) throws SQLException {
        return DisplayUnit.percent(new BigDecimal(rs.getString(column)));
    }
}
