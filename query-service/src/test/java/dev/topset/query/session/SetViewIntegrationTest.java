package dev.topset.query.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Logged sets reach {@code set_view} through {@code COPY} ({@link SetInserts}): every value arrives as the event had it,
 * whatever characters a note or a device id holds, and a set id seen again is not stored twice nor numbered.
 */
class SetViewIntegrationTest extends QueryServiceIntegrationTest {

    @Test
    void everyValueArrivesAsLoggedAndARepeatedSetIdTakesNoPosition() {
        UUID athleteId = registeredAthlete();
        SessionScript session = session(athleteId).start(LocalDate.of(2025, 5, 5), "copy");
        // COPY's text format gives tab, line breaks, backslash and \N a meaning of their own
        String note = "felt\tfast\nthen slow\r\\ not \\N, not null; ünïcödé 💪";
        String device = "watch\t2\\";
        Instant performedAt = Instant.parse("2025-05-05T17:04:05.123456789Z");
        UUID topSetId = UUID.randomUUID();
        TopSetLogged top = new TopSetLogged(session.sessionId(), athleteId, topSetId, new SetDetails("Front Squat",
                Load.kg("102.50"), 3, null, 2, EnumSet.of(SetFlag.PAUSED, SetFlag.BELT), note), performedAt, device);
        session.append(top);
        session.publish();
        awaitCaughtUp();
        // the same set again under a new sequence number (a device's retry that reached the store twice), then a backoff
        session.append(top);
        UUID backoffId = UUID.randomUUID();
        session.append(new BackoffSetLogged(session.sessionId(), athleteId, backoffId,
                SetDetails.of("Front Squat", Load.kg("90"), 5, new BigDecimal("7.5")), performedAt.plusSeconds(240),
                "phone-1"));
        session.publish();
        awaitCaughtUp();

        await().atMost(PATIENCE).until(() -> rows(session.sessionId()).size() == 2);
        List<Map<String, Object>> rows = rows(session.sessionId());
        Map<String, Object> stored = rows.get(0);
        assertThat(stored.get("set_id")).isEqualTo(topSetId);
        assertThat(stored.get("position")).isEqualTo(1);
        assertThat(stored.get("kind")).isEqualTo("TOP");
        assertThat(stored.get("lift")).isEqualTo("front-squat");
        assertThat((BigDecimal) stored.get("load_amount")).isEqualByComparingTo("102.5");
        assertThat(stored.get("load_unit")).isEqualTo("KG");
        assertThat(stored.get("reps")).isEqualTo(3);
        assertThat(stored.get("rpe")).isNull();
        assertThat(stored.get("rir")).isEqualTo(2);
        assertThat(stored.get("flags")).isEqualTo("{PAUSED,BELT}");
        assertThat(stored.get("note")).isEqualTo(note);
        assertThat(stored.get("device_id")).isEqualTo(device);
        // PostgreSQL keeps microseconds, rounded half up
        assertThat(((Timestamp) stored.get("performed_at")).toInstant())
                .isEqualTo(Instant.parse("2025-05-05T17:04:05.123457Z"));
        assertThat(rows.get(1).get("set_id")).isEqualTo(backoffId);
        assertThat(rows.get(1).get("position")).isEqualTo(2);
        assertThat((BigDecimal) rows.get(1).get("rpe")).isEqualByComparingTo("7.5");
        assertThat(rows.get(1).get("rir")).isNull();
        assertThat(rows.get(1).get("note")).isNull();
    }

    private List<Map<String, Object>> rows(UUID sessionId) {
        return jdbc.sql("""
                        SELECT set_id, position, kind, lift, load_amount, load_unit, reps, rpe, rir,
                            CAST(flags AS TEXT) AS flags, note, device_id, performed_at
                        FROM set_view WHERE session_id = :sessionId ORDER BY position""")
                .param("sessionId", sessionId).query().listOfRows();
    }
}
