package dev.topset.analytics.review;

import static dev.topset.analytics.review.GroupBySetTable.DATE;
import static dev.topset.analytics.review.GroupBySetTable.KIND;
import static dev.topset.analytics.review.GroupBySetTable.LIFT;
import static dev.topset.analytics.review.GroupBySetTable.RPE;
import static dev.topset.analytics.review.GroupBySetTable.SESSION;
import static dev.topset.analytics.review.GroupBySetTable.SESSION_ORDER;
import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.first;
import static tech.tablesaw.aggregate.AggregateFunctions.last;
import static tech.tablesaw.aggregate.AggregateFunctions.min;


import dev.topset.analytics.plan.PlannedLift;
import dev.topset.api.training.SetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Test oracle: {@link SessionWindow} as it was before the one-pass rewrite (Tablesaw {@code where},
 * {@code summarize().by()}, {@code sortOn} and column arithmetic over intermediate tables), kept verbatim with its
 * helpers ({@code GroupBy*}) so {@code SessionWindowOracleTest} can check the rewrite gives the same windows.
 *
 * <p>Original description: builds the review window of one athlete × lift: the last N sessions that have a top set of the lift
 * (N ≥ {@value #MIN_SESSIONS}), loaded into Tablesaw and aggregated there — per session by group-by
 * over the set table, across sessions by least squares and group-by over the session table.
 *
 * <p>Only top and backoff sets of the plan's lift take part: warm-ups are never work, drop and
 * accessory sets are volume of another kind, and a variation ("paused-squat") is its own lift.
 * Every load is converted to the plan's unit, so a phone logging kg and a gym tablet logging lb land
 * in one trend.
 */
final class GroupBySessionWindow {

    /** Progression is decided from trends, never from one session (DESIGN §1). */
    static final int MIN_SESSIONS = 3;

    private final UUID athleteId;
    private final PlannedLift plan;
    private int sessions = MIN_SESSIONS;

    private GroupBySessionWindow(UUID athleteId, PlannedLift plan) {
        this.athleteId = Objects.requireNonNull(athleteId, "athleteId");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public static GroupBySessionWindow of(UUID athleteId, PlannedLift plan) {
        return new GroupBySessionWindow(athleteId, plan);
    }

    public GroupBySessionWindow lastSessions(int n) {
        if (n < MIN_SESSIONS) {
            throw new IllegalArgumentException("a review window needs at least " + MIN_SESSIONS
                    + " sessions, got " + n);
        }
        this.sessions = n;
        return this;
    }

    /** Sets of any lift, kind or athlete may be passed; the window picks its own. */
    public LiftWindow build(Collection<AnalyticsSet> sets) {
        List<AnalyticsSet> mine = sets.stream().filter(set -> set.athleteId().equals(athleteId)).toList();
        GroupBySetTable setTable = GroupBySetTable.of(mine, plan.unit(),
                topReps -> plan.backoff().targetReps(topReps), plan.topSet().reps());
        Table all = setTable.table();
        Table work = all.where(all.stringColumn(LIFT).isEqualTo(plan.lift())
                .and(all.stringColumn(KIND).isIn(SetKind.TOP.name(), SetKind.BACKOFF.name())));

        Table windowSessions = lastSessionsWithTopSet(work);
        Table windowSets = work.where(work.stringColumn(SESSION).isIn(windowSessions.stringColumn(SESSION).asList()));
        Table perSession = perSession(windowSessions, windowSets);
        List<SessionSummary> summaries = toSummaries(perSession, setTable);
        WindowTrends trends = trends(perSession, windowSets);
        return new LiftWindow(athleteId, plan.lift(), plan.unit(), sessions, summaries, trends);
    }

    /** Sessions with at least one top set, oldest first, cut to the last N. */
    private Table lastSessionsWithTopSet(Table work) {
        Table tops = work.where(work.stringColumn(KIND).isEqualTo(SetKind.TOP.name()));
        Table bySession = rename(tops.summarize(SESSION_ORDER, min).by(SESSION, DATE),
                "Min [" + SESSION_ORDER + "]", SESSION_ORDER);
        return bySession.sortOn(DATE, SESSION_ORDER).last(sessions);
    }

    /** Per session of the window, oldest first: see {@link GroupBySessionTotals}. */
    private Table perSession(Table windowSessions, Table sets) {
        return GroupBySessionTotals.of(windowSessions, sets);
    }

    private List<SessionSummary> toSummaries(Table perSession, GroupBySetTable setTable) {
        List<SessionSummary> result = new ArrayList<>();
        for (int row = 0; row < perSession.rowCount(); row++) {
            String session = perSession.stringColumn(SESSION).get(row);
            int topPosition = count(perSession, "top_position", row);
            boolean twoRated = count(perSession, "backoff_rpe_count", row) >= 2;
            result.add(new SessionSummary(row, UUID.fromString(session), perSession.dateColumn(DATE).get(row),
                    decimal(perSession, "top_load", row), count(perSession, "top_reps", row),
                    decimal(perSession, "top_rpe", row), decimal(perSession, "e1rm", row),
                    setTable.e1rmMethod(session, topPosition),
                    count(perSession, "top_sets", row), count(perSession, "top_to_failure", row),
                    orZero(decimal(perSession, "volume_load", row)),
                    count(perSession, "backoff_sets", row), plan.backoff().sets(),
                    count(perSession, "backoff_missed", row), count(perSession, "backoff_reps", row),
                    decimal(perSession, "backoff_load", row), orZero(decimal(perSession, "backoff_volume", row)),
                    decimal(perSession, "backoff_rpe_mean", row), decimal(perSession, "backoff_rpe_max", row),
                    twoRated ? decimal(perSession, "backoff_rpe_drift", row) : null,
                    count(perSession, "technique_flags", row), count(perSession, "pain_flags", row),
                    count(perSession, "failed_reps", row)));
        }
        return result;
    }

    private WindowTrends trends(Table perSession, Table windowSets) {
        DoubleColumn bySession = perSession.intColumn("index").asDoubleColumn();
        DoubleColumn byWeek = weeksSinceFirst(perSession.dateColumn(DATE));
        DoubleColumn e1rm = perSession.doubleColumn("e1rm");
        double e1rmSlope = GroupByLeastSquares.slope(bySession, e1rm);
        double e1rmMean = e1rm.mean();
        DoubleColumn backoffRpe = perSession.doubleColumn("backoff_rpe_mean");
        DoubleColumn rated = backoffRpe.removeMissing();
        Double rpeChange = rated.size() < 2 ? null : rated.getDouble(rated.size() - 1) - rated.getDouble(0);
        Table backoffs = windowSets.where(windowSets.stringColumn(KIND).isEqualTo(SetKind.BACKOFF.name()));
        DoubleColumn drifts = perSession.doubleColumn("backoff_rpe_drift")
                .where(perSession.doubleColumn("backoff_rpe_count").isGreaterThanOrEqualTo(2));
        return new WindowTrends(
                Decimals.of(e1rmSlope),
                Decimals.of(e1rmMean > 0 ? e1rmSlope / e1rmMean * 100 : Double.NaN),
                Decimals.of(GroupByLeastSquares.slope(byWeek, e1rm)),
                Decimals.of(backoffs.doubleColumn(RPE).mean()),
                Decimals.of(GroupByLeastSquares.slope(bySession, backoffRpe)),
                Decimals.of(rpeChange),
                Decimals.of(drifts.mean()),
                comparableLoads(perSession));
    }

    /** Top sets grouped by (load, reps); groups seen in two or more sessions, most recent group last. */
    private List<ComparableLoad> comparableLoads(Table perSession) {
        StringColumn key = StringColumn.create("load_reps");
        for (int row = 0; row < perSession.rowCount(); row++) {
            key.append(decimal(perSession, "top_load", row).toPlainString() + "x" + count(perSession, "top_reps", row));
        }
        Table keyed = perSession.copy().addColumns(key).sortOn("index");
        Table groups = keyed.summarize(List.of("top_rpe", "index"), first, last, count).by("load_reps");
        groups = groups.where(groups.doubleColumn("Count [index]").isGreaterThanOrEqualTo(2)).sortOn("Last [index]");
        List<ComparableLoad> result = new ArrayList<>();
        for (int row = 0; row < groups.rowCount(); row++) {
            int firstIndex = count(groups, "First [index]", row);
            int lastIndex = count(groups, "Last [index]", row);
            BigDecimal firstRpe = decimal(groups, "First [top_rpe]", row);
            BigDecimal lastRpe = decimal(groups, "Last [top_rpe]", row);
            result.add(new ComparableLoad(decimal(perSession, "top_load", firstIndex),
                    count(perSession, "top_reps", firstIndex), count(groups, "Count [index]", row),
                    perSession.dateColumn(DATE).get(firstIndex), perSession.dateColumn(DATE).get(lastIndex),
                    firstRpe, lastRpe, firstRpe == null || lastRpe == null ? null
                    : Decimals.plain(lastRpe.subtract(firstRpe))));
        }
        return result;
    }

    private static DoubleColumn weeksSinceFirst(DateColumn dates) {
        DoubleColumn weeks = DoubleColumn.create("weeks");
        if (dates.isEmpty()) {
            return weeks;
        }
        LocalDate first = dates.min();
        for (LocalDate date : dates) {
            weeks.append(ChronoUnit.DAYS.between(first, date) / 7.0);
        }
        return weeks;
    }

    private static Table rename(Table table, String... fromTo) {
        for (int i = 0; i < fromTo.length; i += 2) {
            table.column(fromTo[i]).setName(fromTo[i + 1]);
        }
        return table;
    }

    /** A summed or first-of count; missing (no backoffs in a left join) reads as 0. */
    private static int count(Table table, String column, int row) {
        double value = table.numberColumn(column).getDouble(row);
        return Double.isNaN(value) ? 0 : (int) Math.round(value);
    }

    private static BigDecimal decimal(Table table, String column, int row) {
        return Decimals.of(table.numberColumn(column).getDouble(row));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
