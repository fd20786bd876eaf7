package dev.topset.query.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes announced to live views, kept for {@link LiveProperties#resumeWindow()} so that a device that
 * reconnects with {@code Last-Event-ID} is sent what it missed. Ids grow in commit order per athlete: an athlete's
 * events are applied by one consumer thread, batch after batch, and each batch logs its changes before it commits.
 * Old changes are removed oldest id first, so while the change a device names is still logged, every later one is.
 */
@Component
class LiveChangeLog {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    LiveChangeLog(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * Logs the changes and announces each, with its id, on {@code channel}; in the caller's transaction, so that both
     * happen only if the batch commits. One round trip however many changes.
     */
    void logAndNotify(Collection<LiveChange> changes, String channel) {
        jdbc.sql("""
                        WITH logged AS (
                            INSERT INTO live_log.live_change (athlete_id, change)
                            SELECT CAST(c.change ->> 'athleteId' AS uuid), c.change
                            FROM jsonb_array_elements(CAST(:changes AS jsonb)) WITH ORDINALITY AS c(change, n)
                            ORDER BY c.n
                            RETURNING id, change)
                        SELECT pg_notify(:channel, CAST(jsonb_set(change, '{id}', to_jsonb(id)) AS text))
                        FROM logged ORDER BY id
                        """)
                .param("channel", channel)
                .param("changes", json(changes))
                .query((rs, n) -> null)
                .list();
    }

    /**
     * The athlete's changes after {@code lastId}, oldest first; empty when {@code lastId} is not (any more) a logged
     * change of the athlete or more than {@code limit} changes followed it: the device must re-read instead.
     */
    Optional<List<LiveChange>> after(UUID athleteId, long lastId, int limit) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM live_log.live_change WHERE id = :id AND athlete_id = :athleteId)")
                .param("id", lastId).param("athleteId", athleteId).query(Boolean.class).single();
        if (!known) {
            return Optional.empty();
        }
        List<LiveChange> missed = jdbc.sql("""
                        SELECT id, CAST(change AS text) AS change FROM live_log.live_change
                        WHERE athlete_id = :athleteId AND id > :id ORDER BY id LIMIT :limit
                        """)
                .param("athleteId", athleteId).param("id", lastId).param("limit", limit + 1)
                .query((rs, n) -> read(rs.getString("change")).withId(rs.getLong("id")))
                .list();
        return missed.size() > limit ? Optional.empty() : Optional.of(missed);
    }

    /** The athlete's newest logged change: where a device that re-read everything resumes next time. */
    OptionalLong latest(UUID athleteId) {
        long latest = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM live_log.live_change WHERE athlete_id = :athleteId")
                .param("athleteId", athleteId).query(Long.class).single();
        return latest == 0 ? OptionalLong.empty() : OptionalLong.of(latest);
    }

    /** Removes changes older than {@code keep}, and every change logged before them. */
    int prune(Duration keep) {
        return jdbc.sql("""
                        DELETE FROM live_log.live_change WHERE id <= (
                            SELECT MAX(id) FROM live_log.live_change
                            WHERE recorded_at < now() - CAST(:keep AS interval))
                        """)
                .param("keep", keep.toSeconds() + " seconds")
                .update();
    }

    private LiveChange read(String json) {
        try {
            return objectMapper.readValue(json, LiveChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a logged live change cannot be read", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live change cannot be written as JSON", e);
        }
    }
}
