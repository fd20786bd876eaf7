package dev.topset.query.coaching;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.query.plan.EffectivePlan;
import dev.topset.query.plan.LiftPlans;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.coaching.BackoffPrescriber;
import dev.topset.science.coaching.CoachedSet;
import dev.topset.science.coaching.Prescription;
import dev.topset.science.coaching.SetGuidance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The coaching of a session, per lift: the backoffs prescribed after the last top set and the guidance
 * each set triggered, from the projected plan (or the default) and science. Computed when the view is
 * read, so a changed plan or a corrected set is always reflected.
 */
@Component
public class SessionCoach {

    private static final Logger log = LoggerFactory.getLogger(SessionCoach.class);

    private final LiftPlans plans;
    private final PreviousTopSets previousTopSets;
    // science's coaching: stateless, the same rules command-service answered each set with
    private final BackoffPrescriber prescriber = new BackoffPrescriber();
    private final SetGuidance guidance = new SetGuidance();

    public SessionCoach(LiftPlans plans, PreviousTopSets previousTopSets) {
        this.plans = plans;
        this.previousTopSets = previousTopSets;
    }

    /**
     * @param setsByLift the session's valid sets per lift, lifts in order of first appearance, sets in
     *                   logging order
     * @param sessionStart when the session began: "earlier sessions" are those with top sets before it
     */
    public List<LiftCoaching> coach(UUID athleteId, UUID sessionId, Instant sessionStart,
                                    Map<String, List<CoachedSet>> setsByLift) {
        List<LiftCoaching> lifts = new ArrayList<>();
        setsByLift.forEach((lift, sets) -> lifts.add(coachLift(athleteId, sessionId, sessionStart, lift, sets)));
        return lifts;
    }

    private LiftCoaching coachLift(UUID athleteId, UUID sessionId, Instant sessionStart, String lift,
                                   List<CoachedSet> sets) {
        Optional<CoachedSet> lastTop = sets.stream().filter(s -> s.kind() == SetKind.TOP).reduce((a, b) -> b);
        LoadUnit unitOfTheDay = lastTop.orElse(sets.get(0)).load().unit();
        EffectivePlan plan = plans.effective(athleteId, lift, unitOfTheDay);
        List<GuidanceItem> items = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            CoachedSet set = sets.get(i);
            try {
                guidance.forSet(set, sets.subList(0, i), plan.plan(),
                                () -> previousTopSets.heaviestOfLastSession(athleteId, lift, sessionId, sessionStart))
                        .forEach(g -> items.add(GuidanceItem.of(set.setId(), g)));
            } catch (ScienceRuleException e) {
                // a value the science rejects (never expected from validated sets) must not hide the session
                log.warn("no guidance for set {} of session {}: {}", set.setId(), sessionId, e.getMessage());
            }
        }
        Prescription prescription = lastTop.map(top -> prescription(top, plan)).orElse(null);
        return new LiftCoaching(lift, plan.defaultPlan(), prescription, items);
    }

    private Prescription prescription(CoachedSet top, EffectivePlan plan) {
        try {
            return prescriber.prescribe(top, plan.plan(), plan.defaultPlan()).orElse(null);
        } catch (ScienceRuleException e) {
            log.debug("no prescription for top set {}: {}", top.setId(), e.getMessage());
            return null;
        }
    }
}
