package dev.topset.query.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The trend rows are written by one set-based statement ({@link TrendRows}): columns without a value stay NULL,
 * decimals keep the scale the calculator gave them, and a row written again is updated, not duplicated.
 */
class TrendRowsIntegrationTest extends QueryServiceIntegrationTest {

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

    private Map<String, Object> trendRow(UUID sessionId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM lift_trend WHERE session_id = :sessionId")
                .param("sessionId", sessionId).query(Long.class).single() == 1L);
        return jdbc.sql("SELECT * FROM lift_trend WHERE session_id = :sessionId").param("sessionId", sessionId)
                .query().singleRow();
    }
}
