package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The session the terminal is logging into, and the backoff prescription of each lift's last top set, so that
 * {@code topset backoff squat 3x8@7.5} knows the load. Kept in a small JSON file between invocations.
 */
record SessionState(UUID athleteId, UUID sessionId, LocalDate date, Map<String, Prescribed> prescriptions) {

    /** The backoff load the service prescribed after the lift's last top set. */
    record Prescribed(BigDecimal load, String unit, Integer sets, Integer reps) {
    }

    SessionState {
        prescriptions = prescriptions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(prescriptions);
    }

    static Optional<SessionState> read(Path file, ObjectMapper json) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), SessionState.class));
        } catch (IOException e) {
            throw new UsageException("the session file " + file + " is unreadable (" + e.getMessage()
                    + "); delete it and run `topset session start`");
        }
    }

    void write(Path file, ObjectMapper json) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), this);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session file " + file, e);
        }
    }

    static void clear(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the session file " + file, e);
        }
    }
}
