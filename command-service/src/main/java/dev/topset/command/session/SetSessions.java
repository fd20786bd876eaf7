package dev.topset.command.session;

import dev.topset.api.session.SetLogged;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.eventstore.RowsOfOneAppend;
import java.util.List;
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
 * sessions race for one id. The sets of one append are stored by one statement (see {@link RowsOfOneAppend}).
 */
@Component
@ProcessingGroup(SetSessions.PROCESSING_GROUP)
class SetSessions {

    static final String PROCESSING_GROUP = "set-ids";

    private final JdbcClient jdbc;
    private final RowsOfOneAppend<SetLogged> logged = new RowsOfOneAppend<>(PROCESSING_GROUP,
            SetLogged.class::isInstance, this::store);

    SetSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SetLogged event) {
        logged.add(event);
    }

    /** One statement for the sets of one append; an id taken by another session fails them all. */
    private void store(List<SetLogged> sets) {
        List<List<UUID>> stored = jdbc.sql("""
                        INSERT INTO set_session (set_id, session_id)
                        SELECT * FROM unnest(CAST(:setIds AS uuid[]), CAST(:sessionIds AS uuid[]))
                        ON CONFLICT DO NOTHING RETURNING set_id, session_id""")
                .param("setIds", sets.stream().map(set -> set.setId().toString()).toArray(String[]::new))
                .param("sessionIds", sets.stream().map(set -> set.sessionId().toString()).toArray(String[]::new))
                .query((row, number) -> List.of(row.getObject(1, UUID.class), row.getObject(2, UUID.class))).list();
        for (SetLogged set : sets) {
            if (!stored.contains(List.of(set.setId(), set.sessionId())) && !set.sessionId().equals(sessionOf(set))) {
                throw ConflictException.idTaken(set.setId());
            }
        }
    }

    private UUID sessionOf(SetLogged event) {
        return jdbc.sql("SELECT session_id FROM set_session WHERE set_id = ?").param(event.setId())
                .query(UUID.class).single();
    }
}
