package dev.topset.benchmarks.analytics;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.coach.LiftReviewer;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.analytics.rules.RecommendationType;
import dev.topset.analytics.rules.RuleThresholds;
import dev.topset.benchmarks.ProcessCpu;
import dev.topset.api.training.SetKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Benchmark 4's measured side: analytics' own Tablesaw review, series by series as the service runs it — the whole
 * year's per-session metrics and trends ({@link SessionWindow}, what the lift history and reports draw), then the
 * review of the last N sessions with the rules and mistake checks ({@link LiftReviewer}). Only those two calls are
 * timed; generating a series and cutting its last N sessions (the database query's job in the service) are not.
 * {@link #warmUp} runs the same calls unmeasured first, so the measured loop sees compiled code, as DuckDB's native
 * code is from its first query on.
 */
public final class TablesawReview {

    /** What the run produced: its time, a tally of the advice, and the full results of the sampled series. */
    public record Result(long nanos, long threadCpuNanos, long cpuNanos, long sessions, Map<RecommendationType, Integer> recommendations,
                         Map<Integer, Sampled> samples) {
    }

    public record Sampled(Series series, LiftWindow year, LiftReview review) {
    }

    private final LiftReviewer reviewer = new LiftReviewer(RuleThresholds.defaults());
    private final int windowSessions;
    private final int variationLookback;

    public TablesawReview(int windowSessions, int variationLookback) {
        this.windowSessions = windowSessions;
        this.variationLookback = variationLookback;
    }

    /** Reviews the first {@code series} series unmeasured, results discarded: the JIT's warm-up. */
    public void warmUp(TrainingYear year, int series) {
        for (int number = 0; number < Math.min(series, year.seriesCount()); number++) {
            Series generated = year.series(number);
            review(generated, recentSets(generated), family(generated));
        }
    }

    public Result run(TrainingYear year, int sampleEvery) {
        long nanos = 0;
        long threadCpu = 0;
        long cpuStart = ProcessCpu.nanos();
        long sessions = 0;
        Map<RecommendationType, Integer> tally = new EnumMap<>(RecommendationType.class);
        Map<Integer, Sampled> samples = new TreeMap<>();
        for (int number = 0; number < year.seriesCount(); number++) {
            Series series = year.series(number);
            List<AnalyticsSet> recent = recentSets(series);
            List<TopSetLift> family = family(series);

            long start = System.nanoTime();
            long cpu = ProcessCpu.threadNanos();
            Sampled reviewed = review(series, recent, family);
            nanos += System.nanoTime() - start;
            threadCpu += ProcessCpu.threadNanos() - cpu;
            LiftWindow whole = reviewed.year();
            LiftReview review = reviewed.review();

            sessions += whole.sessions().size();
            tally.merge(review.recommendation().type(), 1, Integer::sum);
            if (number % sampleEvery == 0) {
                samples.put(number, reviewed);
            }
        }
        // Thread CPU of the timed calls (what the review itself cost, steadier than wall time on a shared machine)
        // and process CPU of the whole loop (GC and JIT included, and generating the series: an upper bound).
        return new Result(nanos, threadCpu, ProcessCpu.nanos() - cpuStart, sessions, tally, samples);
    }

    /** The measured calls: the whole year's window, then the review of the last N sessions. */
    private Sampled review(Series series, List<AnalyticsSet> recent, List<TopSetLift> family) {
        PlannedLift plan = series.plan();
        LiftWindow whole = SessionWindow.of(series.athleteId(), plan).lastSessions(Integer.MAX_VALUE)
                .build(series.sets());
        LiftReview review = reviewer.review(series.athleteId(), plan, windowSessions, recent, family);
        return new Sampled(series, whole, review);
    }

    private List<AnalyticsSet> recentSets(Series series) {
        return lastSessions(series.sets(), windowSessions);
    }

    private List<TopSetLift> family(Series series) {
        return topSets(lastSessions(series.sets(), variationLookback));
    }

    /** The sets of the last {@code n} sessions, as {@code JdbcSetHistory.sessionsOf} returns them. */
    static List<AnalyticsSet> lastSessions(List<AnalyticsSet> sets, int n) {
        LinkedHashSet<UUID> sessions = new LinkedHashSet<>();
        sets.forEach(set -> sessions.add(set.sessionId()));
        List<UUID> kept = new ArrayList<>(sessions).subList(Math.max(0, sessions.size() - n), sessions.size());
        return sets.stream().filter(set -> kept.contains(set.sessionId())).toList();
    }

    private static List<TopSetLift> topSets(List<AnalyticsSet> sets) {
        return sets.stream().filter(set -> set.kind() == SetKind.TOP)
                .map(set -> new TopSetLift(set.sessionId(), set.sessionDate(), set.lift())).distinct().toList();
    }
}
