package dev.topset.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers the last applied sequence of each event stream (aggregate), so that an event the publisher
 * sent again after a crash is recognised even when it arrives at a new offset.
 *
 * <p>Per batch, not per event: {@link #lock} reads (and row-locks) the last sequences of the batch's aggregates in
 * one statement, the applier decides in memory, {@link #record} writes the new ones in one statement. Two consumers
 * that race for the same events (a zombie after a rebalance) cannot both apply them: an existing row stays locked
 * until the first commits, and a stream the other one recorded first makes {@link #record} fail, so the batch is
 * rolled back and read again.
 */
public class AppliedSequences {

    private final JdbcTemplate jdbc;

    public AppliedSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last applied sequence of one stream, without locking; -1 for a stream never seen. */
    public long last(String aggregateId) {
        Long last = jdbc.query("SELECT last_sequence FROM applied_sequence WHERE aggregate_id = ?",
                rows -> rows.next() ? rows.getLong(1) : null, aggregateId);
        return last == null ? -1 : last;
    }

    /** Last applied sequence per aggregate; aggregates never seen are absent. Locks the rows until the transaction ends. */
    public Map<String, Long> lock(Collection<String> aggregateIds) {
        Map<String, Long> last = new HashMap<>();
        if (aggregateIds.isEmpty()) {
            return last;
        }
        jdbc.query("SELECT aggregate_id, last_sequence FROM applied_sequence WHERE aggregate_id = ANY(?) FOR UPDATE",
                row -> {
                    last.put(row.getString(1), row.getLong(2));
                }, (Object) aggregateIds.toArray(String[]::new));
        return last;
    }

    /**
     * Stores the new last sequences (each higher than what {@link #lock} returned for its aggregate) in one statement:
     * a batch of 10,000 events touches thousands of streams, and one row per statement was the largest remaining wait
     * of a replay. The statement counts the rows it inserted or raised; a stream another consumer raised first is not
     * counted, so a short count means the race described above and the batch is rolled back.
     */
    public void record(Map<String, Long> lastSequences) {
        if (lastSequences.isEmpty()) {
            return;
        }
        String[] aggregateIds = new String[lastSequences.size()];
        Long[] sequences = new Long[lastSequences.size()];
        int i = 0;
        for (Map.Entry<String, Long> entry : lastSequences.entrySet()) {
            aggregateIds[i] = entry.getKey();
            sequences[i] = entry.getValue();
            i++;
        }
        int written = jdbc.update("""
                INSERT INTO applied_sequence (aggregate_id, last_sequence)
                SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]))
                ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                WHERE applied_sequence.last_sequence < EXCLUDED.last_sequence
                """, aggregateIds, sequences);
        if (written != aggregateIds.length) {
            throw new TransientDataAccessResourceException(
                    "another consumer applied some of these events concurrently; the batch is read again");
        }
    }
}
