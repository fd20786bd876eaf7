package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The session the terminal is logging into, the backoff prescription of each lift's last top set, so that
 * {@code topset backoff squat 3x8@7.5} knows the load, and the sets logged from this terminal, so that
 * {@code topset correct} and {@code topset undo} know the last one. Kept in a small JSON file between invocations.
 */
record SessionState(UUID athleteId, UUID sessionId, LocalDate date, Map<String, Prescribed> prescriptions,
                    List<Logged> sets) {

    /** The backoff load the service prescribed after the lift's last top set. */
    record Prescribed(BigDecimal load, String unit, Integer sets, Integer reps) {
    }

    /** A set this terminal logged, and its revision as the service last answered it. */
    record Logged(UUID setId, String kind, String lift, int revision) {
    }

    SessionState {
        prescriptions = prescriptions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(prescriptions);
        sets = sets == null ? new ArrayList<>() : new ArrayList<>(sets);
    }

    /** Remembers the set's latest revision: a new set goes last, a known one keeps its place. */
    void logged(Logged set) {
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).setId().equals(set.setId())) {
                sets.set(i, set);
                return;
            }
        }
        sets.add(set);
    }

    Optional<Logged> lastSet() {
        return sets.isEmpty() ? Optional.empty() : Optional.of(sets.get(sets.size() - 1));
    }

    static Optional<SessionState> read(Path file, ObjectMapper json) {
        return file(file).read(SessionState.class, json);
    }

    void write(Path file, ObjectMapper json) {
        file(file).write(this, json, false);
    }

    static void clear(Path file) {
        file(file).delete();
    }

    private static TerminalFile file(Path path) {
        return new TerminalFile(path, "session file", "delete it and run `topset session start`");
    }
}
