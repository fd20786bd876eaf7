package dev.topset.analytics.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.topset.analytics.coach.LiftReview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The review as a {@link TrendReport} JSON document, pretty-printed for people who open the file. */
public final class JsonReport {

    private final ObjectMapper mapper;

    /** @param mapper the application's mapper (plain decimals, ISO dates) */
    public JsonReport(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public TrendReport report(LiftReview review) {
        return new TrendReport(review.athleteId(), review.lift(), review.window().unit(), TrendColumns.names(),
                TrendColumns.rows(review), review.window().trends(), review.recommendation(), review.mistakes());
    }

    public void write(LiftReview review, OutputStream out) {
        try {
            mapper.writeValue(out, report(review));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the JSON report", e);
        }
    }
}
