package dev.topset.query.session;

import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes session and set views. Every method returns the lifts whose trend may have changed, so that
 * the caller can recompute them once per batch.
 */
@Component
public class SessionProjection {

    private static final Logger log = LoggerFactory.getLogger(SessionProjection.class);

    private final JdbcClient jdbc;

    public SessionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> on(SessionStarted event, Instant recordedAt) {
        LocalDate localDate = event.localDate() != null ? event.localDate()
                : utcDate(event.startedAt() != null ? event.startedAt() : recordedAt);
        jdbc.sql("""
                        INSERT INTO session_view (session_id, athlete_id, local_date, name, started_at, device_id, recorded_at)
                        VALUES (:sessionId, :athleteId, :localDate, :name, :startedAt, :deviceId, :recordedAt)
                        ON CONFLICT (session_id) DO UPDATE SET athlete_id = EXCLUDED.athlete_id,
                            local_date = EXCLUDED.local_date, name = EXCLUDED.name, started_at = EXCLUDED.started_at,
                            device_id = EXCLUDED.device_id
                        """)
                .param("sessionId", event.sessionId())
                .param("athleteId", event.athleteId())
                .param("localDate", localDate)
                .param("name", event.name())
                .param("startedAt", timestamp(event.startedAt()))
                .param("deviceId", event.deviceId())
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
        // Trend rows carry the session's date: refresh any that exist (only if sets somehow came first).
        return liftsOf(event.sessionId());
    }

    public Set<String> on(SessionFinished event, Instant recordedAt) {
        jdbc.sql("UPDATE session_view SET finished_at = :finishedAt WHERE session_id = :sessionId")
                .param("finishedAt", Timestamp.from(event.finishedAt() != null ? event.finishedAt() : recordedAt))
                .param("sessionId", event.sessionId())
                .update();
        return Set.of();
    }

    /**
     * The set's revision is derived from the events as command-service counts it (1 when logged, +1 per
     * correction, +1 for the void), so devices reading the view can send it back as expectedRevision.
     */
    public Set<String> on(SetLogged event, Instant recordedAt) {
        SetDetails details = event.details();
        // Position = order of logging. All events of an athlete share one partition and are applied by one
        // thread in order, so max + 1 cannot race.
        int inserted = jdbc.sql("""
                        INSERT INTO set_view (set_id, session_id, athlete_id, position, kind, lift, load_amount,
                            load_unit, reps, rpe, rir, flags, note, device_id, performed_at, recorded_at, revision)
                        VALUES (:setId, :sessionId, :athleteId,
                            COALESCE((SELECT MAX(position) FROM set_view WHERE session_id = :sessionId), 0) + 1,
                            :kind, :lift, :loadAmount, :loadUnit, :reps, :rpe, :rir, CAST(:flags AS TEXT[]), :note,
                            :deviceId, :performedAt, :recordedAt, 1)
                        ON CONFLICT (set_id) DO NOTHING
                        """)
                .param("setId", event.setId())
                .param("sessionId", event.sessionId())
                .param("athleteId", event.athleteId())
                .param("kind", event.kind().name())
                .param("lift", details.lift())
                .param("loadAmount", details.load().amount())
                .param("loadUnit", details.load().unit().name())
                .param("reps", details.reps())
                .param("rpe", details.rpe())
                .param("rir", details.rir())
                .param("flags", pgArray(details.flags()))
                .param("note", details.note())
                .param("deviceId", event.deviceId())
                .param("performedAt", timestamp(event.performedAt()))
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
        if (inserted == 0) {
            log.debug("set {} already in the view, ignoring a second {}", event.setId(), event.getClass().getSimpleName());
        }
        return Set.of(details.lift());
    }

    public Set<String> on(SetCorrected event, Instant recordedAt) {
        List<String> previousLift = currentLift(event.setId());
        if (previousLift.isEmpty()) {
            log.warn("correction of unknown set {} in session {} ignored", event.setId(), event.sessionId());
            return Set.of();
        }
        SetDetails details = event.details();
        jdbc.sql("""
                        UPDATE set_view SET kind = COALESCE(:kind, kind), lift = :lift, load_amount = :loadAmount,
                            load_unit = :loadUnit, reps = :reps, rpe = :rpe, rir = :rir, flags = CAST(:flags AS TEXT[]),
                            note = :note, revision = revision + 1, corrected_at = :recordedAt
                        WHERE set_id = :setId
                        """)
                .param("kind", event.kind() == null ? null : event.kind().name())
                .param("lift", details.lift())
                .param("loadAmount", details.load().amount())
                .param("loadUnit", details.load().unit().name())
                .param("reps", details.reps())
                .param("rpe", details.rpe())
                .param("rir", details.rir())
                .param("flags", pgArray(details.flags()))
                .param("note", details.note())
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("setId", event.setId())
                .update();
        // The lift is not meant to be correctable, but if a correction ever moves a set both trends change.
        Set<String> lifts = new LinkedHashSet<>(previousLift);
        lifts.add(details.lift());
        return lifts;
    }

    public Set<String> on(SetVoided event) {
        List<String> lift = currentLift(event.setId());
        if (lift.isEmpty()) {
            log.warn("void of unknown set {} in session {} ignored", event.setId(), event.sessionId());
            return Set.of();
        }
        jdbc.sql("""
                        UPDATE set_view SET voided = TRUE, void_reason = :reason, revision = revision + 1
                        WHERE set_id = :setId AND NOT voided
                        """)
                .param("reason", event.reason())
                .param("setId", event.setId())
                .update();
        return Set.copyOf(lift);
    }

    private List<String> currentLift(UUID setId) {
        return jdbc.sql("SELECT lift FROM set_view WHERE set_id = :setId")
                .param("setId", setId)
                .query(String.class)
                .list();
    }

    private Set<String> liftsOf(UUID sessionId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT lift FROM set_view WHERE session_id = :sessionId")
                .param("sessionId", sessionId)
                .query(String.class)
                .list());
    }

    /** Flag names are enum constants (letters and underscores), so a literal array needs no escaping. */
    private static String pgArray(Set<SetFlag> flags) {
        return flags.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
