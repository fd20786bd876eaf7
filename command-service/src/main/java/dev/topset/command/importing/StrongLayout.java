package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Strong's export: {@code Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,
 * Notes,Workout Notes,RPE}, one row per set. Set Order is the set number, or {@code W} (warm-up), {@code D}
 * (drop set), {@code F} (failure); rows of the rest timer are skipped. Weights are in the unit the app was
 * set to, which the current layout does not write (older exports had a {@code Weight Unit} column, used
 * when present), so the caller names it.
 */
@Component
class StrongLayout implements ExportLayout {

    static final String DATE = "Date";
    static final String WORKOUT_NAME = "Workout Name";
    static final String DURATION = "Duration";
    static final String EXERCISE = "Exercise Name";
    static final String SET_ORDER = "Set Order";
    static final String WEIGHT = "Weight";
    static final String WEIGHT_UNIT = "Weight Unit";
    static final String REPS = "Reps";
    static final String DISTANCE = "Distance";
    static final String SECONDS = "Seconds";
    static final String NOTES = "Notes";
    static final String WORKOUT_NOTES = "Workout Notes";
    static final String RPE = "RPE";

    private static final List<String> REQUIRED = List.of(DATE, WORKOUT_NAME, EXERCISE, SET_ORDER, WEIGHT, REPS);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd h:mm:ss a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    private static final Pattern DURATION_TEXT = Pattern.compile(
            // bounded so that no duration overflows a long or a date: a workout longer than that is unreadable
            "(?:(\\d{1,4})h)?\\s*(?:(\\d{1,6})m(?:in)?)?\\s*(?:(\\d{1,6})s)?");

    @Override
    public ImportSource source() {
        return ImportSource.STRONG;
    }

    private static final Map<Field, String> COLUMNS = Map.of(Field.START, DATE, Field.WORKOUT_NAME, WORKOUT_NAME,
            Field.EXERCISE, EXERCISE, Field.WEIGHT, WEIGHT, Field.REPS, REPS, Field.RPE, RPE, Field.NOTE, NOTES,
            Field.DESCRIPTION, WORKOUT_NOTES);

    @Override
    public WorkoutFile read(CsvText csv, LoadUnit defaultUnit) {
        List<WorkoutRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<IgnoredRow> ignored = new ArrayList<>();
        StatedUnit stated = null;
        try (CSVParser parser = csv.parse()) {
            errors.addAll(ExportLayout.missingColumns(parser, REQUIRED));
            if (!errors.isEmpty()) {
                return new WorkoutFile(rows, errors, ignored, COLUMNS);
            }
            Occurrences occurrences = new Occurrences();
            for (CSVRecord record : parser) {
                long line = csv.lineOf(record);
                RowReader row = new RowReader(record, line, errors);
                String exercise = row.required(EXERCISE);
                String order = row.required(SET_ORDER);
                if ("Rest Timer".equalsIgnoreCase(order)) {
                    ignored.add(new IgnoredRow(line, exercise, "rest timer, not a set"));
                    continue;
                }
                String identity = occurrences.next(row.text(DATE) + "|" + row.text(WORKOUT_NAME), exercise);
                LocalDateTime start = row.dateTime(DATE, DATE_FORMATS, "2026-11-23 18:30:00");
                String workout = row.required(WORKOUT_NAME);
                SetMarker marker = order == null ? null : marker(order, row);
                BigDecimal weight = row.decimal(WEIGHT);
                Integer reps = row.wholeNumber(REPS);
                BigDecimal rpe = row.decimal(RPE);
                LoadUnit unit = unit(row, defaultUnit);
                if (stated == null && unit != null && row.text(WEIGHT_UNIT) != null) {
                    stated = new StatedUnit(unit, WEIGHT_UNIT);
                }
                // every text of the row is read before the verdict: a bad note makes the row bad, not a set without it
                String note = row.text(NOTES);
                String workoutNote = row.text(WORKOUT_NOTES);
                String duration = row.text(DURATION);
                if (row.failed()) {
                    continue;
                }
                if (reps == null || reps == 0) {
                    BigDecimal distance = row.decimal(DISTANCE);
                    BigDecimal seconds = row.decimal(SECONDS);
                    boolean cardio = distance != null && distance.signum() > 0 || seconds != null && seconds.signum() > 0;
                    ignored.add(new IgnoredRow(line, exercise, cardio ? "distance or time, not a strength set"
                            : "no reps recorded"));
                    continue;
                }
                rows.add(new WorkoutRow(line, identity, start, end(start, duration), workout, exercise, marker,
                        weight == null ? BigDecimal.ZERO : weight, unit, reps, rpe, note, weight == null, workoutNote,
                        null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkoutFile(rows, errors, ignored, COLUMNS, stated);
    }

    private static SetMarker marker(String order, RowReader row) {
        switch (order.toUpperCase(Locale.ROOT)) {
            case "W":
                return SetMarker.WARMUP;
            case "D":
                return SetMarker.DROP;
            case "F":
                return SetMarker.FAILURE;
            default:
                if (order.matches("\\d{1,4}")) {
                    return SetMarker.NORMAL;
                }
                row.fail(SET_ORDER, "'" + order + "' is not a set number, W (warm-up), D (drop set) or F (failure)");
                return null;
        }
    }

    private static LoadUnit unit(RowReader row, LoadUnit defaultUnit) {
        String unit = row.text(WEIGHT_UNIT);
        if (unit == null) {
            return defaultUnit;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "kg", "kgs" -> LoadUnit.KG;
            case "lb", "lbs" -> LoadUnit.LB;
            default -> {
                row.fail(WEIGHT_UNIT, "'" + unit + "' is not kg or lbs");
                yield null;
            }
        };
    }

    /** Strong writes the workout's duration as "1h 5m" (older exports: seconds); unreadable means unknown. */
    private static LocalDateTime end(LocalDateTime start, String duration) {
        if (start == null || duration == null) {
            return null;
        }
        if (duration.matches("\\d{1,6}")) {
            return start.plusSeconds(Long.parseLong(duration));
        }
        Matcher matcher = DURATION_TEXT.matcher(duration.replace(" ", ""));
        if (!matcher.matches() || duration.isBlank()) {
            return null;
        }
        Duration length = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
        return start.plus(length);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
