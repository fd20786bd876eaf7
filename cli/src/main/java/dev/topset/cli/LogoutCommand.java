package dev.topset.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "logout", description = "Forget the token `topset login` stored.")
class LogoutCommand implements Runnable {

    @ParentCommand
    TopsetCli root;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        terminal.out.println(Credentials.delete(terminal.settings.credentialsFile()) ? "logged out"
                : "not logged in");
    }
}
