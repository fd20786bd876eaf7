package dev.topset.analytics.review;

import static dev.topset.analytics.review.GroupBySetTable.DATE;
import static dev.topset.analytics.review.GroupBySetTable.E1RM;
import static dev.topset.analytics.review.GroupBySetTable.E1RM_RANK;
import static dev.topset.analytics.review.GroupBySetTable.FAILED;
import static dev.topset.analytics.review.GroupBySetTable.KIND;
import static dev.topset.analytics.review.GroupBySetTable.LOAD;
import static dev.topset.analytics.review.GroupBySetTable.MISSED;
import static dev.topset.analytics.review.GroupBySetTable.PAIN;
import static dev.topset.analytics.review.GroupBySetTable.POSITION;
import static dev.topset.analytics.review.GroupBySetTable.REPS;
import static dev.topset.analytics.review.GroupBySetTable.RPE;
import static dev.topset.analytics.review.GroupBySetTable.SESSION;
import static dev.topset.analytics.review.GroupBySetTable.SESSION_ORDER;
import static dev.topset.analytics.review.GroupBySetTable.TECHNIQUE;
import static dev.topset.analytics.review.GroupBySetTable.TO_FAILURE;
import static dev.topset.analytics.review.GroupBySetTable.VOLUME;

import dev.topset.api.training.SetKind;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The per-session table of a window, aggregated in one pass over the window's set table.
 *
 * <p>Why not {@code summarize(...).by(session)}: Tablesaw's group-by copies every aggregated column of every
 * session into a new column, and every new column builds its own {@code DecimalFormat}; benchmark 4's profile put
 * 56 % of a review's CPU in that group-by (42 % in formatters of columns never printed) and 13 % in joining its
 * results. Here the set table's columns are read in place and each per-session column is created once per window.
 *
 * <p>Per session (sessions of {@code windowSessions}, in its order; numbers are doubles, NaN when the session has
 * none): the best top set (highest e1RM, then heavier, then earlier), top-set counts, volumes, backoff counts and
 * means, the first and last rated backoff by position (their difference is the drift) and flag counts.
 */
final class GroupBySessionTotals {

    private static final String TOP = SetKind.TOP.name();
    private static final String BACKOFF = SetKind.BACKOFF.name();

    private GroupBySessionTotals() {
    }

    /** One session's running numbers. */
    private static final class Totals {
        int bestRow = -1;
        double topSets;
        double topToFailure;
        double volume;
        double backoffSets;
        double backoffReps;
        double backoffVolume;
        double backoffMissed;
        double backoffLoadSum;
        double ratedCount;
        double ratedSum;
        double ratedMax = Double.NaN;
        int firstRatedPosition = Integer.MAX_VALUE;
        double firstRated = Double.NaN;
        int lastRatedPosition = Integer.MIN_VALUE;
        double lastRated = Double.NaN;
        double technique;
        double pain;
        double failed;
    }

    static Table of(Table windowSessions, Table sets) {
        int sessions = windowSessions.rowCount();
        StringColumn sessionIds = windowSessions.stringColumn(SESSION);
        Map<String, Totals> bySession = new HashMap<>();
        Totals[] totals = new Totals[sessions];
        for (int i = 0; i < sessions; i++) {
            totals[i] = new Totals();
            bySession.put(sessionIds.get(i), totals[i]);
        }
        StringColumn session = sets.stringColumn(SESSION);
        StringColumn kind = sets.stringColumn(KIND);
        DoubleColumn load = sets.doubleColumn(LOAD);
        IntColumn reps = sets.intColumn(REPS);
        DoubleColumn rpe = sets.doubleColumn(RPE);
        DoubleColumn rank = sets.doubleColumn(E1RM_RANK);
        DoubleColumn volume = sets.doubleColumn(VOLUME);
        IntColumn position = sets.intColumn(POSITION);
        IntColumn toFailure = sets.intColumn(TO_FAILURE);
        IntColumn missed = sets.intColumn(MISSED);
        IntColumn technique = sets.intColumn(TECHNIQUE);
        IntColumn pain = sets.intColumn(PAIN);
        IntColumn failed = sets.intColumn(FAILED);
        for (int row = 0; row < sets.rowCount(); row++) {
            Totals t = bySession.get(session.get(row));
            if (t == null) {
                continue;
            }
            t.volume += volume.getDouble(row);
            t.technique += technique.getInt(row);
            t.pain += pain.getInt(row);
            t.failed += failed.getInt(row);
            if (TOP.equals(kind.get(row))) {
                t.topSets++;
                t.topToFailure += toFailure.getInt(row);
                if (t.bestRow < 0 || better(row, t.bestRow, rank, load, position)) {
                    t.bestRow = row;
                }
            } else if (BACKOFF.equals(kind.get(row))) {
                t.backoffSets++;
                t.backoffReps += reps.getInt(row);
                t.backoffVolume += volume.getDouble(row);
                t.backoffMissed += missed.getInt(row);
                t.backoffLoadSum += load.getDouble(row);
                double effort = rpe.getDouble(row);
                if (!Double.isNaN(effort)) {
                    t.ratedCount++;
                    t.ratedSum += effort;
                    t.ratedMax = Double.isNaN(t.ratedMax) ? effort : Math.max(t.ratedMax, effort);
                    int at = position.getInt(row);
                    if (at < t.firstRatedPosition) {
                        t.firstRatedPosition = at;
                        t.firstRated = effort;
                    }
                    if (at > t.lastRatedPosition) {
                        t.lastRatedPosition = at;
                        t.lastRated = effort;
                    }
                }
            }
        }
        return table(windowSessions, totals, sets);
    }

