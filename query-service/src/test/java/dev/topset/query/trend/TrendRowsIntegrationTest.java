package dev.topset.query.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trend rows are written by one set-based statement ({@link TrendRows}): columns without a value stay NULL,
 * decimals keep the scale the calculator gave them, and a row written again is updated, not duplicated.
 */
class TrendRowsIntegrationTest extends QueryServiceIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void rowsWithoutRpeKeepTheirNullsAndExactDecimalsAndAreUpdatedInPlace() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 4, 7), "no rpe");
        session.top("Back Squat", Load.kg("142.50"), 3, null);
        UUID backoff = session.backoff("Back Squat", Load.kg("120"), 5, null);
        session.backoff("Back Squat", Load.kg("120"), 5, null);
        session.publish();
        awaitCaughtUp();

        Map<String, Object> row = trendRow(session.sessionId());
        BigDecimal storedTopLoad = jdbc.sql("SELECT load_amount FROM set_view WHERE session_id = :sessionId AND kind = 'TOP'")
                .param("sessionId", session.sessionId()).query(BigDecimal.class).single();
        // equals, not compareTo: the scale of the set's load reaches the trend row unchanged
        assertThat(row.get("top_load")).isEqualTo(storedTopLoad);
        assertThat(storedTopLoad).isEqualByComparingTo("142.5");
        assertThat(row.get("top_rpe")).isNull();
        assertThat(row.get("top_rir")).isNull();
        assertThat(row.get("max_backoff_rpe")).isNull();
        assertThat(row.get("backoff_rpe_drift")).isNull();
        assertThat(row.get("backoff_sets")).isEqualTo(2);
        assertThat(((BigDecimal) row.get("backoff_volume_load"))).isEqualByComparingTo("1200");

        session.voidSet(backoff, SetKind.BACKOFF);
        session.publish();
        awaitCaughtUp();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(trendRow(session.sessionId()).get("backoff_sets"))
                .isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lift_trend WHERE session_id = :sessionId")
                .param("sessionId", session.sessionId()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aSessionWhoseOnlyTopSetIsVoidedLosesItsRowThroughTheSessionIndex() throws Exception {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 4, 9), "voided top set");
        session.warmup("Bench Press", "60", 5);
        UUID top = session.top("Bench Press", Load.kg("100"), 3, "8");
        session.publish();
        awaitCaughtUp();
        trendRow(session.sessionId());

        session.voidSet(top, SetKind.TOP);
        session.publish();
        awaitCaughtUp();

        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM lift_trend WHERE session_id = :sessionId")
                .param("sessionId", session.sessionId()).query(Long.class).single() == 0L);
        // The projection deletes by (session_id, lift); the primary key leads with athlete_id. With sequential scans
        // priced out, a plan without an index here means every such delete reads the whole table.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN DELETE FROM lift_trend WHERE session_id = '"
                    + session.sessionId() + "' AND lift = 'bench press'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
            assertThat(plan.toString()).contains("lift_trend_by_session").doesNotContain("Seq Scan");
        }
    }

    private Map<String, Object> trendRow(UUID sessionId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM lift_trend WHERE session_id = :sessionId")
                .param("sessionId", sessionId).query(Long.class).single() == 1L);
        return jdbc.sql("SELECT * FROM lift_trend WHERE session_id = :sessionId").param("sessionId", sessionId)
                .query().singleRow();
    }
}
