package dev.topset.query.trend;

import dev.topset.query.trend.LiftTrendProjection.SessionPlacement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code lift_trend} rows of one batch, written by one {@code INSERT ... SELECT FROM unnest(...)}: a replay batch
 * recomputes thousands of (session, lift) rows, and one statement per row was one of the largest remaining waits.
 * Columns travel as typed arrays; decimals as their exact text so that the stored scale is the one computed.
 */
final class TrendRows {

    private record Row(SessionLift pair, SessionPlacement placement, LiftSessionTrend trend) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(SessionLift pair, SessionPlacement placement, LiftSessionTrend trend) {
        rows.add(new Row(pair, placement, trend));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void upsert(JdbcClient jdbc) {
        jdbc.sql("""
                        INSERT INTO lift_trend (athlete_id, lift, session_id, local_date, unit, top_load, top_reps,
                            top_rpe, top_rir, top_set_count, e1rm, e1rm_method, backoff_sets, backoff_reps,
                            backoff_volume_load, max_backoff_rpe, backoff_rpe_drift)
                        SELECT * FROM unnest(CAST(:athleteIds AS uuid[]), CAST(:lifts AS text[]),
                            CAST(:sessionIds AS uuid[]), CAST(:localDates AS date[]), CAST(:units AS text[]),
                            CAST(:topLoads AS numeric[]), CAST(:topReps AS int[]), CAST(:topRpes AS numeric[]),
                            CAST(:topRirs AS int[]), CAST(:topSetCounts AS int[]), CAST(:e1rms AS numeric[]),
                            CAST(:e1rmMethods AS text[]), CAST(:backoffSets AS int[]), CAST(:backoffReps AS int[]),
                            CAST(:backoffVolumeLoads AS numeric[]), CAST(:maxBackoffRpes AS numeric[]),
                            CAST(:backoffRpeDrifts AS numeric[]))
                        ON CONFLICT (athlete_id, lift, session_id) DO UPDATE SET local_date = EXCLUDED.local_date,
                            unit = EXCLUDED.unit, top_load = EXCLUDED.top_load, top_reps = EXCLUDED.top_reps,
                            top_rpe = EXCLUDED.top_rpe, top_rir = EXCLUDED.top_rir,
                            top_set_count = EXCLUDED.top_set_count, e1rm = EXCLUDED.e1rm,
                            e1rm_method = EXCLUDED.e1rm_method, backoff_sets = EXCLUDED.backoff_sets,
                            backoff_reps = EXCLUDED.backoff_reps, backoff_volume_load = EXCLUDED.backoff_volume_load,
                            max_backoff_rpe = EXCLUDED.max_backoff_rpe, backoff_rpe_drift = EXCLUDED.backoff_rpe_drift
                        """)
                .param("athleteIds", texts(row -> row.placement().athleteId()))
                .param("lifts", texts(row -> row.pair().lift()))
                .param("sessionIds", texts(row -> row.pair().sessionId()))
                .param("localDates", texts(row -> row.placement().localDate()))
                .param("units", texts(row -> row.trend().topSetLoad().unit().name()))
                .param("topLoads", decimals(row -> row.trend().topSetLoad().amount()))
                .param("topReps", integers(row -> row.trend().topSetReps()))
                .param("topRpes", decimals(row -> row.trend().topSetRpe()))
                .param("topRirs", integers(row -> row.trend().topSetRir()))
                .param("topSetCounts", integers(row -> row.trend().topSetCount()))
                .param("e1rms", decimals(row -> row.trend().e1rm() == null ? null : row.trend().e1rm().amount()))
                .param("e1rmMethods", texts(row -> row.trend().e1rmMethod()))
                .param("backoffSets", integers(row -> row.trend().backoffSets()))
                .param("backoffReps", integers(row -> row.trend().backoffReps()))
                .param("backoffVolumeLoads", decimals(row -> row.trend().backoffVolumeLoad()))
                .param("maxBackoffRpes", decimals(row -> row.trend().maxBackoffRpe()))
                .param("backoffRpeDrifts", decimals(row -> row.trend().backoffRpeDrift()))
                .update();
    }

    private String[] texts(Function<Row, Object> column) {
        return rows.stream().map(column).map(value -> value == null ? null : value.toString()).toArray(String[]::new);
    }

    private String[] decimals(Function<Row, BigDecimal> column) {
        return rows.stream().map(column).map(value -> value == null ? null : value.toPlainString())
                .toArray(String[]::new);
    }

    private Integer[] integers(Function<Row, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }
}
