package dev.topset.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "accessory", description = "Log accessory work, e.g. `topset accessory \"lat pulldown\" 60x12@8"
        + " --sets 3` (starts today's session if none is open). Accessories take no part in top-set trends.")
class AccessoryCommand implements Runnable {

    static final int MAX_SETS = 10;

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "the exercise, e.g. curl, \"lat pulldown\"")
    String lift;

    @Parameters(index = "1", paramLabel = "<load>x<reps>[@rpe|rir<n>]", converter = SetSpec.Converter.class,
            description = "e.g. 60x12, 20kgx15@8, 25x10rir2")
    SetSpec set;

    @Option(names = "--sets", defaultValue = "1", description = "how many such sets (default 1, at most 10)")
    int sets;

    @Override
    public void run() {
        if (sets < 1 || sets > MAX_SETS) {
            throw new UsageException("--sets must be between 1 and " + MAX_SETS);
        }
        Terminal terminal = root.terminal;
        SessionState session = Sessions.currentOrStart(terminal);
        String unit = set.unit() != null ? set.unit() : terminal.settings.defaultUnit();
        SetLogger logger = new SetLogger(terminal);
        for (int done = 0; done < sets; done++) {
            logger.log(session, "ACCESSORY", lift, set.load(), unit, set.reps(), set.effort(), null);
        }
    }
}
