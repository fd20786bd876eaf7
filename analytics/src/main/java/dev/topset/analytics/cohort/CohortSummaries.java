package dev.topset.analytics.cohort;

import dev.topset.analytics.review.TrendRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Folds streamed trend rows into per-lift cohort summaries. Holds one small entry per member × lift (first and
 * last e1RM, sessions), never the rows. Rows arrive per member in date order.
 */
final class CohortSummaries implements Consumer<TrendRow> {

    private record MemberLift(UUID athleteId, String lift) {
    }

    private static final class Progress {
        BigDecimal first;
        BigDecimal last;
        int sessions;
    }

    private final Map<MemberLift, Progress> progress = new HashMap<>();

    @Override
    public void accept(TrendRow row) {
        Progress entry = progress.computeIfAbsent(new MemberLift(row.athleteId(), row.lift()), key -> new Progress());
        entry.sessions++;
        BigDecimal e1rm = row.session().e1rm();
        if (e1rm != null && e1rm.signum() > 0) {
            if (entry.first == null) {
                entry.first = e1rm;
            }
            entry.last = e1rm;
        }
    }

    List<CohortLiftSummary> summaries() {
        Map<String, List<Map.Entry<MemberLift, Progress>>> byLift = new TreeMap<>();
        progress.entrySet().forEach(entry -> byLift.computeIfAbsent(entry.getKey().lift(), lift -> new ArrayList<>())
                .add(entry));
        List<CohortLiftSummary> summaries = new ArrayList<>();
        byLift.forEach((lift, members) -> {
            List<BigDecimal> changes = new ArrayList<>();
            int sessions = 0;
            for (Map.Entry<MemberLift, Progress> member : members) {
                Progress p = member.getValue();
                sessions += p.sessions;
                if (p.sessions > 1 && p.first != null && p.last != null) {
                    changes.add(p.last.subtract(p.first).multiply(BigDecimal.valueOf(100))
                            .divide(p.first, MathContext.DECIMAL64));
                }
            }
            changes.sort(null);
            summaries.add(new CohortLiftSummary(lift, members.size(), sessions, changes.size(),
                    quantile(changes, 0), quantile(changes, 0.25), quantile(changes, 0.5), quantile(changes, 0.75),
                    quantile(changes, 1)));
        });
        return summaries;
    }

    /** Linear interpolation between the closest ranks (PostgreSQL's percentile_cont), one decimal. */
    static BigDecimal quantile(List<BigDecimal> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        BigDecimal fraction = BigDecimal.valueOf(position - lower);
        BigDecimal value = sorted.get(lower).add(sorted.get(upper).subtract(sorted.get(lower)).multiply(fraction));
        return value.setScale(1, RoundingMode.HALF_EVEN);
    }
}
