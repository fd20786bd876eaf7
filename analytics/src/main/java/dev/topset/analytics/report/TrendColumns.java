package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import dev.topset.analytics.review.TrendRow;
import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The columns of a trend export, one row per session (× lift in the athlete export). CSV and JSON share them, so an
 * analyst gets the same numbers under the same names whichever format they download. athlete_id, lift
 * and unit are repeated on each row so that exports of many athletes concatenate into one table.
 */
public final class TrendColumns {

    private record Column(String name, Function<SessionSummary, Object> value) {
    }

    private static final List<Column> SESSION_COLUMNS = List.of(
            new Column("session_id", SessionSummary::sessionId),
            new Column("date", SessionSummary::date),
            new Column("top_load", SessionSummary::topLoad),
            new Column("top_reps", SessionSummary::topReps),
            new Column("top_rpe", SessionSummary::topRpe),
            new Column("e1rm", SessionSummary::e1rm),
            new Column("e1rm_method", SessionSummary::e1rmMethod),
            new Column("top_sets", SessionSummary::topSets),
            new Column("top_sets_to_failure", SessionSummary::topSetsToFailure),
            new Column("volume_load", SessionSummary::volumeLoad),
            new Column("backoff_sets_done", SessionSummary::backoffSetsDone),
            new Column("backoff_sets_planned", SessionSummary::backoffSetsPlanned),
            new Column("backoff_sets_missed", SessionSummary::backoffSetsMissed),
            new Column("backoff_reps", SessionSummary::backoffReps),
            new Column("backoff_load", SessionSummary::backoffLoad),
            new Column("backoff_volume_load", SessionSummary::backoffVolumeLoad),
            new Column("backoff_rpe_mean", SessionSummary::backoffRpeMean),
            new Column("backoff_rpe_max", SessionSummary::backoffRpeMax),
            new Column("backoff_rpe_drift", SessionSummary::backoffRpeDrift),
            new Column("technique_flags", SessionSummary::techniqueFlags),
            new Column("pain_flags", SessionSummary::painFlags),
            new Column("failed_reps", SessionSummary::failedReps));

    private TrendColumns() {
    }

    public static List<String> names() {
        return Stream.concat(Stream.of("athlete_id", "lift", "unit"),
                SESSION_COLUMNS.stream().map(Column::name)).toList();
    }

    /** Rows as ordered maps, values typed (BigDecimal, Integer, LocalDate, UUID...) or null. */
    public static List<Map<String, Object>> rows(LiftReview review) {
        return review.window().sessions().stream()
                .map(session -> row(review.athleteId(), review.lift(), review.window().unit(), session)).toList();
    }

    /** The rows of a lift's history (what the HTML report's table shows). */
    public static List<Map<String, Object>> rows(LiftHistory history) {
        return history.sessions().stream()
                .map(session -> row(history.athleteId(), history.lift(), history.unit(), session)).toList();
    }

    /** One row of the athlete trend export. */
    public static Map<String, Object> row(TrendRow row) {
        return row(row.athleteId(), row.lift(), row.unit(), row.session());
    }

    /** The cells of one row as text, in column order (what a CSV line holds). */
    public static List<String> cells(TrendRow row) {
        return row(row).values().stream().map(TrendColumns::text).toList();
    }

    /**
     * The same columns for a cohort export that must not identify anyone: {@code athlete_id} and {@code session_id}
     * become {@code athlete_key} and {@code session_key}, keyed hashes from {@code pseudonym} (stable per export key,
     * so an analyst can follow one athlete across exports without learning who it is).
     */
    public static TrendLayout pseudonymized(Function<UUID, String> pseudonym) {
        List<String> names = names().stream().map(name -> switch (name) {
            case "athlete_id" -> "athlete_key";
            case "session_id" -> "session_key";
            default -> name;
        }).toList();
        return new TrendLayout(names, trendRow -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row(trendRow).forEach((name, value) -> {
                switch (name) {
                    case "athlete_id" -> row.put("athlete_key", pseudonym.apply(trendRow.athleteId()));
                    case "session_id" -> row.put("session_key", pseudonym.apply(trendRow.session().sessionId()));
                    default -> row.put(name, value);
                }
            });
            return row;
        });
    }

    private static Map<String, Object> row(UUID athleteId, String lift, LoadUnit unit, SessionSummary session) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("athlete_id", athleteId);
        row.put("lift", lift);
        row.put("unit", unit.name());
        SESSION_COLUMNS.forEach(column -> row.put(column.name(), column.value().apply(session)));
        return row;
    }

    /** A cell as text: decimals plain ("100", never "1E+2"), missing as empty. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
