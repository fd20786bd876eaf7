package dev.topset.query.gym;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coach's list: sharing members whose current recommendation of a lift says DELOAD. */
@Repository
public class GymDeloads {

    private final JdbcClient jdbc;

    public GymDeloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "Current" as on the athlete's own view: per lift the latest issued recommendation, if still open. */
    public List<DeloadMember> deloads(UUID gymId) {
        return jdbc.sql("""
                        SELECT latest.athlete_id, a.name, latest.lift, latest.recommendation_id, latest.advice,
                               latest.issued_at
                        FROM (SELECT DISTINCT ON (r.athlete_id, r.lift) r.*
                              FROM recommendation r
                              JOIN gym_member m ON m.athlete_id = r.athlete_id AND m.gym_id = :gymId
                                               AND m.status = 'MEMBER'
                              ORDER BY r.athlete_id, r.lift, r.issued_at DESC, r.issue_order DESC) latest
                        LEFT JOIN athlete_view a ON a.athlete_id = latest.athlete_id
                        WHERE latest.status = 'ISSUED' AND latest.type = 'DELOAD'
                        ORDER BY latest.issued_at DESC, a.name""")
                .param("gymId", gymId)
                .query((rs, row) -> new DeloadMember(rs.getObject("athlete_id", UUID.class), rs.getString("name"),
                        rs.getString("lift"), rs.getObject("recommendation_id", UUID.class), rs.getString("advice"),
                        rs.getTimestamp("issued_at").toInstant()))
                .list();
    }
}
