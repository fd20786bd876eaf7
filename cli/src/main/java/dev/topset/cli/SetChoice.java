package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;

/**
 * Which set {@code correct} and {@code void} act on: the last set logged from this terminal (no {@code --set}),
 * the set at a position of the session view ({@code --set 3}, as {@code topset session show} numbers them), or
 * a set id. The revision, when known, goes with the command so that a set another device changed since is
 * not overwritten (409 STALE_SET_REVISION).
 */
record SetChoice(UUID sessionId, UUID setId, Integer revision) {

    static SetChoice resolve(Terminal terminal, String set, UUID session) {
        Optional<SessionState> open = Sessions.current(terminal);
        UUID sessionId = session != null ? session : open.map(SessionState::sessionId).orElseThrow(() ->
                new UsageException("no open session: give --session <session id> (see `topset session show`)"));
        if (set == null) {
            SessionState state = open.filter(s -> s.sessionId().equals(sessionId)).orElseThrow(() ->
                    new UsageException("no set logged from this terminal in session " + sessionId + ": give --set"));
            SessionState.Logged last = state.lastSet().orElseThrow(() ->
                    new UsageException("no set logged from this terminal yet: give --set <position or set id>"));
            return new SetChoice(sessionId, last.setId(), last.revision());
        }
        if (set.matches("\\d{1,3}")) {
            int position = Integer.parseInt(set);
            JsonNode view = terminal.api.get(terminal.settings.queryUrl() + "/sessions/" + sessionId);
            for (JsonNode logged : view.path("sets")) {
                if (logged.path("position").asInt() == position) {
                    return new SetChoice(sessionId, UUID.fromString(logged.path("setId").asText()),
                            logged.path("revision").asInt());
                }
            }
            throw new UsageException("session " + sessionId + " has no set #" + position
                    + " (yet): see `topset session show`");
        }
        try {
            return new SetChoice(sessionId, UUID.fromString(set), null);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set takes a position (e.g. 3) or a set id, was '" + set + "'");
        }
    }

    /** Keeps the terminal's record of the set at the revision the service answered. */
    void answered(Terminal terminal, JsonNode answer) {
        Sessions.current(terminal).filter(state -> state.sessionId().equals(sessionId)).ifPresent(state -> {
            state.sets().stream().filter(known -> known.setId().equals(setId)).findFirst().ifPresent(known -> {
                state.logged(new SessionState.Logged(setId, known.kind(), known.lift(),
                        answer.path("revision").asInt(known.revision())));
                state.write(terminal.settings.stateFile(), terminal.json);
            });
        });
    }
}
