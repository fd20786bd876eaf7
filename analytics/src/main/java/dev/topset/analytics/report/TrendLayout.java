package dev.topset.analytics.report;

import dev.topset.analytics.review.TrendRow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of a streamed trend export and how one {@link TrendRow} fills them: the athlete's own export
 * ({@link #ATHLETE}) or a pseudonymized cohort ({@link TrendColumns#pseudonymized}). CSV and JSON writers take a
 * layout, so every export format shares the same columns.
 */
public record TrendLayout(List<String> names, Function<TrendRow, Map<String, Object>> row) {

    public static final TrendLayout ATHLETE = new TrendLayout(TrendColumns.names(), TrendColumns::row);

    /** The cells of one row as text, in column order (what a CSV line holds). */
    public List<String> cells(TrendRow trendRow) {
        return row.apply(trendRow).values().stream().map(TrendColumns::text).toList();
    }
}
