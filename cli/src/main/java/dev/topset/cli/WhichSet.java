package dev.topset.cli;

import java.util.UUID;
import picocli.CommandLine.Option;

/** The options of {@code correct} and {@code void} that name the set: see {@link SetChoice}. */
class WhichSet {

    @Option(names = "--set", paramLabel = "<position|set id>",
            description = "which set: its number in `topset session show`, or its id (default: the last set logged"
                    + " from this terminal)")
    String set;

    @Option(names = "--session", description = "the session (default: the open one)")
    UUID session;

    SetChoice resolve(Terminal terminal) {
        return SetChoice.resolve(terminal, set, session);
    }
}
