package dev.topset.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the one form every instant on the topic has — {@link Instant#toString()}'s, e.g.
 * {@code 2026-11-23T05:46:00.123Z} — straight from the parser's characters; any other form goes to Jackson's own
 * {@link InstantDeserializer}, which then decides (and words the error).
 *
 * <p>Why: benchmark 3's allocation profile put {@code DateTimeFormatter.parse} (a parse context and hash maps of
 * resolved fields for every value) at a fifth of everything a replay allocates: 2–3 instants per event, a million
 * events. The result is the same {@code Instant} the formatter gives ({@code CanonicalInstantsTest} compares both).
 */
final class CanonicalInstants extends StdScalarDeserializer<Instant> {

    private static final int SHORTEST = "2026-11-23T05:46:00Z".length();
    private static final int LONGEST = "2026-11-23T05:46:00.123456789Z".length();

    CanonicalInstants() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Instant canonical = parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (canonical != null) {
                return canonical;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** @return the instant, or {@code null} for anything but the canonical form of a valid UTC date and time */
    static Instant parse(char[] text, int offset, int length) {
        if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1 || text[offset + length - 1] != 'Z'
                || text[offset + 4] != '-' || text[offset + 7] != '-' || text[offset + 10] != 'T'
                || text[offset + 13] != ':' || text[offset + 16] != ':') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        int hour = digits(text, offset + 11, 2);
        int minute = digits(text, offset + 14, 2);
        int second = digits(text, offset + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null; // leap seconds, 24:00 and the like: the formatter's rules apply
        }
        int nanos = 0;
        if (length > SHORTEST) {
            if (text[offset + 19] != '.') {
                return null;
            }
            int fractionDigits = length - SHORTEST - 1;
            int fraction = digits(text, offset + 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** @return the number the {@code count} ASCII digits spell, or -1 when one is not a digit */
    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
