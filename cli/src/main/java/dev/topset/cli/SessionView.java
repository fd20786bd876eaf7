package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Prints a session as query-service has it: numbered sets (the numbers `--set` takes), then per-lift coaching. */
final class SessionView {

    private final Terminal terminal;

    SessionView(Terminal terminal) {
        this.terminal = terminal;
    }

    void print(JsonNode session) {
        terminal.out.println("session " + session.path("sessionId").asText() + " " + session.path("date").asText()
                + (session.path("name").isTextual() ? " " + session.path("name").asText() : "")
                + (session.path("finishedAt").isTextual() ? " (finished)" : " (open)"));
        JsonNode sets = session.path("sets");
        if (sets.isEmpty()) {
            terminal.out.println("  no sets yet");
        }
        sets.forEach(set -> terminal.out.printf("  #%-3d %-9s %-18s %s%s%s%n", set.path("position").asInt(),
                set.path("kind").asText().toLowerCase(Locale.ROOT), set.path("lift").asText(),
                Terminal.number(set.path("load")) + " " + set.path("unit").asText().toLowerCase(Locale.ROOT) + " x "
                        + set.path("reps").asInt(),
                SetLogger.effort(set),
                set.path("voided").asBoolean() ? "  VOIDED" + (set.path("voidReason").isTextual()
                        ? " (" + set.path("voidReason").asText() + ")" : "")
                        : set.path("revision").asInt() > 1 ? "  (corrected)" : ""));
        session.path("lifts").forEach(lift -> {
            JsonNode prescription = lift.path("prescription");
            if (prescription.isObject()) {
                terminal.out.println("  " + lift.path("lift").asText() + " backoffs: " + prescription.path("sets")
                        .asInt() + " x " + prescription.path("reps").asInt() + " at "
                        + Terminal.number(prescription.path("load").path("amount")) + " "
                        + prescription.path("load").path("unit").asText().toLowerCase(Locale.ROOT));
            }
            lift.path("guidance").forEach(item -> terminal.out.println("  " + lift.path("lift").asText() + " "
                    + item.path("level").asText() + ": " + item.path("message").asText()));
        });
    }
}
