package dev.topset.analytics.coach;

import dev.topset.analytics.mistakes.MovementFamily;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.PlanTimeline;
import dev.topset.analytics.review.SessionRemarks;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.FatigueLadder;
import dev.topset.analytics.rules.PastAdvice;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A lifter's log book for the scenario corpus, read top to bottom: sessions with sets (RPE optional), notes and
 * flags on sets and sessions, the lift's earlier recommendations and the athlete's decisions, and the day of the
 * review. Reviewed through the service's own path ({@link LiftReviewer}), against a stored plan or the program
 * inferred from the log ({@link PlanResolver#inferredFrom}), with the default thresholds.
 */
final class ScenarioLog {

    static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000c0a17");

    private final String lift;
    private final List<AnalyticsSet> sets = new ArrayList<>();
    private final Map<UUID, LocalDate> sessionDates = new LinkedHashMap<>();
    private final Map<UUID, List<String>> sessionNotes = new LinkedHashMap<>();
    private final Map<UUID, List<String>> sessionFlags = new LinkedHashMap<>();
    private final List<PastAdvice> advice = new ArrayList<>();
    private String currentLift;
    private UUID session;
    private LocalDate date;
    private int position;
    private LocalDate reviewDay;
    private int window = 3;
    private final List<PlanTimeline.Change> planChanges = new ArrayList<>();

    private ScenarioLog(String lift) {
        this.lift = lift;
    }

    static ScenarioLog of(String lift) {
        return new ScenarioLog(lift);
    }

    ScenarioLog session(String isoDate) {
        date = LocalDate.parse(isoDate);
        session = UUID.nameUUIDFromBytes((isoDate + "/" + sessionDates.size()).getBytes(StandardCharsets.UTF_8));
        sessionDates.put(session, date);
        position = 0;
        currentLift = lift;
        return this;
    }

    /** The following sets of this session are of another lift. */
    ScenarioLog lift(String other) {
        currentLift = other;
        return this;
    }

    /** {@code rpe} null: not logged. */
    ScenarioLog top(String load, int reps, String rpe) {
        return add(SetKind.TOP, load, reps, rpe);
    }

    ScenarioLog backoffs(String load, int reps, String... rpes) {
        for (String rpe : rpes) {
            add(SetKind.BACKOFF, load, reps, rpe);
        }
        return this;
    }

    /** {@code count} backoffs without RPE. */
    ScenarioLog unratedBackoffs(String load, int reps, int count) {
        for (int i = 0; i < count; i++) {
            add(SetKind.BACKOFF, load, reps, null);
        }
        return this;
    }

    /** A note on the last set. */
    ScenarioLog note(String text) {
        AnalyticsSet last = sets.remove(sets.size() - 1);
        sets.add(new AnalyticsSet(last.athleteId(), last.sessionId(), last.sessionDate(), last.lift(), last.kind(),
                last.load(), last.reps(), last.rpe(), last.rir(), last.flags(), last.position(), text));
        return this;
    }

    /** A flag on the last set. */
    ScenarioLog flag(SetFlag flag) {
        AnalyticsSet last = sets.remove(sets.size() - 1);
        Set<SetFlag> flags = new java.util.HashSet<>(last.flags());
        flags.add(flag);
        sets.add(new AnalyticsSet(last.athleteId(), last.sessionId(), last.sessionDate(), last.lift(), last.kind(),
                last.load(), last.reps(), last.rpe(), last.rir(), flags, last.position(), last.note()));
        return this;
    }

    ScenarioLog sessionNote(String text) {
        sessionNotes.computeIfAbsent(session, id -> new ArrayList<>()).add(text);
        return this;
    }

    ScenarioLog sessionFlag(String flag) {
        sessionFlags.computeIfAbsent(session, id -> new ArrayList<>()).add(flag);
        return this;
    }

    /** The athlete accepted a recommendation issued and decided on {@code isoDate}. */
    ScenarioLog accepted(String type, String rule, FatigueLadder.Rung rung, String isoDate) {
        advice.add(new PastAdvice(UUID.randomUUID(), type, rule, rung, LocalDate.parse(isoDate),
                PastAdvice.Status.ACCEPTED, LocalDate.parse(isoDate)));
        return this;
    }

    ScenarioLog dismissed(String type, String rule, FatigueLadder.Rung rung, String isoDate) {
        advice.add(new PastAdvice(UUID.randomUUID(), type, rule, rung, LocalDate.parse(isoDate),
                PastAdvice.Status.DISMISSED, LocalDate.parse(isoDate)));
        return this;
    }

    ScenarioLog issued(String type, String rule, FatigueLadder.Rung rung, String isoDate) {
        advice.add(new PastAdvice(UUID.randomUUID(), type, rule, rung, LocalDate.parse(isoDate),
                PastAdvice.Status.ISSUED, null));
        return this;
    }

    /** A stored plan recorded after the session of {@code isoDate} (null: before any session). */
    ScenarioLog planRecorded(String isoDate, PlannedLift plan) {
        planChanges.add(new PlanTimeline.Change(isoDate == null ? null : LocalDate.parse(isoDate), plan.plan()));
        return this;
    }

    /** The review runs on this day (default: the day of the latest session). */
    ScenarioLog reviewedOn(String isoDate) {
        reviewDay = LocalDate.parse(isoDate);
        return this;
    }

    /** The window asked for (?sessions=N; default 3). */
    ScenarioLog window(int sessions) {
        window = sessions;
        return this;
    }

    LiftReview review(PlannedLift plan) {
        LocalDate latest = sessionDates.values().stream().max(LocalDate::compareTo).orElseThrow();
        List<SessionRemarks> remarks = new ArrayList<>();
        for (UUID id : sessionDates.keySet()) {
            List<String> notes = sessionNotes.getOrDefault(id, List.of());
            List<String> flags = sessionFlags.getOrDefault(id, List.of());
            if (!notes.isEmpty() || !flags.isEmpty()) {
                remarks.add(new SessionRemarks(id, sessionDates.get(id), notes, flags));
            }
        }
        return new LiftReviewer(RuleThresholds.defaults()).review(ATHLETE, plan, new PlanTimeline(planChanges), window,
                List.copyOf(sets),
                familyTopSets(plan.lift()), reviewDay == null ? latest : reviewDay, advice, remarks);
    }

    /** Reviewed like an athlete without a stored plan: the program inferred from the last 6 sessions. */
    LiftReview reviewInferred() {
        return review(inferredPlan());
    }

    PlannedLift inferredPlan() {
        List<UUID> withTop = new ArrayList<>();
        sets.stream().filter(set -> set.lift().equals(lift) && set.kind() == SetKind.TOP)
                .map(AnalyticsSet::sessionId).distinct().forEach(withTop::add);
        List<UUID> recent = withTop.subList(Math.max(0, withTop.size() - 6), withTop.size());
        List<AnalyticsSet> recentSets = sets.stream()
                .filter(set -> set.lift().equals(lift) && recent.contains(set.sessionId())
                        && (set.kind() == SetKind.TOP || set.kind() == SetKind.BACKOFF)).toList();
        return PlanResolver.inferredFrom(lift, Optional.empty(), recentSets);
    }

    private List<TopSetLift> familyTopSets(String planLift) {
        Map<UUID, TreeSet<String>> bySession = new LinkedHashMap<>();
        for (AnalyticsSet set : sets) {
            if (set.kind() == SetKind.TOP && MovementFamily.sameFamily(set.lift(), planLift)) {
                bySession.computeIfAbsent(set.sessionId(), id -> new TreeSet<>()).add(set.lift());
            }
        }
        List<UUID> ordered = new ArrayList<>(bySession.keySet());
        List<TopSetLift> result = new ArrayList<>();
        for (UUID id : ordered.subList(Math.max(0, ordered.size() - 6), ordered.size())) {
            bySession.get(id).forEach(name -> result.add(new TopSetLift(id, sessionDates.get(id), name)));
        }
        return result;
    }

    private ScenarioLog add(SetKind kind, String load, int reps, String rpe) {
        position++;
        String text = load.trim().toLowerCase();
        Load amount = text.endsWith("lb")
                ? new Load(new BigDecimal(text.substring(0, text.length() - 2).trim()), LoadUnit.LB)
                : new Load(new BigDecimal(text), LoadUnit.KG);
        sets.add(new AnalyticsSet(ATHLETE, session, date, currentLift, kind, amount, reps,
                rpe == null ? null : new BigDecimal(rpe), null, Set.of(), position));
        return this;
    }
}
