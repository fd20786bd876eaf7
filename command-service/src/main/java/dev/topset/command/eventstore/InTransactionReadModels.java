package dev.topset.command.eventstore;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * A read model written in the transaction of the events it reads: a subscribing processor, so its handlers run in
 * the command's unit of work and their rows commit with the events; a propagating error handler, so a failing
 * handler fails the command and its events roll back (Axon's default would log, skip the row and keep the event).
 */
public final class InTransactionReadModels {

    private InTransactionReadModels() {
    }

    public static void register(EventProcessingConfigurer processing, String processingGroup) {
        processing.registerSubscribingEventProcessor(processingGroup);
        processing.registerListenerInvocationErrorHandler(processingGroup,
                configuration -> PropagatingErrorHandler.instance());
    }
}
