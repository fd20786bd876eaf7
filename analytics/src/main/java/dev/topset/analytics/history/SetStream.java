package dev.topset.analytics.history;

import dev.topset.analytics.review.AnalyticsSet;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An athlete's whole set history read through a database cursor, for exports: the PostgreSQL driver fetches
 * {@value #FETCH_SIZE} rows at a time (it only does inside a transaction, hence the read-only one), so a year
 * of data is never in memory at once.
 */
@Repository
public class SetStream {

    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    public SetStream(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Hands {@code reader} the athlete's top and backoff sets (voided ones left out) of the sessions dated
     * {@code from}–{@code to} (both inclusive, null = open), ordered by session (date, start time, id), then lift,
     * then the order the sets were performed in (their {@code position}): each session × lift comes as one consecutive
     * run. The stream is only valid inside
     * {@code reader}.
     */
    public void read(UUID athleteId, LocalDate from, LocalDate to, Consumer<Stream<AnalyticsSet>> reader) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.athlete_id, t.session_id, s.local_date, t.lift, t.kind, t.load_amount, t.load_unit,
                       t.reps, t.rpe, t.rir, t.flags,
                       ROW_NUMBER() OVER (PARTITION BY t.session_id
                           ORDER BY t.performed_at NULLS FIRST, t.position) AS position
                FROM logged_set t JOIN training_session s ON s.session_id = t.session_id
                WHERE t.athlete_id = :athleteId AND s.athlete_id = :athleteId
                  AND t.kind IN ('TOP', 'BACKOFF') AND NOT t.voided
                """);
        if (from != null) {
            sql.append("  AND s.local_date >= :from\n");
        }
        if (to != null) {
            sql.append("  AND s.local_date <= :to\n");
        }
        sql.append("ORDER BY s.local_date, s.started_at NULLS FIRST, s.session_id, t.lift, t.performed_at NULLS FIRST,"
                + " t.position");
        readOnly.executeWithoutResult(status -> {
            JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("athleteId", athleteId);
            if (from != null) {
                statement = statement.param("from", from);
            }
            if (to != null) {
                statement = statement.param("to", to);
            }
            try (Stream<AnalyticsSet> sets = statement.query((rs, row) -> JdbcSetHistory.set(rs)).stream()) {
                reader.accept(sets);
            }
        });
    }
}
