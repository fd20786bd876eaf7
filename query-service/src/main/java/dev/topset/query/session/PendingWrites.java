package dev.topset.query.session;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Executions of one statement collected during a consumer batch and sent as one JDBC batch. Per consumer thread
 * (each applies its own batches); whatever was not flushed when the transaction ends — a rolled-back batch — is
 * forgotten with it, so it can never leak into the retry.
 */
final class PendingWrites {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final ThreadLocal<List<SqlParameterSource>> pending = ThreadLocal.withInitial(ArrayList::new);

    PendingWrites(NamedParameterJdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    void add(MapSqlParameterSource parameters) {
        List<SqlParameterSource> writes = pending.get();
        if (writes.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    pending.get().clear();
                }
            });
        }
        writes.add(parameters);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            flush();
        }
    }

    void flush() {
        List<SqlParameterSource> writes = pending.get();
        if (writes.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate(sql, writes.toArray(SqlParameterSource[]::new));
        } finally {
            writes.clear();
        }
    }
}
