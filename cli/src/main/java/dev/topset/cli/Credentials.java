package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code topset login} stored: the bearer token, whose athlete it names, who issued it and until when.
 * Kept owner-only in {@code ~/.topset/credentials}; TOPSET_TOKEN and TOPSET_ATHLETE override it.
 */
record Credentials(String token, UUID athleteId, String issuer, Instant expiresAt) {

    static Optional<Credentials> read(Path file, ObjectMapper json) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Credentials.class));
        } catch (IOException e) {
            throw new UsageException("the credentials file " + file + " is unreadable (" + e.getMessage()
                    + "): run `topset login` again");
        }
    }

    void write(Path file, ObjectMapper json) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            ownerOnly(temporary);
            json.writeValue(temporary.toFile(), this);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the credentials file " + file, e);
        }
    }

    static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the credentials file " + file, e);
        }
    }

    boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's home directory is the only protection there
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
