package dev.topset.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the common case — a well-formed envelope of a known type in its current schema version — in one pass over the
 * JSON: the envelope's fields, then the payload straight into its event class, without building the payload as a tree
 * first. Every value is read exactly as {@link EnvelopeReader}'s general reading (envelope record, payload tree,
 * {@code treeToValue}) reads it, with the application's mapper. Whatever this reading does not expect (an unknown,
 * repeated or {@code null} field, a payload before its type and version, an older or newer version, an error) makes it
 * answer {@code null}: the general reading then decides.
 */
final class CurrentEnvelopeReader {

    private static final int CANONICAL_UUID_LENGTH = 36;
    // Seen fields are bits of their index here: a set of names per record was a twentieth of what a replay allocated
    // (benchmark 3's allocation profile).
    private static final List<String> ENVELOPE_FIELDS = List.of("eventId", "type", "schemaVersion", "athleteId",
            "aggregateType", "aggregateId", "sequence", "globalPosition", "occurredAt", "metadata", "payload");

    private final ObjectMapper objectMapper;
    private final ObjectMapper payloadMapper;
    private final ObjectReader uuids;
    private final ObjectReader instants;
    private final ObjectReader metadata;
    private final Map<Class<?>, ObjectReader> payloads = new ConcurrentHashMap<>();

    CurrentEnvelopeReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        this.payloadMapper = objectMapper.copy().registerModule(new SimpleModule("one-pass-scalars")
                .addDeserializer(BigDecimal.class, new TreeLikeBigDecimals())
                .addDeserializer(Instant.class, new CanonicalInstants()));
        this.uuids = objectMapper.readerFor(UUID.class);
        this.instants = payloadMapper.readerFor(Instant.class);
        this.metadata = objectMapper.readerFor(new TypeReference<Map<String, String>>() { });
    }

    /** @return the event with its envelope (without the payload tree), or {@code null}: read it the general way */
    RecordReading.Parsed read(String value) {
        try (JsonParser parser = objectMapper.getFactory().createParser(value)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private RecordReading.Parsed read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        UUID eventId = null;
        String type = null;
        Integer schemaVersion = null;
        UUID athleteId = null;
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        long globalPosition = 0;
        Instant occurredAt = null;
        Map<String, String> meta = null;
        TrainingEvent event = null;
        int seen = 0; // one bit per envelope field: a repeated one is left to the general reading
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            int index = ENVELOPE_FIELDS.indexOf(field);
            if (index < 0 || (seen & 1 << index) != 0 || valueToken == JsonToken.VALUE_NULL) {
                return null;
            }
            seen |= 1 << index;
            switch (field) {
                case "eventId" -> eventId = uuid(parser);
                case "type" -> type = text(parser);
                case "schemaVersion" -> schemaVersion = valueToken == JsonToken.VALUE_NUMBER_INT
                        ? parser.getIntValue() : null;
                case "athleteId" -> athleteId = uuid(parser);
                case "aggregateType" -> aggregateType = text(parser);
                case "aggregateId" -> aggregateId = text(parser);
                case "sequence" -> sequence = longValue(parser);
                case "globalPosition" -> globalPosition = longValue(parser);
                case "occurredAt" -> occurredAt = instants.readValue(parser);
                case "metadata" -> meta = metadata.readValue(parser);
                case "payload" -> {
                    Optional<EventCatalog.Entry> entry = type == null ? Optional.empty() : EventCatalog.byType(type);
                    if (entry.isEmpty() || schemaVersion == null || schemaVersion != entry.get().schemaVersion()
                            || valueToken != JsonToken.START_OBJECT) {
                        return null;
                    }
                    event = payloadReader(entry.get().eventClass()).readValue(parser);
                }
                default -> throw new IllegalStateException("not an envelope field: " + field); // ENVELOPE_FIELDS
            }
            if (field.equals("type") && type == null || field.equals("schemaVersion") && schemaVersion == null
                    || field.equals("aggregateType") && aggregateType == null
                    || field.equals("aggregateId") && aggregateId == null) {
                return null;
            }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return null;
        }
        if (type == null || aggregateId == null || event == null || event.streamKey() == null) {
            return null;
        }
        return new RecordReading.Parsed(new EventEnvelope(eventId, type, schemaVersion, athleteId, aggregateType,
                aggregateId, sequence, globalPosition, occurredAt, meta, null), event);
    }

    private ObjectReader payloadReader(Class<?> eventClass) {
        return payloads.computeIfAbsent(eventClass, payloadMapper::readerFor);
    }

    /**
     * The canonical form (8-4-4-4-12 hex digits) straight from the text; anything else goes to Jackson's UUID reading.
     * Each {@code ObjectReader.readValue} call creates a deserialization context of its own.
     */
    private UUID uuid(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING
                && isCanonicalUuid(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
            return UUID.fromString(parser.getText());
        }
        return uuids.readValue(parser);
    }

    private static boolean isCanonicalUuid(char[] text, int offset, int length) {
        if (length != CANONICAL_UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text[offset + i];
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    private static long longValue(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("not an integer");
        }
        return parser.getLongValue();
    }

    /**
     * A JSON fraction read into a {@code BigDecimal} the way it is read from a payload tree: the tree holds it as a
     * {@code double} (unless {@code USE_BIG_DECIMAL_FOR_FLOATS}), so {@code 142.50} becomes {@code 142.5}. Without
     * this, the one-pass reading would keep the text's scale and the read models would differ from the ones the
     * general reading builds.
     */
    private static final class TreeLikeBigDecimals extends StdScalarDeserializer<BigDecimal> {

        TreeLikeBigDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                    && !context.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)) {
                return BigDecimal.valueOf(parser.getDoubleValue());
            }
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        }
    }
}
