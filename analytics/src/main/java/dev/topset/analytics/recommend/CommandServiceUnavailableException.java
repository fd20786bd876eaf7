package dev.topset.analytics.recommend;

/** command-service did not take a recommendation after every retry (down, or answering 5xx). */
public class CommandServiceUnavailableException extends RuntimeException {

    public CommandServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