    /** Higher e1RM rank, then heavier, then the earlier set. */
    private static boolean better(int row, int best, DoubleColumn rank, DoubleColumn load, IntColumn position) {
        int byRank = Double.compare(rank.getDouble(row), rank.getDouble(best));
        if (byRank != 0) {
            return byRank > 0;
        }
        int byLoad = Double.compare(load.getDouble(row), load.getDouble(best));
        if (byLoad != 0) {
            return byLoad > 0;
        }
        return position.getInt(row) < position.getInt(best);
    }

    private static Table table(Table windowSessions, Totals[] totals, Table sets) {
        DoubleColumn load = sets.doubleColumn(LOAD);
        IntColumn reps = sets.intColumn(REPS);
        DoubleColumn rpe = sets.doubleColumn(RPE);
        DoubleColumn e1rm = sets.doubleColumn(E1RM);
        IntColumn position = sets.intColumn(POSITION);
        int n = totals.length;
        double[] topLoad = new double[n];
        double[] topReps = new double[n];
        double[] topRpe = new double[n];
        double[] topE1rm = new double[n];
        double[] topPosition = new double[n];
        double[] topSets = new double[n];
        double[] topToFailure = new double[n];
        double[] volumeLoad = new double[n];
        double[] backoffSets = new double[n];
        double[] backoffReps = new double[n];
        double[] backoffVolume = new double[n];
        double[] backoffMissed = new double[n];
        double[] backoffLoad = new double[n];
        double[] rpeMean = new double[n];
        double[] rpeMax = new double[n];
        double[] rpeCount = new double[n];
        double[] drift = new double[n];
        double[] techniqueFlags = new double[n];
        double[] painFlags = new double[n];
        double[] failedReps = new double[n];
        for (int i = 0; i < n; i++) {
            Totals t = totals[i];
            int best = t.bestRow;
            topLoad[i] = best < 0 ? Double.NaN : load.getDouble(best);
            topReps[i] = best < 0 ? Double.NaN : reps.getInt(best);
            topRpe[i] = best < 0 ? Double.NaN : rpe.getDouble(best);
            topE1rm[i] = best < 0 ? Double.NaN : e1rm.getDouble(best);
            topPosition[i] = best < 0 ? Double.NaN : position.getInt(best);
            topSets[i] = t.topSets;
            topToFailure[i] = t.topToFailure;
            volumeLoad[i] = t.volume;
            backoffSets[i] = t.backoffSets;
            backoffReps[i] = t.backoffReps;
            backoffVolume[i] = t.backoffVolume;
            backoffMissed[i] = t.backoffMissed;
            backoffLoad[i] = t.backoffSets == 0 ? Double.NaN : t.backoffLoadSum / t.backoffSets;
            rpeMean[i] = t.ratedCount == 0 ? Double.NaN : t.ratedSum / t.ratedCount;
            rpeMax[i] = t.ratedMax;
            rpeCount[i] = t.ratedCount == 0 ? Double.NaN : t.ratedCount;
            drift[i] = t.lastRated - t.firstRated;
            techniqueFlags[i] = t.technique;
            painFlags[i] = t.pain;
            failedReps[i] = t.failed;
        }
        return Table.create("sessions",
                windowSessions.stringColumn(SESSION).copy(), windowSessions.dateColumn(DATE).copy(),
                windowSessions.column(SESSION_ORDER).copy(),
                DoubleColumn.create("top_load", topLoad), DoubleColumn.create("top_reps", topReps),
                DoubleColumn.create("top_rpe", topRpe), DoubleColumn.create("e1rm", topE1rm),
                DoubleColumn.create("top_position", topPosition), DoubleColumn.create("top_sets", topSets),
                DoubleColumn.create("top_to_failure", topToFailure), DoubleColumn.create("volume_load", volumeLoad),
                DoubleColumn.create("backoff_sets", backoffSets), DoubleColumn.create("backoff_reps", backoffReps),
                DoubleColumn.create("backoff_volume", backoffVolume),
                DoubleColumn.create("backoff_missed", backoffMissed), DoubleColumn.create("backoff_load", backoffLoad),
                DoubleColumn.create("backoff_rpe_mean", rpeMean), DoubleColumn.create("backoff_rpe_max", rpeMax),
                DoubleColumn.create("backoff_rpe_count", rpeCount), DoubleColumn.create("backoff_rpe_drift", drift),
                DoubleColumn.create("technique_flags", techniqueFlags), DoubleColumn.create("pain_flags", painFlags),
                DoubleColumn.create("failed_reps", failedReps), IntColumn.indexColumn("index", n, 0));
    }
}
