package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starts, finds and finishes the terminal's current session (the one in the session file). */
final class Sessions {

    private Sessions() {
    }

    /** The open session of this athlete, if the session file has one. */
    static Optional<SessionState> current(Terminal terminal) {
        UUID athlete = terminal.settings.athleteId();
        return SessionState.read(terminal.settings.stateFile(), terminal.json)
                .filter(state -> athlete.equals(state.athleteId()));
    }

    /**
     * Today's open session, else a new one. A session of an earlier day still open (forgotten to finish) is
     * finished first, so today's sets never land in last week's session.
     */
    static SessionState currentOrStart(Terminal terminal) {
        LocalDate today = LocalDate.now();
        Optional<SessionState> open = current(terminal);
        if (open.isPresent() && open.get().date().isBefore(today)) {
            finish(terminal, open.get());
            terminal.out.println("finished the session of " + open.get().date() + " that was still open");
            open = Optional.empty();
        }
        return open.orElseGet(() -> start(terminal, null, today));
    }

    static SessionState start(Terminal terminal, String name, LocalDate date) {
        UUID athlete = terminal.settings.athleteId();
        UUID session = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", session);
        body.put("athleteId", athlete);
        body.put("date", date.toString());
        if (name != null) {
            body.put("name", name);
        }
        Retries.withSameIds(() -> terminal.api.postJson(terminal.settings.commandUrl() + "/sessions", body));
        SessionState state = new SessionState(athlete, session, date, Map.of(), List.of());
        state.write(terminal.settings.stateFile(), terminal.json);
        terminal.out.println("session started: " + session + " (" + date + (name == null ? "" : ", " + name) + ")");
        return state;
    }

    static JsonNode finish(Terminal terminal, SessionState state) {
        JsonNode answer = Retries.withSameIds(() -> terminal.api.postJson(
                terminal.settings.commandUrl() + "/sessions/" + state.sessionId() + "/finish", Map.of()));
        SessionState.clear(terminal.settings.stateFile());
        return answer;
    }
}
