package dev.topset.command.session;

import dev.topset.api.session.SetLogged;
import dev.topset.command.rule.ConflictException;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code set_session}: which session each set id was logged in. A TrainingSession knows only its own sets,
 * so it would log a set under an id another session (of any athlete) already used; read models key sets by id and
 * dropped the second one. The row is written in the set's own transaction (a subscribing processor with a
 * propagating error handler, see {@link SetIdsConfiguration}), so an id of another session fails the command with
 * the same 409 {@code ID_TAKEN} as any id that is not the caller's, and the set is not recorded: also when two
 * sessions race for one id.
 */
@Component
@ProcessingGroup(SetSessions.PROCESSING_GROUP)
class SetSessions {

    static final String PROCESSING_GROUP = "set-ids";

    private final JdbcClient jdbc;

    SetSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SetLogged event) {
        int stored = jdbc.sql("INSERT INTO set_session (set_id, session_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .param(event.setId())
                .param(event.sessionId())
                .update();
        if (stored == 0 && !event.sessionId().equals(sessionOf(event))) {
            throw ConflictException.idTaken(event.setId());
        }
    }

    private UUID sessionOf(SetLogged event) {
        return jdbc.sql("SELECT session_id FROM set_session WHERE set_id = ?").param(event.setId())
                .query(UUID.class).single();
    }
}
