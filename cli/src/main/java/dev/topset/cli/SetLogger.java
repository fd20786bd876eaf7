package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Logs one set into the current session and prints what the service answered (prescription, guidance). */
final class SetLogger {

    private final Terminal terminal;

    SetLogger(Terminal terminal) {
        this.terminal = terminal;
    }

    JsonNode log(SessionState session, String kind, String lift, BigDecimal load, String unit, int reps,
                 Effort effort, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("setId", UUID.randomUUID());
        body.put("kind", kind);
        body.put("lift", lift);
        body.put("load", load);
        body.put("unit", unit);
        body.put("reps", reps);
        if (effort.rpe() != null) {
            body.put("rpe", effort.rpe());
        }
        if (effort.rir() != null) {
            body.put("rir", effort.rir());
        }
        if (note != null) {
            body.put("note", note);
        }
        JsonNode answer = Retries.withSameIds(() -> terminal.api.postJson(
                terminal.settings.commandUrl() + "/sessions/" + session.sessionId() + "/sets", body));
        session.logged(new SessionState.Logged(UUID.fromString(answer.path("setId").asText()), kind, lift,
                answer.path("revision").asInt(1)));
        session.write(terminal.settings.stateFile(), terminal.json);
        print(answer);
        return answer;
    }

    void print(JsonNode answer) {
        JsonNode set = answer.path("set");
        terminal.out.println(answer.path("kind").asText().toLowerCase() + ": " + set.path("lift").asText() + " "
                + Terminal.number(set.path("load").path("amount")) + " " + set.path("load").path("unit").asText()
                .toLowerCase() + " x " + set.path("reps").asInt()
                + effort(set)
                + (answer.path("replayed").asBoolean() ? " (already logged)" : ""));
        JsonNode prescription = answer.path("prescription");
        if (prescription.isObject()) {
            StringBuilder plates = new StringBuilder();
            prescription.path("platesPerSide").forEach(plate -> plates.append(plates.isEmpty() ? "" : " + ")
                    .append(plate.path("count").asInt()).append(" x ").append(Terminal.number(plate.path("plate"))));
            terminal.out.println("  next: " + prescription.path("sets").asInt() + " x " + prescription.path("reps").asInt()
                    + " backoffs at " + Terminal.number(prescription.path("load").path("amount")) + " "
                    + prescription.path("load").path("unit").asText().toLowerCase()
                    + (prescription.path("rpeCap").isNumber() ? ", stop above RPE " + Terminal.number(prescription.path("rpeCap")) : "")
                    + (plates.isEmpty() ? "" : " (per side: " + plates + ")"));
        }
        answer.path("guidance").forEach(item -> terminal.out.println("  " + item.path("level").asText() + ": "
                + item.path("message").asText()));
    }

    static String effort(JsonNode set) {
        if (set.path("rpe").isNumber()) {
            return " @ " + Terminal.number(set.path("rpe"));
        }
        return set.path("rir").isNumber() ? " rir " + set.path("rir").asInt() : "";
    }

    /** Remembers the backoff load prescribed after a top set, for `topset backoff`. */
    void remember(SessionState session, String lift, JsonNode answer) {
        JsonNode prescription = answer.path("prescription");
        if (!prescription.isObject()) {
            return;
        }
        session.prescriptions().put(Terminal.liftPath(lift), new SessionState.Prescribed(
                prescription.path("load").path("amount").decimalValue(),
                prescription.path("load").path("unit").asText(),
                prescription.path("sets").isNumber() ? prescription.path("sets").asInt() : null,
                prescription.path("reps").isNumber() ? prescription.path("reps").asInt() : null));
        session.write(terminal.settings.stateFile(), terminal.json);
    }
}
