package dev.topset.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "session", description = "Start or finish the current session.",
        subcommands = {SessionCommand.Start.class, SessionCommand.Finish.class})
class SessionCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        Sessions.current(terminal).ifPresentOrElse(
                state -> terminal.out.println("open session: " + state.sessionId() + " (" + state.date() + ")"),
                () -> terminal.out.println("no open session"));
    }

    @Command(name = "start", description = "Start a session (one is started automatically by `log` and `warmup`).")
    static class Start implements Runnable {

        @ParentCommand
        SessionCommand parent;

        @Option(names = "--name", description = "e.g. \"Lower A\"")
        String name;

        @Option(names = "--date", description = "the training day (default today), e.g. 2026-11-23")
        LocalDate date;

        @Override
        public void run() {
            Terminal terminal = parent.root.terminal;
            Sessions.current(terminal).ifPresent(open -> {
                throw new UsageException("session " + open.sessionId() + " (" + open.date() + ") is still open: run"
                        + " `topset session finish` first");
            });
            Sessions.start(terminal, name, date != null ? date : LocalDate.now());
        }
    }

    @Command(name = "finish", description = "Finish the current session (no more sets; corrections stay possible).")
    static class Finish implements Runnable {

        @ParentCommand
        SessionCommand parent;

        @Override
        public void run() {
            Terminal terminal = parent.root.terminal;
            SessionState state = Sessions.current(terminal)
                    .orElseThrow(() -> new UsageException("no open session to finish"));
            Sessions.finish(terminal, state);
            terminal.out.println("session finished: " + state.sessionId());
        }
    }
}
