package dev.topset.command.importing;

import dev.topset.api.training.TrainingTime;
import dev.topset.command.validation.PlainText;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads typed values from one CSV record and remembers the first problem per column, so that a bad row
 * is reported with every failing field at once instead of one per upload.
 */
final class RowReader {

    private final CSVRecord record;
    private final long line;
    private final List<RowError> errors;
    private boolean failed;
    // a column is read more than once (a Hevy title names the workout and is its name): one error per column
    private final Set<String> failedColumns = new HashSet<>();

    RowReader(CSVRecord record, long line, List<RowError> errors) {
        this.record = record;
        this.line = line;
        this.errors = errors;
    }

    boolean failed() {
        return failed;
    }

    /** The trimmed text, or null when the column is absent from the file or the cell is empty. */
    String text(String column) {
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        if (value != null && !PlainText.isPlain(value)) {
            // the same rule as a JSON body's text: a NUL in a stored note breaks every read model's reading of it
            fail(column, PlainText.MESSAGE);
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            fail(column, "is required");
        }
        return value;
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            fail(column, "'" + value + "' is not a number");
            return null;
        }
    }

    /** A whole number; exports write reps as "5" or "5.0". Null when empty. */
    Integer wholeNumber(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            fail(column, "'" + value.toPlainString() + "' is not a whole number");
            return null;
        }
    }

    LocalDateTime dateTime(String column, List<DateTimeFormatter> formats, String expected) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        String normalized = value.replace('\u202F', ' ').replace('\u00A0', ' ');
        for (DateTimeFormatter format : formats) {
            LocalDateTime parsed;
            try {
                parsed = LocalDateTime.parse(normalized, format);
            } catch (DateTimeParseException e) {
                continue; // try the next layout the app has used
            }
            // "+999999999-12-31" parses, and the workout's end (an hour later) would not exist
            if (!TrainingTime.contains(parsed.toLocalDate())) {
                fail(column, "'" + value + "' " + TrainingTime.DATE_RANGE);
                return null;
            }
            return parsed;
        }
        fail(column, "'" + value + "' is not a date and time like " + expected);
        return null;
    }

    void fail(String column, String message) {
        failed = true;
        if (failedColumns.add(String.valueOf(column))) {
            errors.add(RowError.format(line, column, message));
        }
    }
}
