package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * One of the small JSON files the terminal keeps between commands (the session, the login). Written to a
 * sibling and moved into place, so that a command interrupted mid-write never leaves half a file.
 *
 * @param what what the file holds, for messages ("session file")
 * @param remedy what the lifter does about an unreadable one
 */
record TerminalFile(Path path, String what, String remedy) {

    <T> Optional<T> read(Class<T> type, ObjectMapper json) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(path.toFile(), type));
        } catch (IOException e) {
            throw new UsageException("the " + what + " " + path + " is unreadable (" + e.getMessage() + "); "
                    + remedy);
        }
    }

    /** Writes {@code value}; {@code ownerOnly} for secrets (a bearer token). */
    void write(Object value, ObjectMapper json, boolean ownerOnly) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            if (ownerOnly) {
                ownerOnly(temporary);
            }
            json.writeValue(temporary.toFile(), value);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " " + path, e);
        }
    }

    boolean delete() {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the " + what + " " + path, e);
        }
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
