package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "A lift's plan: the top set, the backoffs and the next top-set load.",
        subcommands = {PlanCommand.Show.class, PlanCommand.Set.class})
class PlanCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.terminal.out);
    }

    String url(String lift) {
        return root.terminal.settings.commandUrl() + "/athletes/" + root.terminal.settings.athleteId() + "/lifts/"
                + Terminal.liftPath(lift) + "/plan";
    }

    static void print(Terminal terminal, String lift, JsonNode plan, boolean defaultPlan) {
        JsonNode top = plan.path("topSet");
        JsonNode backoff = plan.path("backoff");
        JsonNode next = plan.path("nextTopSetLoad");
        terminal.out.println(lift + (defaultPlan ? " (default plan)" : ""));
        terminal.out.println("  top set:  " + top.path("sets").asInt() + " x " + top.path("reps").asInt() + " at RPE "
                + Terminal.number(top.path("rpeMin")) + "-" + Terminal.number(top.path("rpeMax"))
                + (next.isObject() ? ", next at " + Terminal.number(next.path("amount")) + " "
                + next.path("unit").asText().toLowerCase(Locale.ROOT) : ""));
        terminal.out.println("  backoffs: " + backoff.path("sets").asInt() + " x "
                + (backoff.path("reps").isNumber() ? backoff.path("reps").asInt() : "top-set reps") + ", "
                + (backoff.path("type").asText().equals("PERCENT_DROP")
                ? Terminal.number(backoff.path("dropPercent")) + "% below the top set"
                : "at RPE " + Terminal.number(backoff.path("rpe")))
                + ", stop above RPE " + Terminal.number(backoff.path("rpeCap")));
        JsonNode progression = plan.path("progression");
        if (progression.isObject()) {
            terminal.out.println("  progression: " + progression.path("method").asText().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + (progression.path("increment").isNumber() ? ", +"
                    + Terminal.number(progression.path("increment")) : ""));
        }
    }

    @Command(name = "show", description = "Show the lift's plan (the documented default until you set one).")
    static class Show implements Runnable {

        @ParentCommand
        PlanCommand parent;

        @Parameters(index = "0", description = "the lift")
        String lift;

        @Override
        public void run() {
            Terminal terminal = parent.root.terminal;
            JsonNode view = terminal.api.get(parent.url(lift));
            print(terminal, view.path("lift").asText(lift), view.path("plan"), view.path("default").asBoolean());
        }
    }

    @Command(name = "set", description = "Change the lift's plan, e.g. `topset plan set squat --next-load 145"
            + " --backoff-sets 2 --reason \"RPE 9 backoffs\"`. What is not given keeps its value.")
    static class Set implements Runnable {

        @ParentCommand
        PlanCommand parent;

        @Parameters(index = "0", description = "the lift")
        String lift;

        @Option(names = "--next-load", converter = LoadSpec.Converter.class,
                description = "the next top set's load, e.g. 145 or 315lb")
        LoadSpec nextLoad;

        @Option(names = "--top-reps", description = "the top set's reps")
        Integer topReps;

        @Option(names = "--backoff-sets", description = "backoff sets after the top set (0: none)")
        Integer backoffSets;

        @Option(names = "--backoff-drop", description = "percent below the top set, e.g. 12.5")
        BigDecimal backoffDrop;

        @Option(names = "--backoff-reps", description = "reps per backoff set")
        Integer backoffReps;

        @Option(names = "--backoff-rpe", description = "the backoffs' target RPE")
        String backoffRpe;

        @Option(names = "--reason", description = "why, kept in the history")
        String reason;

        @Override
        public void run() {
            Terminal terminal = parent.root.terminal;
            Map<String, Object> body = new LinkedHashMap<>();
            if (nextLoad != null) {
                body.put("nextTopSetLoad", nextLoad.amount());
                if (nextLoad.unit() != null) {
                    body.put("unit", nextLoad.unit());
                }
            }
            put(body, "topSetReps", topReps);
            put(body, "backoffSets", backoffSets);
            put(body, "backoffDropPercent", backoffDrop);
            put(body, "backoffReps", backoffReps);
            put(body, "backoffRpe", backoffRpe == null ? null : Rpe.parse(backoffRpe, "--backoff-rpe " + backoffRpe));
            if (body.isEmpty()) {
                throw new UsageException("nothing to change: give --next-load, --top-reps, --backoff-sets,"
                        + " --backoff-drop, --backoff-reps or --backoff-rpe");
            }
            put(body, "reason", reason);
            JsonNode answer = terminal.api.patchJson(parent.url(lift), body);
            terminal.out.println("plan changed" + (answer.path("replayed").asBoolean() ? " (already so)" : "") + ":");
            print(terminal, answer.path("lift").asText(lift), answer.path("plan"), false);
        }

        private static void put(Map<String, Object> body, String field, Object value) {
            if (value != null) {
                body.put(field, value);
            }
        }
    }
}
