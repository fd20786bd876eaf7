package dev.topset.analytics.report;

import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.review.WindowTrends;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.api.training.LoadUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON export: the CSV's rows under the same column names, plus what the rows led to. */
public record TrendReport(UUID athleteId, String lift, LoadUnit unit, List<String> columns,
                          List<Map<String, Object>> rows, WindowTrends trends, Recommendation recommendation,
                          List<Mistake> mistakes) {
}
