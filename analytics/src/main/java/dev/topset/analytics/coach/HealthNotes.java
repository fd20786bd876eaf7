package dev.topset.analytics.coach;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.SessionRemarks;
import dev.topset.analytics.rules.HealthNote;
import dev.topset.analytics.rules.HealthNote.Concern;
import dev.topset.analytics.rules.HealthWords;
import dev.topset.api.training.SetFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects the pain, illness and technique notes of a window's sessions, oldest session first: the lift's set flags
 * and set notes, and the whole session's flags and notes (a session note is about every lift of the session).
 */
final class HealthNotes {

    private HealthNotes() {
    }

    static List<HealthNote> of(LiftWindow window, List<AnalyticsSet> sets, List<SessionRemarks> remarks) {
        Map<UUID, SessionRef> inWindow = window.refs().stream()
                .collect(Collectors.toMap(SessionRef::sessionId, Function.identity()));
        Map<UUID, SessionRemarks> remarksBySession = remarks.stream()
                .collect(Collectors.toMap(SessionRemarks::sessionId, Function.identity(), (a, b) -> b));
        List<HealthNote> notes = new ArrayList<>();
        for (SessionRef session : window.refs()) {
            for (AnalyticsSet set : sets) {
                if (!set.sessionId().equals(session.sessionId()) || !set.lift().equals(window.lift())) {
                    continue;
                }
                if (set.hasFlag(SetFlag.PAIN)) {
                    notes.add(new HealthNote(session, Concern.PAIN, "set flag", SetFlag.PAIN.name()));
                }
                if (set.hasFlag(SetFlag.TECHNIQUE_BREAKDOWN)) {
                    notes.add(new HealthNote(session, Concern.TECHNIQUE, "set flag",
                            SetFlag.TECHNIQUE_BREAKDOWN.name()));
                }
                HealthWords.concernIn(set.note())
                        .ifPresent(concern -> notes.add(new HealthNote(session, concern, "set note", set.note())));
            }
            SessionRemarks remark = remarksBySession.get(session.sessionId());
            if (remark == null || !inWindow.containsKey(remark.sessionId())) {
                continue;
            }
            for (String flag : remark.flags()) {
                concernOfFlag(flag).ifPresent(concern -> notes.add(new HealthNote(session, concern, "session flag", flag)));
            }
            for (String note : remark.notes()) {
                HealthWords.concernIn(note)
                        .ifPresent(concern -> notes.add(new HealthNote(session, concern, "session note", note)));
            }
        }
        return notes;
    }

    private static Optional<Concern> concernOfFlag(String flag) {
        return switch (flag) {
            case "PAIN" -> Optional.of(Concern.PAIN);
            case "ILLNESS" -> Optional.of(Concern.ILLNESS);
            case "TECHNIQUE_BREAKDOWN" -> Optional.of(Concern.TECHNIQUE);
            default -> Optional.empty();
        };
    }
}
