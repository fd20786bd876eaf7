package dev.topset.command.session;

import dev.topset.command.eventstore.InTransactionReadModels;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** A set id of another session fails the command, and its event rolls back with it (see {@link SetSessions}). */
@Configuration(proxyBeanMethods = false)
class SetIdsConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        InTransactionReadModels.register(processing, SetSessions.PROCESSING_GROUP);
    }
}
