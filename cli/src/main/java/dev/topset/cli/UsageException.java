package dev.topset.cli;

/** The command cannot run as given (a missing setting, no current session): exit code 2. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
