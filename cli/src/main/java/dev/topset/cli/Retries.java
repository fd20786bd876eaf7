package dev.topset.cli;

import java.util.function.Supplier;

/**
 * Sends a request again when the service could not be reached. Safe because every request carries the ids
 * the CLI chose (session id, set id): the service answers a repeat with the original result and records
 * nothing twice.
 */
final class Retries {

    private static final int ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 1000;

    private Retries() {
    }

    static <T> T withSameIds(Supplier<T> request) {
        ServiceUnreachableException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return request.get();
            } catch (ServiceUnreachableException e) {
                last = e;
                pause();
            }
        }
        throw last;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
