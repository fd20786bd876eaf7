package dev.topset.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remembers the last applied sequence of each event stream (aggregate), so that an event the publisher
 * sent again after a crash is recognised even when it arrives at a new offset.
 */
public class AppliedSequences {

    private final JdbcClient jdbc;

    public AppliedSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code sequence} as applied for the aggregate unless an equal or later one already was.
     * Check and update are one statement, so two instances can never both claim the same event.
     *
     * @return true when the event is new and must be applied, false for a duplicate
     */
    public boolean claim(String aggregateId, long sequence) {
        int updated = jdbc.sql("""
                        INSERT INTO applied_sequence (aggregate_id, last_sequence) VALUES (:aggregateId, :sequence)
                        ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                        WHERE applied_sequence.last_sequence < EXCLUDED.last_sequence
                        """)
                .param("aggregateId", aggregateId)
                .param("sequence", sequence)
                .update();
        return updated == 1;
    }
}
