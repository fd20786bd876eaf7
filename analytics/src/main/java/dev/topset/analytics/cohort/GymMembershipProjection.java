package dev.topset.analytics.cohort;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.CoachRemoved;
import dev.topset.api.gym.ConsentChanged;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.gym.MemberLeft;
import dev.topset.ingest.EventProjection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who shares with which gym, and who runs and coaches it, from the Gym stream (in stream order: one partition per
 * gym). Consent scopes do not matter here: a cohort export holds trends only, which every consent scope covers.
 */
@Component
@Order(100)
public class GymMembershipProjection implements EventProjection {

    private final JdbcClient jdbc;

    public GymMembershipProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        if (event instanceof GymCreated created) {
            jdbc.sql("INSERT INTO gym (gym_id) VALUES (:gymId) ON CONFLICT DO NOTHING")
                    .param("gymId", created.gymId()).update();
            staff(created.gymId(), created.admin(), "GYM_ADMIN");
        } else if (event instanceof CoachAdded added) {
            staff(added.gymId(), added.coach(), "COACH");
        } else if (event instanceof CoachRemoved removed) {
            jdbc.sql("DELETE FROM gym_staff WHERE gym_id = :gymId AND subject = :subject AND role = 'COACH'")
                    .param("gymId", removed.gymId()).param("subject", removed.coach()).update();
        } else if (event instanceof MemberInvited invited) {
            member(invited.gymId(), invited.athleteId(), "INVITED", recordedAt);
        } else if (event instanceof MemberJoined joined) {
            member(joined.gymId(), joined.athleteId(), "MEMBER", recordedAt);
        } else if (event instanceof ConsentChanged changed) {
            member(changed.gymId(), changed.athleteId(), "MEMBER", recordedAt);
        } else if (event instanceof ConsentRevoked revoked) {
            member(revoked.gymId(), revoked.athleteId(), "CONSENT_REVOKED", recordedAt);
        } else if (event instanceof MemberLeft left) {
            member(left.gymId(), left.athleteId(), "LEFT", recordedAt);
        }
    }

    private void staff(UUID gymId, String subject, String role) {
        jdbc.sql("INSERT INTO gym_staff (gym_id, subject, role) VALUES (:gymId, :subject, :role) ON CONFLICT DO NOTHING")
                .param("gymId", gymId).param("subject", subject).param("role", role).update();
    }

    private void member(UUID gymId, UUID athleteId, String status, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO gym_member (gym_id, athlete_id, status, changed_at)
                        VALUES (:gymId, :athleteId, :status, :at)
                        ON CONFLICT (gym_id, athlete_id) DO UPDATE SET status = EXCLUDED.status,
                            changed_at = EXCLUDED.changed_at""")
                .param("gymId", gymId).param("athleteId", athleteId).param("status", status)
                .param("at", Timestamp.from(recordedAt)).update();
    }
}
