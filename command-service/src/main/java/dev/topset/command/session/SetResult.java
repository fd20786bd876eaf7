package dev.topset.command.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.command.coaching.GuidanceItem;
import dev.topset.science.coaching.Prescription;
import java.util.List;
import java.util.UUID;

/**
 * The answer to every set command: the set as it now reads. {@code replayed} is true when the command
 * had already been applied (a device retry) and nothing new was recorded.
 *
 * @param prescription the backoff work to do next, on the answer to a top set; null otherwise (and when no
 *                     barbell backoff exists, e.g. a top set lighter than the bar)
 * @param guidance     what this set tells the athlete (stop the backoffs, bad day, max test); empty when
 *                     all is well. Advice only: it never blocks logging.
 */
public record SetResult(UUID sessionId, UUID setId, SetKind kind, SetDetails set, boolean voided, int revision,
                        boolean replayed, Prescription prescription, List<GuidanceItem> guidance) {

    public SetResult {
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    static SetResult of(UUID sessionId, LoggedSet set, boolean replayed) {
        return new SetResult(sessionId, set.setId(), set.kind(), set.current(), set.voided(), set.revision(),
                replayed, null, List.of());
    }

    SetResult withFeedback(Prescription newPrescription, List<GuidanceItem> newGuidance) {
        return new SetResult(sessionId, setId, kind, set, voided, revision, replayed, newPrescription, newGuidance);
    }
}
