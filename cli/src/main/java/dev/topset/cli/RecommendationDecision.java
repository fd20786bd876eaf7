package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Accepting or dismissing a recommendation the service issued: named by its lift (the lift's open
 * recommendation, from query-service) or by its id.
 */
abstract class RecommendationDecision implements Runnable {

    @ParentCommand
    RecommendCommand parent;

    @Parameters(index = "0", paramLabel = "<lift|recommendation id>",
            description = "the lift whose open recommendation it is, or the recommendation's id")
    String which;

    @Option(names = "--reason", description = "why, kept in the history")
    String reason;

    abstract String decision();

    @Override
    public void run() {
        Terminal terminal = parent.root.terminal;
        UUID athlete = terminal.settings.athleteId();
        UUID recommendation = resolve(terminal, athlete);
        JsonNode answer = terminal.api.postJson(terminal.settings.commandUrl() + "/athletes/" + athlete
                + "/recommendations/" + recommendation + "/" + decision(), reason == null ? Map.of()
                : Map.of("reason", reason));
        terminal.out.println(answer.path("lift").asText() + " " + answer.path("type").asText() + ": "
                + answer.path("status").asText().toLowerCase(Locale.ROOT)
                + (answer.path("replayed").asBoolean() ? " (already so)" : ""));
        if (answer.path("plan").isObject()) {
            PlanCommand.print(terminal, answer.path("lift").asText(), answer.path("plan"), false);
        }
    }

    private UUID resolve(Terminal terminal, UUID athlete) {
        try {
            return UUID.fromString(which);
        } catch (IllegalArgumentException notAnId) {
            JsonNode open = terminal.api.get(terminal.settings.queryUrl() + "/athletes/" + athlete
                    + "/recommendations");
            List<String> lifts = new ArrayList<>();
            for (JsonNode recommendation : open.path("recommendations")) {
                String lift = recommendation.path("lift").asText();
                if (Terminal.liftPath(lift).equals(Terminal.liftPath(which))) {
                    return UUID.fromString(recommendation.path("recommendationId").asText());
                }
                lifts.add(lift);
            }
            throw new UsageException("no open recommendation for " + which + (lifts.isEmpty() ? ""
                    : " (open: " + String.join(", ", lifts) + ")"));
        }
    }

    @Command(name = "accept", description = "Accept a recommendation: its changes are applied to the lift's plan,"
            + " e.g. `topset recommend accept squat`.")
    static class Accept extends RecommendationDecision {
        @Override
        String decision() {
            return "accept";
        }
    }

    @Command(name = "dismiss", description = "Dismiss a recommendation: the plan stays as it is.")
    static class Dismiss extends RecommendationDecision {
        @Override
        String decision() {
            return "dismiss";
        }
    }
}
