package dev.topset.query.gym;

import dev.topset.api.gym.ConsentScope;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the membership and consent read model. */
@Repository
public class GymMembers {

    private final JdbcClient jdbc;

    public GymMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GymView> gym(UUID gymId) {
        return jdbc.sql("""
                        SELECT g.gym_id, g.name,
                               ARRAY(SELECT subject FROM gym_staff s WHERE s.gym_id = g.gym_id AND role = 'GYM_ADMIN'
                                     ORDER BY subject) AS admins,
                               ARRAY(SELECT subject FROM gym_staff s WHERE s.gym_id = g.gym_id AND role = 'COACH'
                                     ORDER BY subject) AS coaches,
                               (SELECT count(*) FROM gym_member m WHERE m.gym_id = g.gym_id AND status = 'MEMBER') AS sharing
                        FROM gym g WHERE g.gym_id = :gymId""")
                .param("gymId", gymId)
                .query((rs, row) -> new GymView(rs.getObject("gym_id", UUID.class), rs.getString("name"),
                        List.of((String[]) rs.getArray("admins").getArray()),
                        List.of((String[]) rs.getArray("coaches").getArray()), rs.getInt("sharing")))
                .optional();
    }

    /**
     * The gym's members. {@code sharingOnly}: only those who currently share (what coaches see); otherwise also
     * invited, revoked and former members (what the admin manages).
     */
    public List<MemberView> members(UUID gymId, boolean sharingOnly) {
        return jdbc.sql("""
                        SELECT m.athlete_id, a.name, m.status, m.scope, m.leaderboard, m.changed_at
                        FROM gym_member m LEFT JOIN athlete_view a ON a.athlete_id = m.athlete_id
                        WHERE m.gym_id = :gymId AND (m.status = 'MEMBER' OR NOT :sharingOnly)
                        ORDER BY a.name NULLS LAST, m.athlete_id""")
                .param("gymId", gymId).param("sharingOnly", sharingOnly)
                .query((rs, row) -> new MemberView(rs.getObject("athlete_id", UUID.class), rs.getString("name"),
                        rs.getString("status"),
                        rs.getString("scope") == null ? null : ConsentScope.valueOf(rs.getString("scope")),
                        rs.getBoolean("leaderboard"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** The gyms where {@code subject} is staff and the athlete currently shares something. */
    public List<StaffGrant> grants(String subject, UUID athleteId) {
        return jdbc.sql("""
                        SELECT s.gym_id, s.role, m.scope FROM gym_staff s
                        JOIN gym_member m ON m.gym_id = s.gym_id AND m.athlete_id = :athleteId AND m.status = 'MEMBER'
                        WHERE s.subject = :subject""")
                .param("subject", subject).param("athleteId", athleteId)
                .query((rs, row) -> new StaffGrant(rs.getObject("gym_id", UUID.class),
                        StaffRole.valueOf(rs.getString("role")), ConsentScope.valueOf(rs.getString("scope"))))
                .list();
    }

    public Set<StaffRole> staffRoles(String subject, UUID gymId) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        jdbc.sql("SELECT role FROM gym_staff WHERE gym_id = :gymId AND subject = :subject")
                .param("gymId", gymId).param("subject", subject)
                .query(String.class).list().forEach(role -> roles.add(StaffRole.valueOf(role)));
        return roles;
    }
}
