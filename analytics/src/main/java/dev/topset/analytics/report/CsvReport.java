package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The trend rows of a review as RFC 4180 CSV with a header ({@link TrendColumns}). */
public final class CsvReport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(TrendColumns.names().toArray(String[]::new))
            .get();

    public void write(LiftReview review, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (Map<String, Object> row : TrendColumns.rows(review)) {
                List<String> cells = row.values().stream().map(TrendColumns::text).toList();
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV report", e);
        }
    }
}
