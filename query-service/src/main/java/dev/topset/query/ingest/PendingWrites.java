package dev.topset.query.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Executions of one statement collected during a consumer batch and sent as one JDBC batch at its end (one round trip
 * instead of one per event). The statements run one after the other in the order they were added, each seeing the
 * ones before it (not rewritten into one multi-row statement). See {@link BatchBuffer} for what a rolled-back batch
 * leaves behind: nothing.
 */
public final class PendingWrites {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final BatchBuffer<SqlParameterSource> pending = new BatchBuffer<>();

    public PendingWrites(NamedParameterJdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Outside a transaction the statement runs at once. */
    public void add(MapSqlParameterSource parameters) {
        if (!pending.add(parameters)) {
            flush();
        }
    }

    /** @return the parameters of the executions that affected no row, in the order they were added */
    public List<SqlParameterSource> flush() {
        List<SqlParameterSource> writes = pending.drain();
        if (writes.isEmpty()) {
            return List.of();
        }
        int[] counts = jdbc.batchUpdate(sql, writes.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> unaffected = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                unaffected.add(writes.get(i));
            }
        }
        return unaffected;
    }
}
