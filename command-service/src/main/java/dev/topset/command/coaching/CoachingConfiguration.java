package dev.topset.command.coaching;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoachingConfiguration {

    /**
     * A skipped event (Axon's default: log and continue) would leave a top set out of the history for
     * good; propagating makes the pooled processor back off and retry the batch instead.
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(TopSetHistoryProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
