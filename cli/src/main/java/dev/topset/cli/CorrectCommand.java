package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "correct", description = "Correct a logged set, by default the last one logged here, e.g."
        + " `topset correct 140x4@8.5 --reason miscounted` or `topset correct --set 3 --rpe 9`. What is not given"
        + " keeps its value.")
class CorrectCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<load>x<reps>[@rpe|rir<n>]",
            converter = SetSpec.Converter.class, description = "the set as it was, e.g. 140x4@8.5 or 140x4rir1")
    SetSpec set;

    @Mixin
    WhichSet which;

    @Option(names = "--reps", description = "the reps done")
    Integer reps;

    @Option(names = "--rpe", description = "the RPE (1-10 in steps of 0.5)")
    String rpe;

    @Option(names = "--rir", description = "the reps in reserve (0-10)")
    Integer rir;

    @Option(names = "--note", description = "a note on the set")
    String note;

    @Option(names = "--reason", description = "why, kept in the history")
    String reason;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        Map<String, Object> body = correction(terminal);
        if (body.isEmpty()) {
            throw new UsageException("nothing to correct: give the set (e.g. 140x4@8.5) or --reps, --rpe, --rir,"
                    + " --note");
        }
        SetChoice choice = which.resolve(terminal);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (choice.revision() != null) {
            body.put("expectedRevision", choice.revision());
        }
        JsonNode answer = terminal.api.patchJson(terminal.settings.commandUrl() + "/sessions/" + choice.sessionId()
                + "/sets/" + choice.setId(), body);
        choice.answered(terminal, answer);
        terminal.out.print("corrected ");
        new SetLogger(terminal).print(answer);
    }

    private Map<String, Object> correction(Terminal terminal) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (set != null) {
            body.put("load", set.load());
            body.put("unit", set.unit() != null ? set.unit() : terminal.settings.defaultUnit());
            body.put("reps", set.reps());
            effort(body, set.rpe(), set.rir());
        }
        if (reps != null) {
            body.put("reps", reps);
        }
        if (rpe != null || rir != null) {
            effort(body, rpe == null ? null : Rpe.parse(rpe, "--rpe " + rpe), rir);
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    /** RPE and RIR are alternatives: giving one clears the other. */
    private static void effort(Map<String, Object> body, BigDecimal newRpe, Integer newRir) {
        if (newRir != null && (newRir < 0 || newRir > Effort.MAX_RIR)) {
            throw new UsageException("--rir must be between 0 and " + Effort.MAX_RIR);
        }
        if (newRpe != null || newRir != null) {
            body.put("rpe", newRpe);
            body.put("rir", newRir);
        }
    }
}
