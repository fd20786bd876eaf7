package dev.topset.analytics.review;

import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.plan.LiftPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the review window of one athlete × lift: the last N sessions that have a top set of the lift
 * (N ≥ {@value #MIN_SESSIONS}). The window's sessions are chosen first ({@link WindowSessions}), only their
 * sets are loaded into a Tablesaw table ({@link SetTable}), and that table is read in place: per session in one
 * pass ({@link SessionTotals}), across sessions by least squares ({@link LeastSquares}) and by grouping the top
 * sets ({@link ComparableLoads}). Nothing builds intermediate tables: in Tablesaw each new numeric column builds
 * a number formatter, which made copies, group-bys and joins the review's main cost (benchmark 4's profiles).
 *
 * <p>Only top and backoff sets of the plan's lift take part: warm-ups are never work, drop and
 * accessory sets are volume of another kind, and a variation ("paused-squat") is its own lift.
 * Every load is converted to the plan's unit, so a phone logging kg and a gym tablet logging lb land
 * in one trend.
 */
public final class SessionWindow {

    /** Progression is decided from trends, never from one session (DESIGN §1). */
    public static final int MIN_SESSIONS = 3;

    private final UUID athleteId;
    private final PlannedLift plan;
    private int sessions = MIN_SESSIONS;
    private PlanTimeline timeline = PlanTimeline.current();

    private SessionWindow(UUID athleteId, PlannedLift plan) {
        this.athleteId = Objects.requireNonNull(athleteId, "athleteId");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public static SessionWindow of(UUID athleteId, PlannedLift plan) {
        return new SessionWindow(athleteId, plan);
    }

    public SessionWindow lastSessions(int n) {
        if (n < MIN_SESSIONS) {
            throw new IllegalArgumentException("a review window needs at least " + MIN_SESSIONS
                    + " sessions, got " + n);
        }
        this.sessions = n;
        return this;
    }

    /** The plans in force at the window's sessions (default: the plan for every session). */
    public SessionWindow inForce(PlanTimeline plans) {
        this.timeline = Objects.requireNonNull(plans, "plans");
        return this;
    }

    /** Sets of any lift, kind or athlete may be passed; the window picks its own. */
    public LiftWindow build(Collection<AnalyticsSet> sets) {
        List<AnalyticsSet> mine = new ArrayList<>(sets.size());
        for (AnalyticsSet set : sets) {
            if (set.athleteId().equals(athleteId)) {
                mine.add(set);
            }
        }
        WindowSessions window = WindowSessions.of(mine, plan.lift(), sessions);
        SetTable setTable = SetTable.of(window, plan.unit(),
                (session, topReps) -> inForceAt(window, session).backoff().targetReps(topReps), plan.topSet().reps());
        SessionTotals totals = SessionTotals.of(window.sessions().size(), setTable.table());
        List<SessionSummary> summaries = toSummaries(window, totals, setTable);
        WindowTrends trends = trends(window, totals, setTable.table(), summaries);
        return new LiftWindow(athleteId, plan.lift(), plan.unit(), sessions, summaries, trends);
    }

    private List<SessionSummary> toSummaries(WindowSessions window, SessionTotals totals, SetTable setTable) {
        Table sets = setTable.table();
        DoubleColumn load = sets.doubleColumn(SetTable.LOAD);
        IntColumn reps = sets.intColumn(SetTable.REPS);
        DoubleColumn rpe = sets.doubleColumn(SetTable.RPE);
        DoubleColumn e1rm = sets.doubleColumn(SetTable.E1RM);
        List<SessionSummary> result = new ArrayList<>(totals.sessions());
        for (int session = 0; session < totals.sessions(); session++) {
            SessionRef ref = window.sessions().get(session);
            int best = totals.bestRow[session];
            boolean hasTop = best >= 0;
            result.add(new SessionSummary(session, ref.sessionId(), ref.date(),
                    hasTop ? Decimals.of(load.getDouble(best)) : null, hasTop ? reps.getInt(best) : 0,
                    hasTop ? Decimals.of(rpe.getDouble(best)) : null, hasTop ? Decimals.of(e1rm.getDouble(best)) : null,
                    hasTop ? setTable.e1rmMethod(best) : null,
                    count(totals.topSets[session]), count(totals.topToFailure[session]),
                    orZero(Decimals.of(totals.volume[session])),
                    count(totals.backoffSets[session]), inForceAt(window, session).backoff().sets(),
                    count(totals.backoffMissed[session]), count(totals.backoffReps[session]),
                    Decimals.of(totals.backoffLoad(session)), orZero(Decimals.of(totals.backoffVolume[session])),
                    Decimals.of(totals.backoffRpeMean(session)), Decimals.of(totals.ratedMax[session]),
                    totals.ratedCount[session] >= 2 ? Decimals.of(totals.drift(session)) : null,
                    count(totals.technique[session]), count(totals.pain[session]), count(totals.failed[session])));
        }
        return result;
    }

    private LiftPlan inForceAt(WindowSessions window, int session) {
        return timeline.at(window.date(session), plan.plan());
    }

    private WindowTrends trends(WindowSessions window, SessionTotals totals, Table sets,
                                List<SessionSummary> summaries) {
        int n = totals.sessions();
        DoubleColumn setE1rm = sets.doubleColumn(SetTable.E1RM);
        double[] bySession = new double[n];
        double[] byWeek = new double[n];
        double[] e1rm = new double[n];
        double[] backoffRpe = new double[n];
        LocalDate first = window.sessions().stream().map(SessionRef::date).min(LocalDate::compareTo).orElse(null);
        double[] rated = new double[n];
        int ratedSessions = 0;
        double[] drifts = new double[n];
        int drifted = 0;
        for (int session = 0; session < n; session++) {
            int best = totals.bestRow[session];
            bySession[session] = session;
            byWeek[session] = ChronoUnit.DAYS.between(first, window.date(session)) / 7.0;
            e1rm[session] = best < 0 ? Double.NaN : setE1rm.getDouble(best);
            backoffRpe[session] = totals.backoffRpeMean(session);
            if (!Double.isNaN(backoffRpe[session])) {
                rated[ratedSessions++] = backoffRpe[session];
            }
            if (totals.ratedCount[session] >= 2) {
                drifts[drifted++] = totals.drift(session);
            }
        }
        double e1rmSlope = LeastSquares.slope(bySession, e1rm);
        double e1rmMean = meanOfKnown(e1rm, n);
        Double rpeChange = ratedSessions < 2 ? null : rated[ratedSessions - 1] - rated[0];
        return new WindowTrends(
                Decimals.of(e1rmSlope),
                Decimals.of(e1rmMean > 0 ? e1rmSlope / e1rmMean * 100 : Double.NaN),
                Decimals.of(LeastSquares.slope(byWeek, e1rm)),
                Decimals.of(meanOfKnown(totals.ratedBackoffRpes, totals.ratedBackoffRpes.length)),
                Decimals.of(LeastSquares.slope(bySession, backoffRpe)),
                Decimals.of(rpeChange),
                Decimals.of(meanOfKnown(drifts, drifted)),
                ComparableLoads.of(summaries));
    }

    /** Mean of the first {@code n} values that are not NaN (as Tablesaw's column mean: missing values left out). */
    private static double meanOfKnown(double[] values, int n) {
        double[] known = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                known[count++] = values[i];
            }
        }
        return StatUtils.mean(known, 0, count);
    }

    /** A summed count; never missing. */
    private static int count(double value) {
        return Double.isNaN(value) ? 0 : (int) Math.round(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
