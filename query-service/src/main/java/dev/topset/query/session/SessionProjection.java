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
import dev.topset.query.trend.SessionLift;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes session and set views. Every method returns the lifts whose trend may have changed, so that
 * the caller can recompute them once per batch.
 */
@Component
public class SessionProjection {

    private static final Logger log = LoggerFactory.getLogger(SessionProjection.class);

    // Position = order of logging. All events of an athlete share one partition and are applied by one thread in
    // order, so max + 1 cannot race; a plain JDBC batch runs its statements one after the other, so each insert sees
    // the ones before it (rewriting the batch into one multi-row INSERT would not).
    private static final String INSERT_SET = """
            INSERT INTO set_view (set_id, session_id, athlete_id, position, kind, lift, load_amount,
                load_unit, reps, rpe, rir, flags, note, device_id, performed_at, recorded_at)
            VALUES (:setId, :sessionId, :athleteId,
                COALESCE((SELECT MAX(position) FROM set_view WHERE session_id = :sessionId), 0) + 1,
                :kind, :lift, :loadAmount, :loadUnit, :reps, :rpe, :rir, CAST(:flags AS TEXT[]), :note,
                :deviceId, :performedAt, :recordedAt)
            ON CONFLICT (set_id) DO NOTHING
            """;

    private static final String INSERT_SESSION = """
            INSERT INTO session_view (session_id, athlete_id, local_date, name, started_at, device_id, recorded_at)
            VALUES (:sessionId, :athleteId, :localDate, :name, :startedAt, :deviceId, :recordedAt)
            ON CONFLICT (session_id) DO UPDATE SET athlete_id = EXCLUDED.athlete_id,
                local_date = EXCLUDED.local_date, name = EXCLUDED.name, started_at = EXCLUDED.started_at,
                device_id = EXCLUDED.device_id
            """;

    private final JdbcClient jdbc;
    private final PendingWrites pendingStarts;
    private final PendingWrites pendingSets;
    private final PendingWrites pendingFinishes;
    // Sessions started in the current batch of this consumer thread; a rolled-back batch may leave some behind,
    // which only costs a lookup (trend rows are recomputed, never patched).
    private final ThreadLocal<Set<UUID>> startedSessions = ThreadLocal.withInitial(LinkedHashSet::new);

    public SessionProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.pendingStarts = new PendingWrites(batch, INSERT_SESSION);
        this.pendingSets = new PendingWrites(batch, INSERT_SET);
        this.pendingFinishes = new PendingWrites(batch,
                "UPDATE session_view SET finished_at = :finishedAt WHERE session_id = :sessionId");
    }

    /**
     * Trend rows carry the session's date, so a start refreshes the session's existing trend rows (only if sets
     * somehow came first): the sessions started in a batch are looked up at once in {@link #flushBatch()}.
     */
    public Set<String> on(SessionStarted event, Instant recordedAt) {
        LocalDate localDate = event.localDate() != null ? event.localDate()
                : utcDate(event.startedAt() != null ? event.startedAt() : recordedAt);
        pendingStarts.add(new MapSqlParameterSource()
                .addValue("sessionId", event.sessionId())
                .addValue("athleteId", event.athleteId())
                .addValue("localDate", localDate)
                .addValue("name", event.name())
                .addValue("startedAt", timestamp(event.startedAt()))
                .addValue("deviceId", event.deviceId())
                .addValue("recordedAt", Timestamp.from(recordedAt)));
        startedSessions.get().add(event.sessionId());
        return Set.of();
    }

    public Set<String> on(SessionFinished event, Instant recordedAt) {
        pendingFinishes.add(new MapSqlParameterSource()
                .addValue("finishedAt", Timestamp.from(event.finishedAt() != null ? event.finishedAt() : recordedAt))
                .addValue("sessionId", event.sessionId()));
        return Set.of();
    }

    /**
     * The set's revision is derived from the events as command-service counts it (1 when logged — the column's
     * default —, +1 per correction, +1 for the void), so devices reading the view can send it back as
     * expectedRevision.
     */
    public Set<String> on(SetLogged event, Instant recordedAt) {
        SetDetails details = event.details();
        pendingSets.add(new MapSqlParameterSource()
                .addValue("setId", event.setId())
                .addValue("sessionId", event.sessionId())
                .addValue("athleteId", event.athleteId())
                .addValue("kind", event.kind().name())
                .addValue("lift", details.lift())
                .addValue("loadAmount", details.load().amount())
                .addValue("loadUnit", details.load().unit().name())
                .addValue("reps", details.reps())
                .addValue("rpe", details.rpe())
                .addValue("rir", details.rir())
                .addValue("flags", pgArray(details.flags()))
                .addValue("note", details.note())
                .addValue("deviceId", event.deviceId())
                .addValue("performedAt", timestamp(event.performedAt()))
                .addValue("recordedAt", Timestamp.from(recordedAt)));
        return Set.of(details.lift());
    }

    /**
     * Writes the sessions started, the sets logged and the sessions finished since the last flush, each kind in
     * stream order as one JDBC batch (one round trip instead of one per event: most events are logged sets). Every method here that reads or changes {@code set_view} flushes first,
     * and the dispatcher flushes before the trend rows are recomputed, so nothing ever reads around a pending set.
     */
    public void flush() {
        // A session's start precedes its sets and its finish in its stream, so this order is always right.
        pendingStarts.flush();
        pendingSets.flush();
        pendingFinishes.flush();
    }

    /**
     * At the end of a batch: writes what is pending and answers the existing trend rows of the sessions started in
     * the batch (one query for all of them).
     */
    public Set<SessionLift> flushBatch() {
        flush();
        Set<UUID> started = startedSessions.get();
        if (started.isEmpty()) {
            return Set.of();
        }
        try {
            return new LinkedHashSet<>(jdbc.sql("""
                            SELECT DISTINCT session_id, lift FROM set_view
                            WHERE session_id = ANY(CAST(:sessionIds AS uuid[]))
                            """)
                    .param("sessionIds", started.stream().map(UUID::toString).toArray(String[]::new))
                    .query((rs, row) -> new SessionLift(rs.getObject("session_id", UUID.class), rs.getString("lift")))
                    .list());
        } finally {
            started.clear();
        }
    }

    public Set<String> on(SetCorrected event, Instant recordedAt) {
        flush();
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
        flush();
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
