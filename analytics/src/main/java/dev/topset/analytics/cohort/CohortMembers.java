package dev.topset.analytics.cohort;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is in a cohort (members who currently share with a gym, or with any gym) and who runs a gym. */
@Repository
public class CohortMembers {

    private final JdbcClient jdbc;

    public CohortMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cohort's athletes, each once, in id order. Ids only (16 bytes each, 160 kB for 10,000 members): their rows
     * are then streamed one athlete at a time, each from its own index-backed cursor, so the first row leaves at once
     * instead of after a sort of the whole cohort's sets.
     *
     * @param gymId null: members who share with at least one gym
     */
    public List<UUID> athletes(UUID gymId) {
        return jdbc.sql("""
                        SELECT DISTINCT athlete_id FROM gym_member
                        WHERE status = 'MEMBER' AND (CAST(:gymId AS UUID) IS NULL OR gym_id = :gymId)
                        ORDER BY athlete_id""")
                .param("gymId", gymId).query(UUID.class).list();
    }

    /** How many athletes {@link #athletes} would list. */
    public int size(UUID gymId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT athlete_id) FROM gym_member
                        WHERE status = 'MEMBER' AND (CAST(:gymId AS UUID) IS NULL OR gym_id = :gymId)""")
                .param("gymId", gymId).query(Integer.class).single();
    }

    /** Is {@code subject} the admin or a coach of the gym? */
    public boolean isStaff(String subject, UUID gymId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gym_staff WHERE gym_id = :gymId AND subject = :subject)")
                .param("gymId", gymId).param("subject", subject).query(Boolean.class).single();
    }

    /** A staff role ({@code GYM_ADMIN}, {@code COACH}) held in one gym. */
    public record StaffRole(UUID gymId, String role) {
    }

    /** The staff roles {@code subject} holds in gyms the athlete shares with. */
    public List<StaffRole> staffRolesOver(String subject, UUID athleteId) {
        return jdbc.sql("""
                        SELECT s.gym_id, s.role FROM gym_staff s
                        JOIN gym_member m ON m.gym_id = s.gym_id AND m.athlete_id = :athleteId AND m.status = 'MEMBER'
                        WHERE s.subject = :subject""")
                .param("subject", subject).param("athleteId", athleteId)
                .query((rs, row) -> new StaffRole(rs.getObject("gym_id", UUID.class), rs.getString("role"))).list();
    }

    public boolean gymExists(UUID gymId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gym WHERE gym_id = :gymId)").param("gymId", gymId)
                .query(Boolean.class).single();
    }
}
