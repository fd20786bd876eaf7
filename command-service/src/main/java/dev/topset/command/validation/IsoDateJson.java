package dev.topset.command.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Instants and dates in request bodies are ISO-8601 strings only ({@code "2026-11-23T17:30:00Z"},
 * {@code "2026-11-23"}). Jackson would also read numbers as epoch seconds or days, so that {@code 1e309} or
 * {@code 20261123} became some instant or a date 55,000 years ahead instead of a 400.
 */
@Component
public class IsoDateJson extends SimpleModule {

    public IsoDateJson() {
        super("topset-iso-dates");
        addDeserializer(Instant.class, new StringsOnly<>(InstantDeserializer.INSTANT, Instant.class,
                "an ISO-8601 instant such as 2026-11-23T17:30:00Z"));
        addDeserializer(LocalDate.class, new StringsOnly<>(LocalDateDeserializer.INSTANCE, LocalDate.class,
                "an ISO-8601 date such as 2026-11-23"));
    }

    private static final class StringsOnly<T> extends JsonDeserializer<T> {

        private final JsonDeserializer<T> iso;
        private final Class<T> type;
        private final String expected;

        StringsOnly(JsonDeserializer<T> iso, Class<T> type, String expected) {
            this.iso = iso;
            this.type = type;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser.currentToken(), parser,
                        "must be " + expected));
            }
            return iso.deserialize(parser, context);
        }
    }
}
