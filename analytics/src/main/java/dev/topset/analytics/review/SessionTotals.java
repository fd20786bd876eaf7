package dev.topset.analytics.review;

import static dev.topset.analytics.review.SetTable.E1RM;
import static dev.topset.analytics.review.SetTable.FAILED;
import static dev.topset.analytics.review.SetTable.LOAD;
import static dev.topset.analytics.review.SetTable.MARKS;
import static dev.topset.analytics.review.SetTable.MISSED;
import static dev.topset.analytics.review.SetTable.PAIN;
import static dev.topset.analytics.review.SetTable.POSITION;
import static dev.topset.analytics.review.SetTable.REPS;
import static dev.topset.analytics.review.SetTable.RPE;
import static dev.topset.analytics.review.SetTable.SESSION;
import static dev.topset.analytics.review.SetTable.TECHNIQUE;
import static dev.topset.analytics.review.SetTable.TO_FAILURE;
import static dev.topset.analytics.review.SetTable.TOP;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The per-session numbers of a window, aggregated in one pass over the window's set table.
 *
 * <p>Why not {@code summarize(...).by(session)}: Tablesaw's group-by copies every aggregated column of every
 * session into a new column, and every new column builds its own {@code DecimalFormat}; benchmark 4's profile put
 * 56 % of a review's CPU in that group-by (42 % in formatters of columns never printed) and 13 % in joining its
 * results. Here the set table's columns are read in place and the results stay in arrays indexed by session: the
 * summaries and trends read them directly, so no per-session table (two dozen more columns) is built either.
 *
 * <p>Per session (in window order; numbers are doubles, NaN when the session has none): the best top set (highest
 * e1RM, then heavier, then earlier), top-set counts, volumes, backoff counts and means, the first and last rated
 * backoff by position (their difference is the drift) and flag counts. Sums run in the set table's row order.
 */
final class SessionTotals {

    /** Row of the best top set in the set table; −1 when the session has none. */
    final int[] bestRow;
    final double[] topSets;
    final double[] topToFailure;
    final double[] volume;
    final double[] backoffSets;
    final double[] backoffReps;
    final double[] backoffVolume;
    final double[] backoffMissed;
    final double[] backoffLoadSum;
    final double[] ratedCount;
    final double[] ratedSum;
    final double[] ratedMax;
    final double[] firstRated;
    final double[] lastRated;
    final double[] technique;
    final double[] pain;
    final double[] failed;
    /** Effective RPE of every rated backoff set of the window, in row order (the set-weighted mean's input). */
    final double[] ratedBackoffRpes;

    private SessionTotals(int sessions, int ratedBackoffs) {
        bestRow = new int[sessions];
        Arrays.fill(bestRow, -1);
        topSets = new double[sessions];
        topToFailure = new double[sessions];
        volume = new double[sessions];
        backoffSets = new double[sessions];
        backoffReps = new double[sessions];
        backoffVolume = new double[sessions];
        backoffMissed = new double[sessions];
        backoffLoadSum = new double[sessions];
        ratedCount = new double[sessions];
        ratedSum = new double[sessions];
        ratedMax = nans(sessions);
        firstRated = nans(sessions);
        lastRated = nans(sessions);
        technique = new double[sessions];
        pain = new double[sessions];
        failed = new double[sessions];
        ratedBackoffRpes = new double[ratedBackoffs];
    }

    static SessionTotals of(int sessions, Table sets) {
        IntColumn session = sets.intColumn(SESSION);
        DoubleColumn load = sets.doubleColumn(LOAD);
        IntColumn reps = sets.intColumn(REPS);
        DoubleColumn rpe = sets.doubleColumn(RPE);
        DoubleColumn e1rm = sets.doubleColumn(E1RM);
        IntColumn position = sets.intColumn(POSITION);
        IntColumn marks = sets.intColumn(MARKS);
        int rows = sets.rowCount();
        int ratedBackoffs = 0;
        for (int row = 0; row < rows; row++) {
            if ((marks.getInt(row) & TOP) == 0 && !Double.isNaN(rpe.getDouble(row))) {
                ratedBackoffs++;
            }
        }
        SessionTotals t = new SessionTotals(sessions, ratedBackoffs);
        int[] firstRatedPosition = new int[sessions];
        int[] lastRatedPosition = new int[sessions];
        Arrays.fill(firstRatedPosition, Integer.MAX_VALUE);
        Arrays.fill(lastRatedPosition, Integer.MIN_VALUE);
        int rated = 0;
        for (int row = 0; row < rows; row++) {
            int s = session.getInt(row);
            int mark = marks.getInt(row);
            double setLoad = load.getDouble(row);
            int setReps = reps.getInt(row);
            double setVolume = setLoad * setReps;
            t.volume[s] += setVolume;
            t.technique[s] += flag(mark, TECHNIQUE);
            t.pain[s] += flag(mark, PAIN);
            t.failed[s] += flag(mark, FAILED);
            if ((mark & TOP) != 0) {
                t.topSets[s]++;
                t.topToFailure[s] += flag(mark, TO_FAILURE);
                if (t.bestRow[s] < 0 || better(row, t.bestRow[s], e1rm, load, position)) {
                    t.bestRow[s] = row;
                }
            } else {
                t.backoffSets[s]++;
                t.backoffReps[s] += setReps;
                t.backoffVolume[s] += setVolume;
                t.backoffMissed[s] += flag(mark, MISSED);
                t.backoffLoadSum[s] += setLoad;
                double effort = rpe.getDouble(row);
                if (!Double.isNaN(effort)) {
                    t.ratedBackoffRpes[rated++] = effort;
                    t.ratedCount[s]++;
                    t.ratedSum[s] += effort;
                    t.ratedMax[s] = Double.isNaN(t.ratedMax[s]) ? effort : Math.max(t.ratedMax[s], effort);
                    int at = position.getInt(row);
                    if (at < firstRatedPosition[s]) {
                        firstRatedPosition[s] = at;
                        t.firstRated[s] = effort;
                    }
                    if (at > lastRatedPosition[s]) {
                        lastRatedPosition[s] = at;
                        t.lastRated[s] = effort;
                    }
                }
            }
        }
        return t;
    }

    int sessions() {
        return bestRow.length;
    }

    /** Mean backoff load of the session; NaN without backoffs. */
    double backoffLoad(int session) {
        return backoffSets[session] == 0 ? Double.NaN : backoffLoadSum[session] / backoffSets[session];
    }

    /** Mean effective RPE of the session's rated backoffs; NaN without any. */
    double backoffRpeMean(int session) {
        return ratedCount[session] == 0 ? Double.NaN : ratedSum[session] / ratedCount[session];
    }

    /** Last − first rated backoff by position; NaN without rated backoffs. */
    double drift(int session) {
        return lastRated[session] - firstRated[session];
    }

    /** Higher e1RM (unknown ranks as −1), then heavier, then the earlier set. */
    private static boolean better(int row, int best, DoubleColumn e1rm, DoubleColumn load, IntColumn position) {
        int byRank = Double.compare(rank(e1rm.getDouble(row)), rank(e1rm.getDouble(best)));
        if (byRank != 0) {
            return byRank > 0;
        }
        int byLoad = Double.compare(load.getDouble(row), load.getDouble(best));
        if (byLoad != 0) {
            return byLoad > 0;
        }
        return position.getInt(row) < position.getInt(best);
    }

    /** An unknown e1RM never ranks first. */
    private static double rank(double e1rm) {
        return Double.isNaN(e1rm) ? -1 : e1rm;
    }

    private static int flag(int marks, int bit) {
        return (marks & bit) == 0 ? 0 : 1;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
