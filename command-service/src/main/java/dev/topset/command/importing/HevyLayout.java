package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Hevy's export: {@code title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,
 * set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe}, one row per set; times like
 * "26 Jul 2025, 07:06"; set_type normal | warmup | dropset | failure. An account set to pounds exports
 * {@code weight_lbs} (and {@code distance_miles}) instead.
 */
@Component
class HevyLayout implements ExportLayout {

    static final String TITLE = "title";
    static final String START = "start_time";
    static final String END = "end_time";
    static final String EXERCISE = "exercise_title";
    static final String EXERCISE_NOTES = "exercise_notes";
    static final String DESCRIPTION = "description";
    static final String SUPERSET = "superset_id";
    static final String SET_TYPE = "set_type";
    static final String WEIGHT_KG = "weight_kg";
    static final String WEIGHT_LBS = "weight_lbs";
    static final String REPS = "reps";
    static final String DURATION = "duration_seconds";
    static final String RPE = "rpe";

    private static final List<String> REQUIRED = List.of(TITLE, START, EXERCISE, SET_TYPE, REPS);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    @Override
    public ImportSource source() {
        return ImportSource.HEVY;
    }

    private static Map<Field, String> columns(String weight) {
        return Map.of(Field.START, START, Field.WORKOUT_NAME, TITLE, Field.EXERCISE, EXERCISE, Field.WEIGHT, weight,
                Field.REPS, REPS, Field.RPE, RPE, Field.NOTE, EXERCISE_NOTES, Field.DESCRIPTION, DESCRIPTION);
    }

    @Override
    public WorkoutFile read(CsvText csv, LoadUnit defaultUnit) {
        List<WorkoutRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<IgnoredRow> ignored = new ArrayList<>();
        String weight = WEIGHT_KG;
        try (CSVParser parser = csv.parse()) {
            errors.addAll(ExportLayout.missingColumns(parser, REQUIRED));
            boolean pounds = parser.getHeaderMap().containsKey(WEIGHT_LBS);
            if (!pounds && !parser.getHeaderMap().containsKey(WEIGHT_KG)) {
                errors.add(RowError.format(1, WEIGHT_KG, "column is missing (or weight_lbs): is this a Hevy export?"));
            }
            if (!errors.isEmpty()) {
                return new WorkoutFile(rows, errors, ignored, columns(WEIGHT_KG));
            }
            weight = pounds ? WEIGHT_LBS : WEIGHT_KG;
            LoadUnit unit = pounds ? LoadUnit.LB : LoadUnit.KG;
            Occurrences occurrences = new Occurrences();
            for (CSVRecord record : parser) {
                long line = csv.lineOf(record);
                RowReader row = new RowReader(record, line, errors);
                String exercise = row.required(EXERCISE);
                String identity = occurrences.next(row.text(START) + "|" + row.text(TITLE), exercise);
                LocalDateTime start = row.dateTime(START, DATE_FORMATS, "26 Jul 2025, 07:06");
                LocalDateTime end = row.text(END) == null ? null : row.dateTime(END, DATE_FORMATS, "26 Jul 2025, 08:11");
                String title = row.required(TITLE);
                SetMarker marker = marker(row.required(SET_TYPE), row);
                BigDecimal load = row.decimal(weight);
                Integer reps = row.wholeNumber(REPS);
                BigDecimal rpe = row.decimal(RPE);
                // every text of the row is read before the verdict: a bad note makes the row bad, not a set without it
                String note = row.text(EXERCISE_NOTES);
                String description = row.text(DESCRIPTION);
                String superset = row.text(SUPERSET);
                if (row.failed()) {
                    continue;
                }
                if (reps == null || reps == 0) {
                    ignored.add(new IgnoredRow(line, exercise, row.text(DURATION) != null
                            ? "distance or time, not a strength set" : "no reps recorded"));
                    continue;
                }
                rows.add(new WorkoutRow(line, identity, start, end, title, exercise, marker,
                        load == null ? BigDecimal.ZERO : load, unit, reps, rpe, note, load == null, description,
                        superset));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkoutFile(rows, errors, ignored, columns(weight),
                new StatedUnit(weight.equals(WEIGHT_LBS) ? LoadUnit.LB : LoadUnit.KG, weight));
    }

    private static SetMarker marker(String type, RowReader row) {
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "normal" -> SetMarker.NORMAL;
            case "warmup" -> SetMarker.WARMUP;
            case "dropset" -> SetMarker.DROP;
            case "failure" -> SetMarker.FAILURE;
            default -> {
                row.fail(SET_TYPE, "'" + type + "' is not normal, warmup, dropset or failure");
                yield null;
            }
        };
    }
}
