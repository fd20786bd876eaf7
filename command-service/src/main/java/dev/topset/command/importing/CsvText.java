package dev.topset.command.importing;

import dev.topset.command.validation.InvalidRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded export as CSV records with their physical line numbers. Handles what real exports contain:
 * a UTF-8 byte-order mark, {@code ;} as the delimiter (older Strong exports, some locales), quoted notes
 * spanning several lines.
 */
final class CsvText {

    private final String text;
    private final int[] lineStarts;

    CsvText(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = lineStarts(this.text);
    }

    /**
     * Header names in file order, and every data record. A malformed header (an open quote, a name twice) is the
     * client's file, answered as a 400 on {@code file}; a malformed record throws {@link UncheckedIOException}
     * while iterating, which {@link #malformed} turns into the same answer.
     */
    CSVParser parse() {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        try {
            return CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get());
        } catch (IOException | IllegalArgumentException e) {
            // commons-csv refuses a duplicate or empty header name with IllegalArgumentException
            throw new InvalidRequestException("file", "the header line is not valid CSV: " + e.getMessage());
        }
    }

    /** A record commons-csv could not read (an unterminated quote): the file is malformed, not our failure. */
    static InvalidRequestException malformed(UncheckedIOException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new InvalidRequestException("file", "not a well-formed CSV file: " + reason);
    }

    /** The 1-based physical line on which a record starts (the header is line 1). */
    long lineOf(CSVRecord record) {
        int index = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
        return (index >= 0 ? index : -index - 2) + 1L;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
