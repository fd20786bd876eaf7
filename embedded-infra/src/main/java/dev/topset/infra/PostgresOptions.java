package dev.topset.infra;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a {@link PostgresServer}.
 *
 * @param dataDirectory where the cluster lives; {@code null} means a fresh temporary directory that is
 *                      deleted on close. A given directory is never deleted: it is initialised on first
 *                      use and reused by every later start.
 * @param port          TCP port on localhost; {@code 0} picks a free one
 * @param durable       {@code true} turns crash safety back on ({@code fsync}, {@code synchronous_commit},
 *                      {@code full_page_writes}), which the embedded defaults switch off for speed
 */
public record PostgresOptions(Path dataDirectory, int port, boolean durable) {

    public PostgresOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (free port) or 1..65535, was " + port);
        }
        // Crash safety for data that is deleted on close would only cost time and buy nothing.
        if (durable && dataDirectory == null) {
            throw new IllegalArgumentException("a durable PostgreSQL needs a data directory to keep");
        }
    }

    /** Fast, disposable server for tests: temporary directory, free port, no fsync. */
    public static PostgresOptions throwaway() {
        return new PostgresOptions(null, 0, false);
    }

    /** Server for real users: data kept in {@code dataDirectory} across restarts and crash-safe. */
    public static PostgresOptions durable(Path dataDirectory, int port) {
        return new PostgresOptions(Objects.requireNonNull(dataDirectory, "dataDirectory"), port, true);
    }
}
