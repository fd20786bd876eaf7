package dev.topset.analytics.support;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A hand-written training history for tests, read top to bottom like a log book:
 * <pre>
 * TrainingLog.of("squat")
 *     .session("2025-01-06").top("100", 5, "8").backoffs("87.5", 5, "7", "7.5", "8")
 * </pre>
 * Loads are kg unless suffixed with "lb"; an RPE of null means "not logged". Session ids derive from the
 * date and count, so a test can name them with {@link #sessionId(int)}.
 */
public final class TrainingLog {

    public static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private final UUID athleteId;
    private final String lift;
    private final List<AnalyticsSet> sets = new ArrayList<>();
    private final List<UUID> sessions = new ArrayList<>();
    private String currentLift;
    private UUID session;
    private LocalDate date;
    private int position;

    private TrainingLog(UUID athleteId, String lift) {
        this.athleteId = athleteId;
        this.lift = lift;
        this.currentLift = lift;
    }

    public static TrainingLog of(String lift) {
        return new TrainingLog(ATHLETE, lift);
    }

    public static TrainingLog of(UUID athleteId, String lift) {
        return new TrainingLog(athleteId, lift);
    }

    public TrainingLog session(String isoDate) {
        date = LocalDate.parse(isoDate);
        session = UUID.nameUUIDFromBytes((athleteId + "/" + isoDate + "/" + sessions.size())
                .getBytes(StandardCharsets.UTF_8));
        sessions.add(session);
        position = 0;
        currentLift = lift;
        return this;
    }

    /** The following sets in this session are of another lift (a variation, or a different exercise). */
    public TrainingLog lift(String otherLift) {
        currentLift = otherLift;
        return this;
    }

    public TrainingLog warmup(String load, int reps) {
        return add(SetKind.WARMUP, load, reps, null, null);
    }

    public TrainingLog top(String load, int reps, String rpe, SetFlag... flags) {
        return add(SetKind.TOP, load, reps, rpe, null, flags);
    }

    /** A set of any kind (an import's accessory or drop set), RPE null when not logged. */
    public TrainingLog set(SetKind kind, String load, int reps, String rpe) {
        return add(kind, load, reps, rpe, null);
    }

    public TrainingLog topAtRir(String load, int reps, int rir) {
        return add(SetKind.TOP, load, reps, null, rir);
    }

    public TrainingLog backoff(String load, int reps, String rpe, SetFlag... flags) {
        return add(SetKind.BACKOFF, load, reps, rpe, null, flags);
    }

    /** One backoff set per RPE given, all at {@code load} × {@code reps}. */
    public TrainingLog backoffs(String load, int reps, String... rpes) {
        for (String rpe : rpes) {
            backoff(load, reps, rpe);
        }
        return this;
    }

    public List<AnalyticsSet> sets() {
        return List.copyOf(sets);
    }

    /** The id of the n-th session written (0-based). */
    public UUID sessionId(int n) {
        return sessions.get(n);
    }

    public UUID athleteId() {
        return athleteId;
    }

    private TrainingLog add(SetKind kind, String load, int reps, String rpe, Integer rir, SetFlag... flags) {
        if (session == null) {
            throw new IllegalStateException("start a session first");
        }
        position++;
        sets.add(new AnalyticsSet(athleteId, session, date, currentLift, kind, load(load), reps,
                rpe == null ? null : new BigDecimal(rpe), rir, Set.of(flags), position));
        return this;
    }

    private static Load load(String text) {
        String trimmed = text.trim().toLowerCase();
        return trimmed.endsWith("lb")
                ? new Load(new BigDecimal(trimmed.substring(0, trimmed.length() - 2).trim()), LoadUnit.LB)
                : new Load(new BigDecimal(trimmed), LoadUnit.KG);
    }
}
