package dev.topset.command.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every string of a request body must be {@link PlainText}; Spring Boot registers this module with the REST
 * ObjectMapper (the event store's mapper is a separate one and stays lenient).
 */
@Component
public class PlainTextJson extends SimpleModule {

    public PlainTextJson() {
        super("topset-plain-text");
        addDeserializer(String.class, new PlainStrings());
    }

    /** Jackson adds the JSON path of the field while the exception travels up, so the 400 can name it. */
    public static final class ControlCharacterException extends JsonMappingException {

        ControlCharacterException(JsonParser parser) {
            super(parser, PlainText.MESSAGE);
        }
    }

    private static final class PlainStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !PlainText.isPlain(value)) {
                throw new ControlCharacterException(parser);
            }
            return value;
        }
    }
}
