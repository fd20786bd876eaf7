package dev.topset.analytics.cohort;

import dev.topset.analytics.history.JdbcSetHistory;
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
 * The top and backoff sets of every athlete who currently shares with a gym (or with any gym), through one
 * database cursor ({@value #FETCH_SIZE} rows per fetch, inside a read-only transaction as the PostgreSQL driver
 * requires), ordered by athlete, then session (date, start, id), lift and position: the order
 * {@code AthleteTrends.summarise} streams through. Membership is read in the same snapshot as the sets.
 */
@Repository
public class CohortSets {

    static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    public CohortSets(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** @param gymId null: members who share with at least one gym */
    public void read(UUID gymId, LocalDate from, LocalDate to, Consumer<Stream<AnalyticsSet>> reader) {
        String sql = """
                SELECT t.athlete_id, t.session_id, s.local_date, t.lift, t.kind, t.load_amount, t.load_unit,
                       t.reps, t.rpe, t.rir, t.flags, t.position
                FROM logged_set t JOIN training_session s ON s.session_id = t.session_id
                WHERE t.athlete_id IN (SELECT athlete_id FROM gym_member
                                       WHERE status = 'MEMBER' AND (CAST(:gymId AS UUID) IS NULL OR gym_id = :gymId))
                  AND t.kind IN ('TOP', 'BACKOFF') AND NOT t.voided
                  AND (CAST(:from AS DATE) IS NULL OR s.local_date >= :from)
                  AND (CAST(:to AS DATE) IS NULL OR s.local_date <= :to)
                ORDER BY t.athlete_id, s.local_date, s.started_at NULLS FIRST, s.session_id, t.lift, t.position""";
        readOnly.executeWithoutResult(status -> {
            try (Stream<AnalyticsSet> sets = jdbc.sql(sql).param("gymId", gymId).param("from", from)
                    .param("to", to).query((rs, row) -> JdbcSetHistory.set(rs)).stream()) {
                reader.accept(sets);
            }
        });
    }

    /** Is {@code subject} the admin or a coach of the gym? */
    public boolean isStaff(String subject, UUID gymId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gym_staff WHERE gym_id = :gymId AND subject = :subject)")
                .param("gymId", gymId).param("subject", subject).query(Boolean.class).single();
    }

    public boolean gymExists(UUID gymId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gym WHERE gym_id = :gymId)").param("gymId", gymId)
                .query(Boolean.class).single();
    }
}
