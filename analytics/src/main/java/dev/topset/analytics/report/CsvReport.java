package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.topset.analytics.review.TrendRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The trend rows of a review as RFC 4180 CSV with a header ({@link TrendColumns}). */
public final class CsvReport {

    static final int FLUSH_EVERY = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(TrendColumns.names().toArray(String[]::new))
            .get();

    /** Rows written as they come: the header is flushed first, then every {@value #FLUSH_EVERY} rows. */
    public void write(Consumer<Consumer<TrendRow>> rows, Writer out) {
        write(TrendLayout.ATHLETE, rows, out);
    }

    /** As {@link #write(Consumer, Writer)}, with the columns of {@code layout}. */
    public void write(TrendLayout layout, Consumer<Consumer<TrendRow>> rows, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(layout.names().toArray(String[]::new)).get());
            printer.flush();
            int[] written = {0};
            rows.accept(row -> {
                try {
                    printer.printRecord(layout.cells(row));
                    if (++written[0] % FLUSH_EVERY == 0) {
                        printer.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write the CSV report", e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV report", e);
        }
    }

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
