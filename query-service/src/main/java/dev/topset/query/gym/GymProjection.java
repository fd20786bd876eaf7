package dev.topset.query.gym;

import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.CoachRemoved;
import dev.topset.api.gym.ConsentChanged;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.GymEvent;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.gym.MemberLeft;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The membership and consent read model: gyms, their admin and coaches, and each member's status and consent.
 * The gym's events arrive in stream order (one partition per gym), so every event simply overwrites the row.
 */
@Component
public class GymProjection {

    private final JdbcClient jdbc;

    public GymProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void on(GymEvent event, Instant recordedAt) {
        if (event instanceof GymCreated created) {
            jdbc.sql("""
                            INSERT INTO gym (gym_id, name, created_at) VALUES (:gymId, :name, :at)
                            ON CONFLICT (gym_id) DO UPDATE SET name = EXCLUDED.name""")
                    .param("gymId", created.gymId()).param("name", created.name())
                    .param("at", Timestamp.from(recordedAt)).update();
            staff(created.gymId(), created.admin(), "GYM_ADMIN");
        } else if (event instanceof CoachAdded added) {
            staff(added.gymId(), added.coach(), "COACH");
        } else if (event instanceof CoachRemoved removed) {
            jdbc.sql("DELETE FROM gym_staff WHERE gym_id = :gymId AND subject = :subject AND role = 'COACH'")
                    .param("gymId", removed.gymId()).param("subject", removed.coach()).update();
        } else if (event instanceof MemberInvited invited) {
            member(invited.gymId(), invited.athleteId(), "INVITED", null, false, recordedAt);
        } else if (event instanceof MemberJoined joined) {
            member(joined.gymId(), joined.athleteId(), "MEMBER", joined.scope(), joined.leaderboard(), recordedAt);
        } else if (event instanceof ConsentChanged changed) {
            member(changed.gymId(), changed.athleteId(), "MEMBER", changed.scope(), changed.leaderboard(), recordedAt);
        } else if (event instanceof ConsentRevoked revoked) {
            member(revoked.gymId(), revoked.athleteId(), "CONSENT_REVOKED", null, false, recordedAt);
        } else if (event instanceof MemberLeft left) {
            member(left.gymId(), left.athleteId(), "LEFT", null, false, recordedAt);
        }
    }

    private void staff(UUID gymId, String subject, String role) {
        jdbc.sql("INSERT INTO gym_staff (gym_id, subject, role) VALUES (:gymId, :subject, :role) ON CONFLICT DO NOTHING")
                .param("gymId", gymId).param("subject", subject).param("role", role).update();
    }

    private void member(UUID gymId, UUID athleteId, String status, ConsentScope scope, boolean leaderboard,
                        Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO gym_member (gym_id, athlete_id, status, scope, leaderboard, changed_at)
                        VALUES (:gymId, :athleteId, :status, :scope, :leaderboard, :at)
                        ON CONFLICT (gym_id, athlete_id) DO UPDATE SET status = EXCLUDED.status, scope = EXCLUDED.scope,
                            leaderboard = EXCLUDED.leaderboard, changed_at = EXCLUDED.changed_at""")
                .param("gymId", gymId).param("athleteId", athleteId).param("status", status)
                .param("scope", scope == null ? null : scope.name()).param("leaderboard", leaderboard)
                .param("at", Timestamp.from(recordedAt)).update();
    }
}
