package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "log", description = "Log a top set, e.g. `topset log squat 140x5@8` (starts today's session if none is"
        + " open). The answer shows the backoffs to do next.")
class LogCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "the lift, e.g. squat, \"bench press\"")
    String lift;

    @Parameters(index = "1", paramLabel = "<load>x<reps>[@rpe|rir<n>]", converter = SetSpec.Converter.class,
            description = "e.g. 140x5@8 (RPE 8), 140x5rir2 (2 reps in reserve), 100lbx5,"
                    + " 142.5kgx3@8.5")
    SetSpec set;

    @Option(names = "--note", description = "a note on the set")
    String note;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        SessionState session = Sessions.currentOrStart(terminal);
        SetLogger logger = new SetLogger(terminal);
        String unit = set.unit() != null ? set.unit() : terminal.settings.defaultUnit();
        JsonNode answer = logger.log(session, "TOP", lift, set.load(), unit, set.reps(), set.effort(), note);
        logger.remember(session, lift, answer);
    }
}
