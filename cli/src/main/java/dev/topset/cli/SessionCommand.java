package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "session", description = "Start, show or finish the current session (alone: which one is open).",
        subcommands = {SessionCommand.Start.class, SessionCommand.Show.class, SessionCommand.Finish.class})
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

    @Command(name = "show", description = "The session as the service has it (query-service): each set numbered in"
            + " logging order, corrections applied, and the backoffs prescribed per lift. Default: the open session,"
            + " else the latest.")
    static class Show implements Runnable {

        @ParentCommand
        SessionCommand parent;

        @Option(names = "--session", description = "the session id")
        UUID session;

        @Option(names = "--voided", description = "also list voided sets")
        boolean voided;

        @Override
        public void run() {
            Terminal terminal = parent.root.terminal;
            UUID sessionId = session != null ? session : Sessions.current(terminal).map(SessionState::sessionId)
                    .orElseGet(() -> latest(terminal));
            new SessionView(terminal).print(terminal.api.get(terminal.settings.queryUrl() + "/sessions/" + sessionId
                    + (voided ? "?includeVoided=true" : "")));
        }

        private static UUID latest(Terminal terminal) {
            JsonNode history = terminal.api.get(terminal.settings.queryUrl() + "/athletes/"
                    + terminal.settings.athleteId() + "/sessions?size=1");
            JsonNode newest = history.path("sessions").path(0);
            if (newest.isMissingNode()) {
                throw new UsageException("no sessions yet: log a set with `topset log squat 140x5@8`");
            }
            return UUID.fromString(newest.path("sessionId").asText());
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
