package dev.topset.analytics.coach;

import dev.topset.analytics.history.SetHistory;
import dev.topset.analytics.history.SetStream;
import dev.topset.analytics.plan.LiftPlan;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TrendRow;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * range), every lift with a top set. Rows are produced one at a time from a database cursor; only the sets of
 * the current session × lift are held. Each row is summarised exactly as a review summarises a session of its
 * window ({@link SessionWindow}), against the plan the review uses, loads in that plan's unit.
 */
@Service
public class AthleteTrends {

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
        Map<String, LiftPlan> planByLift = plans(athleteId);
        stream.read(athleteId, from, to, sets -> {
            List<AnalyticsSet> group = new ArrayList<>();
            Iterator<AnalyticsSet> iterator = sets.iterator();
            while (iterator.hasNext()) {
                AnalyticsSet set = iterator.next();
                if (!group.isEmpty() && !(group.get(0).sessionId().equals(set.sessionId())
                        && group.get(0).lift().equals(set.lift()))) {
                    emit(athleteId, group, planByLift, sink);
                    group = new ArrayList<>();
                }
                group.add(set);
            }
            emit(athleteId, group, planByLift, sink);
        });
    }

    /** The rows grouped per lift (alphabetical), for the HTML report and its charts. */
    public List<LiftHistory> histories(UUID athleteId, LocalDate from, LocalDate to) {
        Map<String, LiftPlan> planByLift = plans(athleteId);
        Map<String, List<SessionSummary>> sessions = new TreeMap<>();
        rows(athleteId, from, to, row -> sessions.computeIfAbsent(row.lift(), lift -> new ArrayList<>()).add(row.session()));
        return sessions.entrySet().stream().map(entry -> {
            LiftPlan plan = planByLift.get(entry.getKey());
            return new LiftHistory(athleteId, entry.getKey(), plan.unit(), plan.topSet().rpeMin(),
                    plan.topSet().rpeMax(), entry.getValue());
        }).toList();
    }

    /** Per lift with a top set, the plan its review uses (stored, else the default fitted to the recent window). */
    private Map<String, LiftPlan> plans(UUID athleteId) {
        Map<String, LiftPlan> result = new LinkedHashMap<>();
        for (String lift : history.liftsOf(athleteId)) {
            result.put(lift, plans.planFor(athleteId, lift,
                    history.sessionsOf(athleteId, lift, properties.windowSessions())));
        }
        return result;
    }

    private static void emit(UUID athleteId, List<AnalyticsSet> group, Map<String, LiftPlan> planByLift,
                             Consumer<TrendRow> sink) {
        if (group.isEmpty()) {
            return;
        }
        LiftPlan plan = planByLift.get(group.get(0).lift());
        if (plan == null) {
            return; // backoffs of a lift that never had a (non-voided) top set: nothing to summarise
        }
        List<SessionSummary> summaries = SessionWindow.of(athleteId, plan).build(group).sessions();
        if (!summaries.isEmpty()) { // a session × lift without a top set is not a trend point
            sink.accept(new TrendRow(athleteId, plan.lift(), plan.unit(), summaries.get(0)));
        }
    }
}
