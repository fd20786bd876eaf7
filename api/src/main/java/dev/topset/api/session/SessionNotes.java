package dev.topset.api.session;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Normalises a session's optional note and flags the way {@code SetDetails} does a set's, so a retry compares equal. */
final class SessionNotes {

    private SessionNotes() {
    }

    static String note(String notes) {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }

    static Set<SessionFlag> flags(Set<SessionFlag> flags) {
        return flags == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(flags));
    }
}
