package dev.topset.command.history;

/** Every stream slot of this instance is taken; the client retries later (or on another instance). */
class StreamLimitException extends RuntimeException {

    StreamLimitException(int maxStreams) {
        super("this instance already serves its maximum of " + maxStreams + " event streams; retry later");
    }
}
