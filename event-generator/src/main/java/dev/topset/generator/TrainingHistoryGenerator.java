package dev.topset.generator;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.plan.DefaultLiftPlan;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.WarmupSetLogged;
import dev.topset.api.TrainingEvent;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A deterministic (seeded) training history of many athletes, in the order command-service would have stored it:
 * athletes register and set plans for two lifts; then, round after round, every athlete trains a session of two or
 * three lifts (warm-ups, one or two top sets at RPE 7–10, two to four backoffs about 12.5 % lighter), now and then
 * corrects or voids a set; every fourth session of an athlete brings a recommendation that is accepted (with the plan
 * adjusted) or dismissed a session later. Athletes interleave like devices in the real world; each athlete's own
 * events stay in order.
 */
public final class TrainingHistoryGenerator {

    private static final String[] LIFTS = {"squat", "bench", "deadlift", "overhead-press", "row"};
    private static final String[] DEVICES = {"phone", "watch", "web"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final Instant FIRST_INSTANT = Instant.parse("2025-01-06T17:00:00Z");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final SplittableRandom random;
    private final int athletes;
    private Instant clock = FIRST_INSTANT;
    private long emitted;

    /** @param athletes how many athletes train in parallel (the history grows by sessions of each in turn) */
    public TrainingHistoryGenerator(long seed, int athletes) {
        if (athletes < 1) {
            throw new IllegalArgumentException("at least one athlete");
        }
        this.random = new SplittableRandom(seed);
        this.athletes = athletes;
    }

    /** Emits whole sessions until at least {@code minEvents} events were emitted; returns how many were. */
    public long generate(long minEvents, Consumer<GeneratedEvent> sink) {
        List<AthleteState> roster = new ArrayList<>();
        for (int i = 0; i < athletes && emitted < minEvents; i++) {
            roster.add(register(sink));
        }
        while (emitted < minEvents) {
            for (AthleteState athlete : roster) {
                if (emitted >= minEvents) {
                    break;
                }
                session(athlete, sink);
            }
        }
        return emitted;
    }

    private AthleteState register(Consumer<GeneratedEvent> sink) {
        LoadUnit unit = random.nextInt(5) == 0 ? LoadUnit.LB : LoadUnit.KG;
        AthleteState athlete = new AthleteState(new UUID(random.nextLong(), random.nextLong()), unit);
        athlete.emit(sink, new AthleteRegistered(athlete.id, "Lifter " + (emitted + 1), unit,
                new Load(BigDecimal.valueOf(55 + random.nextInt(60)), LoadUnit.KG)));
        for (String lift : List.of(LIFTS[0], LIFTS[1 + random.nextInt(2)])) {
            LiftPlan plan = DefaultLiftPlan.forUnit(unit);
            athlete.plans.put(lift, plan);
            athlete.emit(sink, new LiftPlanSet(athlete.id, lift, plan, device()));
        }
        for (String lift : LIFTS) {
            athlete.topLoads.put(lift, BigDecimal.valueOf(unit == LoadUnit.KG ? 40 + random.nextInt(120) : 95 + 5 * random.nextInt(50)));
        }
        return athlete;
    }

    private void session(AthleteState athlete, Consumer<GeneratedEvent> sink) {
        decideOpenRecommendation(athlete, sink);
        SessionState session = new SessionState(new UUID(random.nextLong(), random.nextLong()), athlete);
        LocalDate date = FIRST_DAY.plusDays(athlete.sessions * 2L + random.nextInt(2));
        String device = device();
        session.emit(sink, new SessionStarted(session.id, athlete.id, date, tick(), athlete.sessions % 2 == 0
                ? "Lower " + (char) ('A' + athlete.sessions % 3) : "Upper", device));
        int lifts = 2 + random.nextInt(2);
        int first = random.nextInt(LIFTS.length);
        for (int l = 0; l < lifts; l++) {
            liftWork(athlete, session, LIFTS[(first + l) % LIFTS.length], device, sink);
        }
        if (random.nextInt(100) < 8 && !session.sets.isEmpty()) {
            LoggedSet set = session.sets.get(random.nextInt(session.sets.size()));
            SetDetails corrected = new SetDetails(set.details.lift(), set.details.load(),
                    Math.max(1, set.details.reps() - 1), rpe(7, 9), null, Set.of(SetFlag.BELT), "miscounted");
            session.emit(sink, new SetCorrected(session.id, athlete.id, set.id, set.kind, corrected, "miscounted",
                    "web"));
        }
        if (random.nextInt(100) < 4 && !session.sets.isEmpty()) {
            LoggedSet set = session.sets.get(random.nextInt(session.sets.size()));
            session.emit(sink, new SetVoided(session.id, athlete.id, set.id, set.kind, "double tap", device));
        }
        session.emit(sink, new SessionFinished(session.id, athlete.id, tick(), device));
        athlete.sessions++;
        athlete.recentSessions.add(session.id);
        if (athlete.sessions % 4 == 0) {
            issueRecommendation(athlete, date, sink);
        }
    }

    private void liftWork(AthleteState athlete, SessionState session, String lift, String device,
                          Consumer<GeneratedEvent> sink) {
        LoadUnit unit = athlete.unit;
        BigDecimal top = athlete.topLoads.get(lift);
        int reps = 3 + random.nextInt(4);
        for (BigDecimal share : List.of(new BigDecimal("0.5"), new BigDecimal("0.75"))) {
            SetDetails warmup = SetDetails.of(lift, load(top.multiply(share), unit), 5, null);
            session.logSet(sink, SetKind.WARMUP, warmup, new WarmupSetLogged(session.id, athlete.id, session.nextSetId(),
                    warmup, tick(), device));
        }
        int topSets = random.nextInt(10) == 0 ? 2 : 1;
        for (int t = 0; t < topSets; t++) {
            BigDecimal rpe = random.nextInt(100) == 0 ? BigDecimal.TEN : rpe(7, 9.5);
            Set<SetFlag> flags = random.nextInt(20) == 0 ? Set.of(SetFlag.TECHNIQUE_BREAKDOWN) : Set.of();
            SetDetails topSet = new SetDetails(lift, load(top, unit), reps, rpe, null, flags, null);
            session.logSet(sink, SetKind.TOP, topSet, new TopSetLogged(session.id, athlete.id, session.nextSetId(),
                    topSet, tick(), device));
        }
        int backoffs = 2 + random.nextInt(3);
        BigDecimal backoffLoad = top.multiply(new BigDecimal("0.875"));
        for (int b = 0; b < backoffs; b++) {
            SetDetails backoff = SetDetails.of(lift, load(backoffLoad, unit), Math.max(1, reps - random.nextInt(2)),
                    rpe(6.5, 9));
            session.logSet(sink, SetKind.BACKOFF, backoff, new BackoffSetLogged(session.id, athlete.id,
                    session.nextSetId(), backoff, tick(), device));
        }
        // Slow, noisy progress: most sessions hold, some add a small jump, a few go back.
        int step = random.nextInt(10);
        BigDecimal jump = unit == LoadUnit.KG ? new BigDecimal("2.5") : new BigDecimal("5");
        if (step < 3) {
            athlete.topLoads.put(lift, top.add(jump));
        } else if (step == 9 && top.compareTo(jump.multiply(BigDecimal.TEN)) > 0) {
            athlete.topLoads.put(lift, top.subtract(jump));
        }
    }

    private void issueRecommendation(AthleteState athlete, LocalDate date, Consumer<GeneratedEvent> sink) {
        String lift = athlete.plans.keySet().iterator().next();
        BigDecimal next = athlete.topLoads.get(lift).add(athlete.unit == LoadUnit.KG ? new BigDecimal("2.5")
                : new BigDecimal("5"));
        LiftPlanChanges changes = new LiftPlanChanges(new Load(next, athlete.unit), null, null, null, null, null);
        List<UUID> reviewed = athlete.recentSessions.subList(Math.max(0, athlete.recentSessions.size() - 3),
                athlete.recentSessions.size());
        RecommendationEvidence evidence = new RecommendationEvidence("INCREASE_LOAD",
                "reps, RPE and flags agree over three sessions", List.copyOf(reviewed), date.minusDays(6), date,
                Map.of("topSetRpe", "8", "sessions", "3"), "Top set at RPE 8 for three sessions");
        UUID id = new UUID(random.nextLong(), random.nextLong());
        athlete.emit(sink, new RecommendationIssued(athlete.id, lift, id, "INCREASE_LOAD",
                "Add " + changes.nextTopSetLoad() + " to the top set", changes, null, evidence));
        athlete.openRecommendation = new OpenRecommendation(id, lift, changes);
    }

    private void decideOpenRecommendation(AthleteState athlete, Consumer<GeneratedEvent> sink) {
        OpenRecommendation open = athlete.openRecommendation;
        if (open == null) {
            return;
        }
        athlete.openRecommendation = null;
        if (random.nextInt(10) < 6) {
            athlete.emit(sink, new RecommendationAccepted(athlete.id, open.lift, open.id, open.changes, device()));
            LiftPlan adjusted = open.changes.applyTo(athlete.plans.get(open.lift));
            athlete.plans.put(open.lift, adjusted);
            athlete.emit(sink, new LiftPlanAdjusted(athlete.id, open.lift, open.changes, adjusted,
                    "recommendation " + open.id, device()));
        } else {
            athlete.emit(sink, new RecommendationDismissed(athlete.id, open.lift, open.id, "meet next week",
                    device()));
        }
    }

    private Load load(BigDecimal amount, LoadUnit unit) {
        BigDecimal grid = unit == LoadUnit.KG ? new BigDecimal("2.5") : new BigDecimal("5");
        return new Load(amount.divide(grid, 0, RoundingMode.HALF_UP).multiply(grid), unit);
    }

    private BigDecimal rpe(double min, double max) {
        int steps = (int) Math.round((max - min) * 2);
        return BigDecimal.valueOf(min).add(HALF.multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
    }

    private String device() {
        return DEVICES[random.nextInt(DEVICES.length)];
    }

    private Instant tick() {
        clock = clock.plus(Duration.ofMillis(1 + random.nextInt(2_000)));
        return clock;
    }

    private GeneratedEvent stored(TrainingEvent event, String aggregateType, UUID aggregateId, long sequence) {
        emitted++;
        return new GeneratedEvent(new UUID(random.nextLong(), random.nextLong()), event, aggregateType,
                aggregateId.toString(), sequence, tick());
    }

    private final class AthleteState {
        private final UUID id;
        private final LoadUnit unit;
        private final Map<String, LiftPlan> plans = new HashMap<>();
        private final Map<String, BigDecimal> topLoads = new HashMap<>();
        private final List<UUID> recentSessions = new ArrayList<>();
        private long sequence;
        private int sessions;
        private OpenRecommendation openRecommendation;

        AthleteState(UUID id, LoadUnit unit) {
            this.id = id;
            this.unit = unit;
        }

        void emit(Consumer<GeneratedEvent> sink, TrainingEvent event) {
            sink.accept(stored(event, "Athlete", id, sequence++));
        }
    }

    private final class SessionState {
        private final UUID id;
        private final List<LoggedSet> sets = new ArrayList<>();
        private long sequence;

        SessionState(UUID id, AthleteState athlete) {
            this.id = id;
        }

        UUID nextSetId() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        void logSet(Consumer<GeneratedEvent> sink, SetKind kind, SetDetails details, dev.topset.api.session.SetLogged event) {
            sets.add(new LoggedSet(event.setId(), kind, details));
            emit(sink, event);
        }

        void emit(Consumer<GeneratedEvent> sink, TrainingEvent event) {
            sink.accept(stored(event, "TrainingSession", id, sequence++));
        }
    }

    private record LoggedSet(UUID id, SetKind kind, SetDetails details) {
    }

    private record OpenRecommendation(UUID id, String lift, LiftPlanChanges changes) {
    }
}
