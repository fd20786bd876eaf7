package dev.topset.benchmarks.analytics;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.WindowTrends;
import dev.topset.benchmarks.HeapWatch;
import dev.topset.benchmarks.ProcessCpu;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Benchmark 4: the review of every athlete × lift of a generated year with analytics' Tablesaw code against the
 * same aggregation in DuckDB over the same rows. Both run on one thread (DuckDB's {@code threads} is set), so the
 * ratio compares the code, not the thread count. Both are warmed up unmeasured first (Tablesaw: the review of the
 * first series, for the JIT; DuckDB: the whole aggregation once), and neither side's measured time includes
 * generating the rows or appending them to DuckDB. The results of sampled series are compared number by number; a
 * difference beyond the 2-decimal rounding both sides apply stops the benchmark.
 */
public final class AnalyticsBenchmark {

    /** Both sides round to 2 decimals, from slightly different doubles: one step of 0.01 is the same number. */
    private static final double TOLERANCE = 0.0101;

    private final TrainingYear year;
    private final int windowSessions;
    private final int sampleEvery;
    private final int duckDbThreads;
    private final int warmupSeries;

    public AnalyticsBenchmark(TrainingYear year, int windowSessions, int sampleEvery, int duckDbThreads,
                              int warmupSeries) {
        this.year = year;
        this.warmupSeries = warmupSeries;
        this.windowSessions = windowSessions;
        this.sampleEvery = sampleEvery;
        this.duckDbThreads = duckDbThreads;
    }

    public List<String> run() throws SQLException {
        List<String> lines = new ArrayList<>();
        System.out.printf("analytics: %,d athletes x %d weeks x %d lifts = %,d series%n", year.athletes(),
                year.weeks(), TrainingYear.LIFTS.size(), year.seriesCount());

        TablesawReview review = new TablesawReview(windowSessions, 6);
        long warmupStart = System.nanoTime();
        review.warmUp(year, warmupSeries);
        double tablesawWarmup = (System.nanoTime() - warmupStart) / 1e9;
        TablesawReview.Result tablesaw;
        HeapWatch.Peak tablesawHeap;
        try (HeapWatch heap = HeapWatch.start()) {
            tablesaw = review.run(year, sampleEvery);
            tablesawHeap = heap.peak();
        }
        double tablesawSeconds = tablesaw.nanos() / 1e9;

        try (DuckDbReview duckDb = new DuckDbReview(duckDbThreads)) {
            long loadStart = System.nanoTime();
            duckDb.load(year);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            long sets = duckDb.count("sets");
            long duckDbWarmupStart = System.nanoTime();
            duckDb.aggregate(windowSessions);
            double duckDbWarmup = (System.nanoTime() - duckDbWarmupStart) / 1e9;
            HeapWatch.Peak duckDbHeap;
            long start;
            long cpuStart;
            long threadCpuStart;
            try (HeapWatch heap = HeapWatch.start()) {
                start = System.nanoTime();
                cpuStart = ProcessCpu.nanos();
                threadCpuStart = ProcessCpu.threadNanos();
                duckDb.aggregate(windowSessions);
                duckDbHeap = heap.peak();
            }
            double duckDbSeconds = (System.nanoTime() - start) / 1e9;
            double duckDbCpu = (ProcessCpu.nanos() - cpuStart) / 1e9;
            double duckDbThreadCpu = (ProcessCpu.threadNanos() - threadCpuStart) / 1e9;
            long duckDbSessions = duckDb.count("session_metrics");
            if (duckDbSessions != tablesaw.sessions()) {
                throw new IllegalStateException("DuckDB summarised " + duckDbSessions + " sessions, Tablesaw "
                        + tablesaw.sessions());
            }
            int compared = compare(tablesaw.samples(), duckDb);

            lines.add(String.format("analytics data: %,d series, %,d sessions, %,d sets (seeded, generated; "
                    + "DuckDB load by appender %.1f s, not measured); unmeasured warm-up: Tablesaw review of %,d series "
                    + "%.1f s, DuckDB aggregation once %.1f s", year.seriesCount(), tablesaw.sessions(), sets,
                    loadSeconds, Math.min(warmupSeries, year.seriesCount()), tablesawWarmup, duckDbWarmup));
            double tablesawCpu = tablesaw.cpuNanos() / 1e9;
            double tablesawThreadCpu = tablesaw.threadCpuNanos() / 1e9;
            lines.add(String.format("baseline: DuckDB SQL (%d thread%s)   wall %8.2f s   thread CPU %8.2f s   process CPU "
                            + "%8.2f s   %,10.0f series/s   %s", duckDbThreads, duckDbThreads == 1 ? "" : "s", duckDbSeconds,
                    duckDbThreadCpu, duckDbCpu, year.seriesCount() / duckDbSeconds, duckDbHeap.line()));
            lines.add(String.format("analytics: Tablesaw review + rules  wall %8.2f s   thread CPU %8.2f s   process CPU "
                            + "%8.2f s   %,10.0f series/s   %s", tablesawSeconds, tablesawThreadCpu, tablesawCpu,
                    year.seriesCount() / tablesawSeconds, tablesawHeap.line()));
            lines.add(String.format("analytics / DuckDB = %.1fx wall, %.1fx thread CPU, %.1fx process CPU (goal <= 3x), "
                    + "peak heap %,d MiB (goal < 2048 MiB); %d sampled series identical; advice: %s",
                    tablesawSeconds / duckDbSeconds, tablesawThreadCpu / duckDbThreadCpu, tablesawCpu / duckDbCpu,
                    tablesawHeap.poolPeaks() >> 20, compared, tablesaw.recommendations()));
        }
        return lines;
    }

    /** Every sampled series: each session's metrics, the year's and the window's trends. */
    private int compare(Map<Integer, TablesawReview.Sampled> samples, DuckDbReview duckDb) throws SQLException {
        for (TablesawReview.Sampled sample : samples.values()) {
            Series series = sample.series();
            String where = "athlete " + series.athleteNo() + " " + series.lift();
            List<DuckDbReview.SessionRow> rows = duckDb.sessions(series.athleteNo(), series.liftNo());
            List<SessionSummary> sessions = sample.year().sessions();
            same(where + " sessions", rows.size(), sessions.size());
            for (int i = 0; i < rows.size(); i++) {
                SessionSummary session = sessions.get(i);
                try {
                    compare(where + " session " + session.date(), session, rows.get(i));
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(e.getMessage() + "; the session's sets: " + series.sets().stream()
                            .filter(set -> set.sessionId().equals(session.sessionId())).toList(), e);
                }
            }
            compare(where + " year", sample.year().trends(),
                    duckDb.features("year_features", series.athleteNo(), series.liftNo()));
            compare(where + " window", sample.review().window().trends(),
                    duckDb.features("window_features", series.athleteNo(), series.liftNo()));
        }
        return samples.size();
    }

    private static void compare(String where, SessionSummary java, DuckDbReview.SessionRow sql) {
        same(where + " date", (int) java.date().toEpochDay(), sql.day());
        close(where + " top_load", java.topLoad(), sql.topLoad());
        same(where + " top_reps", java.topReps(), sql.topReps());
        close(where + " top_rpe", java.topRpe(), sql.topRpe());
        close(where + " e1rm", java.e1rm(), sql.e1rm());
        same(where + " top_sets", java.topSets(), sql.topSets());
        same(where + " top_to_failure", java.topSetsToFailure(), sql.topToFailure());
        close(where + " volume_load", java.volumeLoad(), sql.volumeLoad());
        same(where + " backoff_sets", java.backoffSetsDone(), sql.backoffSets());
        same(where + " backoff_reps", java.backoffReps(), sql.backoffReps());
        same(where + " backoff_missed", java.backoffSetsMissed(), sql.backoffMissed());
        close(where + " backoff_load", java.backoffLoad(), sql.backoffLoad());
        close(where + " backoff_volume", java.backoffVolumeLoad(), sql.backoffVolume());
        close(where + " backoff_rpe_mean", java.backoffRpeMean(), sql.backoffRpeMean());
        close(where + " backoff_rpe_max", java.backoffRpeMax(), sql.backoffRpeMax());
        close(where + " backoff_rpe_drift", java.backoffRpeDrift(), sql.backoffRpeDrift());
        same(where + " technique", java.techniqueFlags(), sql.technique());
        same(where + " pain", java.painFlags(), sql.pain());
        same(where + " failed", java.failedReps(), sql.failed());
    }

    private static void compare(String where, WindowTrends java, DuckDbReview.Features sql) {
        close(where + " e1rm slope/session", java.e1rmSlopePerSession(), sql.e1rmSlope());
        Double percent = sql.e1rmSlope() == null || sql.e1rmMean() == null || sql.e1rmMean() <= 0 ? null
                : sql.e1rmSlope() / sql.e1rmMean() * 100;
        close(where + " e1rm slope %/session", java.e1rmSlopePercentPerSession(), percent);
        close(where + " e1rm slope/week", java.e1rmSlopePerWeek(), sql.e1rmSlopePerWeek());
        close(where + " backoff RPE mean", java.backoffRpeMean(), sql.backoffRpeMean());
        close(where + " backoff RPE slope", java.backoffRpeSlopePerSession(), sql.backoffRpeSlope());
        close(where + " backoff RPE change", java.backoffRpeChange(), sql.backoffRpeChange());
        close(where + " drift mean", java.backoffRpeDriftMean(), sql.driftMean());
    }

    private static void same(String what, Object java, Object sql) {
        if (!Objects.equals(java, sql)) {
            throw new IllegalStateException("Tablesaw and DuckDB differ: " + what + ": " + java + " vs " + sql);
        }
    }

    private static void close(String what, BigDecimal java, Double sql) {
        if (java == null || sql == null) {
            same(what, java == null ? null : java.doubleValue(), sql);
        } else if (Math.abs(java.doubleValue() - sql) > TOLERANCE) {
            throw new IllegalStateException("Tablesaw and DuckDB differ: " + what + ": " + java + " vs " + sql);
        }
    }
}
