package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "void", aliases = "undo", description = "Void a logged set, by default the last one logged here"
        + " (`topset undo`): it stays in the history and leaves every view, trend and review.")
class VoidCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Mixin
    WhichSet which;

    @Option(names = "--reason", description = "why, kept in the history")
    String reason;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        SetChoice choice = which.resolve(terminal);
        StringBuilder url = new StringBuilder(terminal.settings.commandUrl()).append("/sessions/")
                .append(choice.sessionId()).append("/sets/").append(choice.setId());
        char separator = '?';
        if (reason != null) {
            url.append(separator).append("reason=").append(URLEncoder.encode(reason, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (choice.revision() != null) {
            url.append(separator).append("expectedRevision=").append(choice.revision());
        }
        JsonNode answer = terminal.api.delete(url.toString());
        choice.answered(terminal, answer);
        terminal.out.print("voided ");
        new SetLogger(terminal).print(answer);
    }
}
