package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "trend", description = "The lift's trend per session (query-service): top set, e1RM, backoffs.")
class TrendCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "the lift")
    String lift;

    @Option(names = "--from", description = "first date, e.g. 2026-09-01")
    LocalDate from;

    @Option(names = "--to", description = "last date")
    LocalDate to;

    @Option(names = "--unit", description = "kg or lb (default: the unit of each top set)")
    String unit;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        List<String> query = new ArrayList<>();
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        if (unit != null) {
            query.add("unit=" + unit);
        }
        JsonNode trend = terminal.api.get(terminal.settings.queryUrl() + "/athletes/" + terminal.settings.athleteId()
                + "/lifts/" + Terminal.liftPath(lift) + "/trend" + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        JsonNode sessions = trend.path("sessions");
        if (sessions.isEmpty()) {
            terminal.out.println("no sessions of " + lift + " yet");
            return;
        }
        terminal.out.printf("%-10s  %-18s  %7s  %-9s  %7s  %5s%n", "date", "top set", "e1RM", "backoffs", "max RPE",
                "drift");
        sessions.forEach(session -> {
            JsonNode top = session.path("topSet");
            String topSet = top.isObject() ? Terminal.number(top.path("load")) + " " + top.path("unit").asText()
                    .toLowerCase() + " x " + top.path("reps").asInt()
                    + (top.path("rpe").isNumber() ? " @ " + Terminal.number(top.path("rpe")) : "") : "-";
            terminal.out.printf("%-10s  %-18s  %7s  %-9s  %7s  %5s%n", session.path("date").asText(), topSet,
                    Terminal.number(session.path("e1rm")), session.path("backoffSets").asInt() + " sets",
                    Terminal.number(session.path("maxBackoffRpe")), Terminal.number(session.path("backoffRpeDrift")));
        });
    }
}
