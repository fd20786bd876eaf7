package dev.topset.analytics.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the lifter wrote on a whole session, at its start or its finish: notes (start first) and flags
 * ({@code SessionFlag} names such as PAIN, ILLNESS, TECHNIQUE_BREAKDOWN).
 */
public record SessionRemarks(UUID sessionId, LocalDate date, List<String> notes, List<String> flags) {

    public SessionRemarks {
        notes = List.copyOf(notes);
        flags = List.copyOf(flags);
    }
}
