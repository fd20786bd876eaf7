package dev.topset.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "warmup", description = "Log a warm-up set, e.g. `topset warmup squat 100x3`.")
class WarmupCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "the lift")
    String lift;

    @Parameters(index = "1", paramLabel = "<load>x<reps>[@rpe|rir<n>]", converter = SetSpec.Converter.class,
            description = "e.g. 100x3 or 120x1@6")
    SetSpec set;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        SessionState session = Sessions.currentOrStart(terminal);
        String unit = set.unit() != null ? set.unit() : terminal.settings.defaultUnit();
        new SetLogger(terminal).log(session, "WARMUP", lift, set.load(), unit, set.reps(), set.effort(), null);
    }
}
