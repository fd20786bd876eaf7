package dev.topset.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backoff", description = "Log backoff sets, e.g. `topset backoff squat 3x8@7.5`: that many sets at the"
        + " load prescribed after the lift's top set, or at --load.")
class BackoffCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "the lift")
    String lift;

    @Parameters(index = "1", paramLabel = "<sets>x<reps>[@rpe|rir<n>]", converter = BackoffSpec.Converter.class,
            description = "e.g. 3x8@7.5 or 3x8rir2")
    BackoffSpec work;

    @Option(names = "--load", converter = LoadSpec.Converter.class,
            description = "the backoff load, e.g. 122.5 or 275lb (default: the top set's prescription)")
    LoadSpec load;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        SessionState session = Sessions.current(terminal).orElseThrow(() -> new UsageException(
                "no open session: log the top set first (`topset log " + lift + " 140x5@8`)"));
        BigDecimal amount;
        String unit;
        if (load != null) {
            amount = load.amount();
            unit = load.unit() != null ? load.unit() : terminal.settings.defaultUnit();
        } else {
            SessionState.Prescribed prescribed = session.prescriptions().get(Terminal.liftPath(lift));
            if (prescribed == null) {
                throw new UsageException("no backoff load prescribed for " + lift + " in this session: log its top set"
                        + " first, or give --load");
            }
            amount = prescribed.load();
            unit = prescribed.unit();
        }
        SetLogger logger = new SetLogger(terminal);
        for (int set = 1; set <= work.sets(); set++) {
            logger.log(session, "BACKOFF", lift, amount, unit, work.reps(), work.effort(), null);
        }
    }
}
