package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;

/** The column layout of one app's CSV export. */
interface ExportLayout {

    /** The parts of a set that validation can find wrong, to be named by the file's own column. */
    enum Field { START, WORKOUT_NAME, EXERCISE, WEIGHT, REPS, RPE, NOTE, DESCRIPTION }

    ImportSource source();

    /** @param defaultUnit the unit of weights when the export does not name one */
    WorkoutFile read(CsvText csv, LoadUnit defaultUnit);

    /** Missing required columns, reported as errors on line 1 (the header). */
    static List<RowError> missingColumns(CSVParser parser, List<String> required) {
        Set<String> present = parser.getHeaderMap().keySet();
        List<RowError> errors = new ArrayList<>();
        for (String column : required) {
            if (!present.contains(column)) {
                errors.add(RowError.format(1, column, "column is missing: is this a "
                        + "correct export? expected columns " + required));
            }
        }
        return errors;
    }

    /** Counts rows of the same exercise in the same workout: the n-th one is part of a row's identity. */
    final class Occurrences {
        private final Map<String, Integer> seen = new HashMap<>();

        String next(String workout, String exercise) {
            String key = workout + "|" + exercise;
            int n = seen.merge(key, 1, Integer::sum);
            return key + "|" + n;
        }
    }
}
