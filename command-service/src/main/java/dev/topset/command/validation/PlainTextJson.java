package dev.topset.command.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
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
        // Jackson trims enum names before matching them, which would turn "KG\u0000" into KG
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new PlainEnums(deserializer);
            }
        });
    }

    /** Jackson adds the JSON path of the field while the exception travels up, so the 400 can name it. */
    public static final class ControlCharacterException extends JsonMappingException {

        ControlCharacterException(JsonParser parser) {
            super(parser, PlainText.MESSAGE);
        }
    }

    private static final class PlainEnums extends DelegatingDeserializer {

        PlainEnums(JsonDeserializer<?> enums) {
            super(enums);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> enums) {
            return new PlainEnums(enums);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && !PlainText.isPlain(parser.getText())) {
                throw new ControlCharacterException(parser);
            }
            return super.deserialize(parser, context);
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
