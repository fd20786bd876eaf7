package dev.topset.command.session;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import dev.topset.command.coaching.GuidanceItem;
import dev.topset.command.coaching.PreviousTopSets;
import dev.topset.command.plan.EffectivePlan;
import dev.topset.command.plan.LiftPlans;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.coaching.BackoffPrescriber;
import dev.topset.science.coaching.CoachedSet;
import dev.topset.science.coaching.Prescription;
import dev.topset.science.coaching.SetGuidance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the coaching to a set's answer once the set is recorded: the prescribed backoffs after a top set
 * and the guidance the set triggers, both from the athlete's plan for the lift.
 *
 * <p>Feedback is advice. By the time it is computed the event is stored, so a failure here (a plan the
 * science cannot use, the history table unreachable) is logged and the answer goes out without it; it
 * never turns a recorded set into an error the device would retry.
 */
@Component
public class SetFeedback {

    private static final Logger log = LoggerFactory.getLogger(SetFeedback.class);

    private final LiftPlans plans;
    private final PreviousTopSets previousTopSets;
    // science's coaching: stateless, the same rules query-service's session view applies
    private final BackoffPrescriber prescriber = new BackoffPrescriber();
    private final SetGuidance guidance = new SetGuidance();
    private final Clock clock;

    SetFeedback(LiftPlans plans, PreviousTopSets previousTopSets, Clock clock) {
        this.plans = plans;
        this.previousTopSets = previousTopSets;
        this.clock = clock;
    }

    public SetResult answer(SetOutcome outcome) {
        return answer(outcome, new StoredReads());
    }

    /**
     * Coaching for the sets of one batch (a sync): an athlete's plan for a lift and the top sets of the session
     * before are read once for all its sets, not once per set. Use it for one request only: it keeps what it read.
     */
    public Function<SetOutcome, SetResult> forOneBatch() {
        CoachingReads reads = new RememberedReads(new StoredReads());
        return outcome -> answer(outcome, reads);
    }

    /** What coaching reads of the stored state. */
    private interface CoachingReads {
        EffectivePlan plan(UUID athleteId, String lift, LoadUnit unitOfTheDay);

        Optional<Load> heaviestOfLastSession(UUID athleteId, String lift, UUID sessionId, Instant before);
    }

    private final class StoredReads implements CoachingReads {
        @Override
        public EffectivePlan plan(UUID athleteId, String lift, LoadUnit unitOfTheDay) {
            return plans.effective(athleteId, lift, unitOfTheDay);
        }

        @Override
        public Optional<Load> heaviestOfLastSession(UUID athleteId, String lift, UUID sessionId, Instant before) {
            return previousTopSets.heaviestOfLastSession(athleteId, lift, sessionId, before);
        }
    }

    private record RememberedReads(CoachingReads stored, Map<List<Object>, EffectivePlan> plans,
                                   Map<List<Object>, Optional<Load>> previous) implements CoachingReads {
        RememberedReads(CoachingReads stored) {
            this(stored, new HashMap<>(), new HashMap<>());
        }

        @Override
        public EffectivePlan plan(UUID athleteId, String lift, LoadUnit unitOfTheDay) {
            return plans.computeIfAbsent(List.of(athleteId, lift, unitOfTheDay),
                    key -> stored.plan(athleteId, lift, unitOfTheDay));
        }

        @Override
        public Optional<Load> heaviestOfLastSession(UUID athleteId, String lift, UUID sessionId, Instant before) {
            return previous.computeIfAbsent(List.of(athleteId, lift, sessionId, before),
                    key -> stored.heaviestOfLastSession(athleteId, lift, sessionId, before));
        }
    }

    /** Whether the set's answer carries coaching, which follows the athlete's plan for its lift. */
    static boolean coached(SetResult result) {
        return !result.voided() && result.kind() != SetKind.DROP && result.kind() != SetKind.ACCESSORY;
    }

    private SetResult answer(SetOutcome outcome, CoachingReads reads) {
        SetResult result = outcome.result();
        if (!coached(result)) {
            return result;
        }
        try {
            return withFeedback(outcome, reads);
        } catch (RuntimeException e) {
            log.warn("no coaching for set {} of session {}: {}", result.setId(), result.sessionId(), e.toString());
            return result;
        }
    }

    private SetResult withFeedback(SetOutcome outcome, CoachingReads reads) {
        SetResult result = outcome.result();
        CoachedSet set = coached(result.setId(), result.kind(), result.set());
        List<CoachedSet> earlier = new ArrayList<>();
        for (LoggedSet logged : outcome.liftSets()) {
            if (logged.setId().equals(result.setId())) {
                break;
            }
            earlier.add(coached(logged.setId(), logged.kind(), logged.current()));
        }
        String lift = result.set().lift();
        EffectivePlan plan = outcome.plan() != null ? outcome.plan()
                : reads.plan(outcome.athleteId(), lift, set.load().unit());
        Instant sessionStart = outcome.sessionStartedAt() != null ? outcome.sessionStartedAt() : clock.instant();
        List<GuidanceItem> items = guidance.forSet(set, earlier, plan.plan(), () -> reads
                .heaviestOfLastSession(outcome.athleteId(), lift, result.sessionId(), sessionStart))
                .stream().map(GuidanceItem::of).toList();
        Prescription prescription = result.kind() == SetKind.TOP ? prescription(set, plan) : null;
        return result.withFeedback(prescription, items);
    }

    private Prescription prescription(CoachedSet topSet, EffectivePlan plan) {
        try {
            return prescriber.prescribe(topSet, plan.plan(), plan.defaultPlan()).orElse(null);
        } catch (ScienceRuleException e) {
            // e.g. a top set lighter than the bar: there is no barbell backoff to prescribe
            log.debug("no prescription for top set {}: {}", topSet.setId(), e.getMessage());
            return null;
        }
    }

    private static CoachedSet coached(UUID setId, SetKind kind, SetDetails details) {
        return new CoachedSet(setId, kind, details.load(), details.reps(), details.rpe(), details.rir());
    }
}
