package dev.topset.command.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a set command hands back to the service layer: the answer for the device, plus the context the
 * coaching needs (whose session, when it started, the lift's sets so far). The aggregate stays about
 * consistency; plans and training science are applied outside it, by {@link SetFeedback}.
 *
 * @param liftSets the lift's active (not voided) sets in logging order, including this one unless voided
 */
public record SetOutcome(SetResult result, UUID athleteId, Instant sessionStartedAt, List<LoggedSet> liftSets) {

    public SetOutcome {
        liftSets = List.copyOf(liftSets);
    }
}
