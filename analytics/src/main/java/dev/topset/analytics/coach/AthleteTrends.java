package dev.topset.analytics.coach;

import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.history.SetStream;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TrendRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The athlete trend export: one {@link TrendRow} per session × lift over the athlete's full history (or a date
 * range), every lift with a top set. Rows are produced from a database cursor; only the sets of the current
 * batch of {@value #BATCH_GROUPS} session × lift groups are held (a window is summarised per lift and batch: the
 * export benchmark showed a Tablesaw window per row costing about as much as one over 64 sessions). Each row is summarised exactly as a review summarises a session of its
 * window ({@link SessionWindow}), against the plan the review uses, loads in that plan's unit.
 */
@Service
public class AthleteTrends {

    static final int BATCH_GROUPS = 64;

    private final SetHistory history;
    private final SetStream stream;
    private final PlanResolver plans;
    private final ReviewProperties properties;

    public AthleteTrends(SetHistory history, SetStream stream, PlanResolver plans, ReviewProperties properties) {
        this.history = history;
        this.stream = stream;
        this.plans = plans;
        this.properties = properties;
    }

    /** Throws {@link UnknownAthleteException} (404) before anything is written. */
    public void requireKnown(UUID athleteId) {
        if (!history.knows(athleteId)) {
            throw new UnknownAthleteException(athleteId);
        }
    }

    /** Rows in session order (date, start time, id), then lift. */
    public void rows(UUID athleteId, LocalDate from, LocalDate to, Consumer<TrendRow> sink) {
        Map<String, PlannedLift> planByLift = plans(athleteId);
        stream.read(athleteId, from, to, sets -> {
            List<AnalyticsSet> batch = new ArrayList<>();
            int groups = 0;
            AnalyticsSet previous = null;
            Iterator<AnalyticsSet> iterator = sets.iterator();
            while (iterator.hasNext()) {
                AnalyticsSet set = iterator.next();
                boolean newGroup = previous == null || !(previous.sessionId().equals(set.sessionId())
                        && previous.lift().equals(set.lift()));
                if (newGroup && groups == BATCH_GROUPS) {
                    emit(athleteId, batch, planByLift, sink);
                    batch = new ArrayList<>();
                    groups = 0;
                }
                if (newGroup) {
                    groups++;
                }
                batch.add(set);
                previous = set;
            }
            emit(athleteId, batch, planByLift, sink);
        });
    }

    /** The rows grouped per lift (alphabetical), for the HTML report and its charts. */
    public List<LiftHistory> histories(UUID athleteId, LocalDate from, LocalDate to) {
        Map<String, PlannedLift> planByLift = plans(athleteId);
        Map<String, List<SessionSummary>> sessions = new TreeMap<>();
        rows(athleteId, from, to, row -> sessions.computeIfAbsent(row.lift(), lift -> new ArrayList<>()).add(row.session()));
        return sessions.entrySet().stream().map(entry -> {
            PlannedLift plan = planByLift.get(entry.getKey());
            return new LiftHistory(athleteId, entry.getKey(), plan.unit(), plan.topSet().rpeMin(),
                    plan.topSet().rpeMax(), entry.getValue());
        }).toList();
    }

    /** Per lift with a top set, the plan its review uses (stored, else the default fitted to the recent window). */
    private Map<String, PlannedLift> plans(UUID athleteId) {
        Map<String, PlannedLift> result = new LinkedHashMap<>();
        for (String lift : history.liftsOf(athleteId)) {
            result.put(lift, plans.planFor(athleteId, lift,
                    history.sessionsOf(athleteId, lift, properties.inferenceSessions())));
        }
        return result;
    }

    /**
     * Summarises a batch of consecutive session × lift groups with one window per lift, then hands the rows on in
     * the stream's order. A session's summary does not depend on the other sessions of its window, so this is the
     * row a window of that session alone gives (only {@link SessionSummary#index()} differs, which has no meaning
     * here).
     */
    private static void emit(UUID athleteId, List<AnalyticsSet> batch, Map<String, PlannedLift> planByLift,
                             Consumer<TrendRow> sink) {
        Map<String, List<AnalyticsSet>> byLift = new LinkedHashMap<>();
        Set<SessionLift> order = new LinkedHashSet<>();
        for (AnalyticsSet set : batch) {
            byLift.computeIfAbsent(set.lift(), lift -> new ArrayList<>()).add(set);
            order.add(new SessionLift(set.sessionId(), set.lift()));
        }
        Map<SessionLift, SessionSummary> summaries = new HashMap<>();
        byLift.forEach((lift, sets) -> {
            PlannedLift plan = planByLift.get(lift);
            if (plan == null) {
                return; // backoffs of a lift that never had a (non-voided) top set: nothing to summarise
            }
            // A session × lift without a top set is not a trend point: the window leaves it out.
            SessionWindow.of(athleteId, plan).lastSessions(Integer.MAX_VALUE).build(sets).sessions()
                    .forEach(summary -> summaries.put(new SessionLift(summary.sessionId(), lift), summary));
        });
        for (SessionLift key : order) {
            SessionSummary summary = summaries.get(key);
            if (summary != null) {
                sink.accept(new TrendRow(athleteId, key.lift(), planByLift.get(key.lift()).unit(), summary));
            }
        }
    }

    private record SessionLift(UUID sessionId, String lift) {
    }
}
