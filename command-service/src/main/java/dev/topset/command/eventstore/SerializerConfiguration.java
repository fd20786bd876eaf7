package dev.topset.command.eventstore;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Jackson for everything Axon stores (XStream, Axon 4's default, is a liability on JDK 17), with the
 * lenient event mapper: stored events must keep loading when a later version adds fields.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(EventJson.mapper()).lenientDeserialization().build();
    }
}
