package dev.topset.command.coaching;

import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.SetKind;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code top_set_history}: every top set with its load, so that a warm-up can be compared with
 * what the athlete lifted last session (the bad-day rule) without loading other sessions' aggregates.
 *
 * <p>A pooled <b>streaming</b> processor, unlike the plan table: only <em>earlier</em> sessions are read
 * from here, so lagging behind the event store by a poll costs nothing, and a streaming processor starts
 * at the beginning of the event store — on first start it fills the table from every top set already
 * logged, which a subscribing processor never could.
 */
@Component
@ProcessingGroup(TopSetHistoryProjection.PROCESSING_GROUP)
class TopSetHistoryProjection {

    static final String PROCESSING_GROUP = "top-set-history";

    private final JdbcClient jdbc;

    TopSetHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TopSetLogged event, @org.axonframework.eventhandling.Timestamp Instant storedAt) {
        jdbc.sql("""
                        INSERT INTO top_set_history (set_id, athlete_id, session_id, lift, load_amount, load_unit,
                            performed_at)
                        VALUES (:setId, :athleteId, :sessionId, :lift, :amount, :unit, :performedAt)
                        ON CONFLICT (set_id) DO NOTHING
                        """)
                .param("setId", event.setId())
                .param("athleteId", event.athleteId())
                .param("sessionId", event.sessionId())
                .param("lift", event.details().lift())
                .param("amount", event.details().load().amount())
                .param("unit", event.details().load().unit().name())
                .param("performedAt", Timestamp.from(event.performedAt() != null ? event.performedAt() : storedAt))
                .update();
    }

    @EventHandler
    void on(SetCorrected event) {
        if (event.kind() != SetKind.TOP) {
            return;
        }
        jdbc.sql("UPDATE top_set_history SET lift = :lift, load_amount = :amount, load_unit = :unit WHERE set_id = :setId")
                .param("lift", event.details().lift())
                .param("amount", event.details().load().amount())
                .param("unit", event.details().load().unit().name())
                .param("setId", event.setId())
                .update();
    }

    @EventHandler
    void on(SetVoided event) {
        if (event.kind() == SetKind.TOP) {
            jdbc.sql("UPDATE top_set_history SET voided = TRUE WHERE set_id = :setId")
                    .param("setId", event.setId())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM top_set_history").update();
    }
}
