package dev.topset.command.history;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    /**
     * Subscribing, so the catch-up order is written in the event's own transaction; propagating, so an
     * event never commits without its place in that order (Axon's default would log and skip).
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(AthleteEventOrderProjection.PROCESSING_GROUP);
        processing.registerListenerInvocationErrorHandler(AthleteEventOrderProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
