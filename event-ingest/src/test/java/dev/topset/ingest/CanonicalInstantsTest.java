package dev.topset.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class CanonicalInstantsTest {

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final ObjectReader formatter = mapper.readerFor(Instant.class);
    private final ObjectReader canonical = mapper.copy()
            .registerModule(new SimpleModule().addDeserializer(Instant.class, new CanonicalInstants()))
            .readerFor(Instant.class);

    @Test
    void readsEveryCanonicalInstantAsTheFormatterDoes() throws Exception {
        Random random = new Random(20261206);
        long fourDigitYears = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()
                - Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long seconds = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond()
                    + Math.floorMod(random.nextLong(), fourDigitYears);
            // whole seconds, millis, micros and nanos: Instant.toString writes 0, 3, 6 or 9 fraction digits
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String json = '"' + Instant.ofEpochSecond(seconds, nanos).toString() + '"';

            assertThat(read(canonical, json)).as(json).isEqualTo(read(formatter, json));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T05:46:00Z", "2026-11-23T05:46:00.1Z", "2026-11-23T05:46:00.12Z",
            "2024-02-29T23:59:59.99999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00.000000001Z", "1969-12-31T23:59:59.9Z"})
    void readsFractionsOfAnyLength(String text) throws Exception {
        String json = '"' + text + '"';

        assertThat(read(canonical, json)).isEqualTo(read(formatter, json)).isEqualTo(Instant.parse(text));
    }

    @Test
    void leavesEveryOtherFormToTheFormatter() throws Exception {
        // accepted by Jackson's own deserializer in some form: the answers must not differ
        for (String json : List.of("\"2026-11-23T06:46:00+01:00\"", "\"2026-11-23T05:46:00.123+00:00\"",
                "\"2016-12-31T23:59:60Z\"", "1700000000", "1700000000.5", "\" 2026-11-23T05:46:00Z\"",
                "\"2026-11-23T24:00:00Z\"", "\"2026-11-23T05:46:00.Z\"", "\"2026-11-23t05:46:00Z\"",
                "\"2026-11-23T05:46:00z\"")) {
            assertThat(read(canonical, json)).as(json).isEqualTo(read(formatter, json));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T05:46:00Z", "2026-13-01T05:46:00Z", "2026-11-31T05:46:00Z",
            "2026-11-23T05:60:00Z", "2026-11-23T05:46:00.1234567890Z", "2026-11-23T05:46:0aZ", "+2026-11-23T05:46:00Z",
            "2026-11-23 05:46:00Z", "2026-11-23T05:46Z", "yesterday"})
    void refusesWhatTheFormatterRefuses(String text) {
        String json = '"' + text + '"';

        assertThatThrownBy(() -> read(formatter, json)).as(text).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read(canonical, json)).as(text).isInstanceOf(InvalidFormatException.class);
    }

    private static Instant read(ObjectReader reader, String json) throws IOException {
        return reader.readValue(json, Instant.class);
    }
}
