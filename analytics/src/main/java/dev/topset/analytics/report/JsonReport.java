package dev.topset.analytics.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.topset.analytics.coach.LiftReview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import dev.topset.analytics.review.TrendRow;

/** The review as a {@link TrendReport} JSON document, pretty-printed for people who open the file. */
public final class JsonReport {

    private final ObjectMapper mapper;
    private final ObjectMapper compact;

    /** @param mapper the application's mapper (plain decimals, ISO dates) */
    public JsonReport(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.compact = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public TrendReport report(LiftReview review) {
        return new TrendReport(review.athleteId(), review.lift(), review.window().unit(), TrendColumns.names(),
                TrendColumns.rows(review), review.window().trends(), review.recommendation(), review.mistakes());
    }

    /**
     * The athlete trend export as one JSON document written as the rows come ({@code athleteId}, {@code from},
     * {@code to}, {@code columns}, {@code rows}), one row per line.
     */
    public void writeTrends(UUID athleteId, LocalDate from, LocalDate to, Consumer<Consumer<TrendRow>> rows,
                            OutputStream out) {
        writeTrends(Map.of("athleteId", athleteId.toString()), from, to, TrendLayout.ATHLETE, rows, out);
    }

    /**
     * As {@link #writeTrends(UUID, LocalDate, LocalDate, Consumer, OutputStream)} for any layout; {@code subject}
     * names what the rows are of (e.g. {@code gymId}), written first.
     */
    public void writeTrends(Map<String, String> subject, LocalDate from, LocalDate to, TrendLayout layout,
                            Consumer<Consumer<TrendRow>> rows, OutputStream out) {
        try (JsonGenerator json = compact.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> field : subject.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeStringField("from", from == null ? null : from.toString());
            json.writeStringField("to", to == null ? null : to.toString());
            json.writeArrayFieldStart("columns");
            for (String column : layout.names()) {
                json.writeString(column);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            json.flush();
            int[] written = {0};
            rows.accept(row -> {
                try {
                    json.writeRaw('\n');
                    json.writeObject(layout.row().apply(row));
                    if (++written[0] % CsvReport.FLUSH_EVERY == 0) {
                        json.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write the JSON report", e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the JSON report", e);
        }
    }

    public void write(LiftReview review, OutputStream out) {
        try {
            mapper.writeValue(out, report(review));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the JSON report", e);
        }
    }
}
