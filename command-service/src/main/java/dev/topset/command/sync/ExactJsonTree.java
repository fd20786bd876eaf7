package dev.topset.command.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Reads a sync item as a JSON tree with decimals kept exact: a load of 122.35 must reach the set's
 * {@code BigDecimal} as the device wrote it, as it does on the single endpoint, not through a double.
 */
class ExactJsonTree extends JsonDeserializer<JsonNode> {

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        ObjectCodec codec = parser.getCodec();
        ObjectReader reader = codec instanceof ObjectReader objectReader ? objectReader
                : codec instanceof ObjectMapper mapper ? mapper.reader() : null;
        if (reader == null) {
            return context.readTree(parser);
        }
        // one item of the array: the rest of the body follows it, so it has "trailing tokens" by design
        return reader.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readTree(parser);
    }
}
