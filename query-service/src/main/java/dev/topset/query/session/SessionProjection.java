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
import dev.topset.query.ingest.BatchBuffer;
import dev.topset.query.ingest.PendingWrites;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

    private static final String INSERT_SESSION = """
            INSERT INTO session_view (session_id, athlete_id, local_date, name, started_at, device_id, recorded_at)
            VALUES (:sessionId, :athleteId, :localDate, :name, :startedAt, :deviceId, :recordedAt)
            ON CONFLICT (session_id) DO UPDATE SET athlete_id = EXCLUDED.athlete_id,
                local_date = EXCLUDED.local_date, name = EXCLUDED.name, started_at = EXCLUDED.started_at,
                device_id = EXCLUDED.device_id
            """;

    private static final String CORRECT_SET = """
            UPDATE set_view SET kind = COALESCE(:kind, kind), lift = :lift, load_amount = :loadAmount,
                load_unit = :loadUnit, reps = :reps, rpe = :rpe, rir = :rir, flags = CAST(:flags AS TEXT[]),
                note = :note, revision = revision + 1, corrected_at = :recordedAt
            WHERE set_id = :setId
            """;

    private static final String VOID_SET = """
            UPDATE set_view SET voided = TRUE, void_reason = :reason, revision = revision + 1
            WHERE set_id = :setId AND NOT voided
            """;

    private final JdbcClient jdbc;
    private final PendingWrites pendingStarts;
    private final SetInserts pendingSets;
    private final PendingWrites pendingCorrections;
    private final PendingWrites pendingVoids;
    private final PendingWrites pendingFinishes;
    // Sessions started in the current batch of this consumer thread (their trend rows are looked up at its end).
    private final BatchBuffer<UUID> startedSessions = new BatchBuffer<>();
    // Sets corrected or voided in the current batch, with the lift a correction gave them.
    private final BatchBuffer<SetChange> changedSets = new BatchBuffer<>();

    public SessionProjection(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.pendingStarts = new PendingWrites(batch, INSERT_SESSION);
        this.pendingSets = new SetInserts(batch.getJdbcTemplate());
        this.pendingCorrections = new PendingWrites(batch, CORRECT_SET);
        this.pendingVoids = new PendingWrites(batch, VOID_SET);
        this.pendingFinishes = new PendingWrites(batch,
                "UPDATE session_view SET finished_at = :finishedAt WHERE session_id = :sessionId");
    }

    /** @param newLift the lift a correction gives the set; {@code null} for a void */
    private record SetChange(UUID setId, UUID sessionId, String newLift) {
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
        startedSessions.add(event.sessionId());
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
        pendingSets.add(new NewSet(event.setId(), event.sessionId(), event.athleteId(), event.kind().name(),
                details.lift(), details.load().amount(), details.load().unit().name(), details.reps(), details.rpe(),
                details.rir(), pgArray(details.flags()), details.note(), event.deviceId(), event.performedAt(),
                recordedAt));
        return Set.of(details.lift());
    }

    /**
     * At the end of a batch writes everything pending, each kind as one round trip, and answers the trend rows that
     * may have changed beyond the logged sets' own (whose lifts the {@code on} methods answered): those of the sessions
     * started in the batch (their date) and those of the corrected and voided sets. Within an athlete's stream a
     * session's start precedes its sets and its finish, and a set precedes its corrections and its void, so writing
     * the starts, then the sets, then the corrections and voids, then the finishes keeps every dependency. A correction
     * and a void touch different columns (both count the revision), so they commute; corrections keep their order.
     */
    public Set<SessionLift> flushBatch() {
        Set<SessionLift> stale = new LinkedHashSet<>();
        pendingStarts.flush();
        pendingSets.flush();
        stale.addAll(applySetChanges());
        pendingFinishes.flush();
        List<UUID> started = startedSessions.drain();
        if (!started.isEmpty()) {
            stale.addAll(jdbc.sql("""
                            SELECT DISTINCT session_id, lift FROM set_view
                            WHERE session_id = ANY(CAST(:sessionIds AS uuid[]))
                            """)
                    .param("sessionIds", started.stream().map(UUID::toString).distinct().toArray(String[]::new))
                    .query((rs, row) -> new SessionLift(rs.getObject("session_id", UUID.class), rs.getString("lift")))
                    .list());
        }
        return stale;
    }

    /**
     * Corrections and voids of the batch: the sets' lifts before them are read once (a correction may move a set to
     * another lift: both trends change), then the updates go as two JDBC batches.
     */
    private Set<SessionLift> applySetChanges() {
        List<SetChange> changes = changedSets.drain();
        if (changes.isEmpty()) {
            return Set.of();
        }
        Map<UUID, String> liftBefore = new HashMap<>();
        jdbc.sql("SELECT set_id, lift FROM set_view WHERE set_id = ANY(CAST(:setIds AS uuid[]))")
                .param("setIds", changes.stream().map(change -> change.setId().toString()).distinct()
                        .toArray(String[]::new))
                .query((rs, row) -> liftBefore.put(rs.getObject("set_id", UUID.class), rs.getString("lift")))
                .list();
        Set<SessionLift> stale = new LinkedHashSet<>();
        for (SetChange change : changes) {
            String lift = liftBefore.get(change.setId());
            if (lift == null) {
                log.warn("{} of unknown set {} in session {} ignored", change.newLift() == null ? "void" : "correction",
                        change.setId(), change.sessionId());
                continue;
            }
            stale.add(new SessionLift(change.sessionId(), lift));
            if (change.newLift() != null) {
                stale.add(new SessionLift(change.sessionId(), change.newLift()));
            }
        }
        pendingCorrections.flush();
        pendingVoids.flush();
        return stale;
    }

    public Set<String> on(SetCorrected event, Instant recordedAt) {
        SetDetails details = event.details();
        pendingCorrections.add(new MapSqlParameterSource()
                .addValue("kind", event.kind() == null ? null : event.kind().name())
                .addValue("lift", details.lift())
                .addValue("loadAmount", details.load().amount())
                .addValue("loadUnit", details.load().unit().name())
                .addValue("reps", details.reps())
                .addValue("rpe", details.rpe())
                .addValue("rir", details.rir())
                .addValue("flags", pgArray(details.flags()))
                .addValue("note", details.note())
                .addValue("recordedAt", Timestamp.from(recordedAt))
                .addValue("setId", event.setId()));
        changedSets.add(new SetChange(event.setId(), event.sessionId(), details.lift()));
        // the lifts whose trend changes are known once the batch's sets are written: see flushBatch
        return Set.of();
    }

    public Set<String> on(SetVoided event) {
        pendingVoids.add(new MapSqlParameterSource()
                .addValue("reason", event.reason())
                .addValue("setId", event.setId()));
        changedSets.add(new SetChange(event.setId(), event.sessionId(), null));
        return Set.of();
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
