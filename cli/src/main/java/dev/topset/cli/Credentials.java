package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code topset login} stored: the bearer token, whose athlete it names, who issued it and until when.
 * Kept owner-only in {@code ~/.topset/credentials}; TOPSET_TOKEN and TOPSET_ATHLETE override it.
 */
record Credentials(String token, UUID athleteId, String issuer, Instant expiresAt) {

    static Optional<Credentials> read(Path file, ObjectMapper json) {
        return file(file).read(Credentials.class, json);
    }

    void write(Path file, ObjectMapper json) {
        file(file).write(this, json, true);
    }

    static boolean delete(Path file) {
        return file(file).delete();
    }

    private static TerminalFile file(Path path) {
        return new TerminalFile(path, "credentials file", "run `topset login` again");
    }

    boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
