package dev.topset.command.requestid;

import dev.topset.security.requestid.RequestIdFilter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries the request id from the HTTP edge into Axon: the gateway stamps it on every command it sends, and the
 * correlation data provider copies it from the command to every event the command applies (stored in the event
 * store's metadata, then published in the Kafka envelope's {@code metadata}).
 */
@Configuration(proxyBeanMethods = false)
class RequestIdMessaging {

    /** Registered on the command gateway by Axon's InterceptorAutoConfiguration. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> requestIdOnCommands() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    String requestId = MDC.get(RequestIdFilter.KEY);
                    return requestId == null || command.getMetaData().containsKey(RequestIdFilter.KEY) ? command
                            : command.andMetaData(Map.of(RequestIdFilter.KEY, requestId));
                };
            }
        };
    }

    @Bean
    CorrelationDataProvider requestIdCorrelation() {
        return new SimpleCorrelationDataProvider(RequestIdFilter.KEY);
    }

    /** Axon's default provider (correlationId, traceId); declared because any provider bean replaces it. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
