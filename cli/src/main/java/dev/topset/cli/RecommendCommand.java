package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "recommend", description = "One recommendation per lift from the review of your last sessions"
        + " (analytics), with the rule that decided it; `accept` applies one to the lift's plan, `dismiss` keeps"
        + " the plan.", subcommands = {RecommendationDecision.Accept.class, RecommendationDecision.Dismiss.class})
class RecommendCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        JsonNode answer = terminal.api.get(terminal.settings.analyticsUrl() + "/athletes/"
                + terminal.settings.athleteId() + "/recommendations");
        JsonNode recommendations = answer.path("recommendations");
        if (recommendations.isEmpty()) {
            terminal.out.println("no lifts logged yet");
            return;
        }
        terminal.out.println("reviewing the last " + answer.path("windowSessions").asInt() + " sessions of each lift:");
        recommendations.forEach(recommendation -> {
            terminal.out.println(recommendation.path("lift").asText() + ": " + recommendation.path("type").asText());
            terminal.out.println("  " + recommendation.path("advice").asText());
            JsonNode rule = recommendation.path("evidence").path("rule");
            if (rule.isTextual()) {
                terminal.out.println("  rule: " + rule.asText());
            }
        });
    }
}
