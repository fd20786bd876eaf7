package dev.topset.command.publishing;

import dev.topset.api.TrainingEvent;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.PropertySequencingPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublisherProcessingConfiguration {

    /**
     * Axon's default error handler logs and skips a failing event, which for an outbox means a lost
     * event. Propagating makes the processor back off and retry the batch instead. Sequencing by
     * stream key (athlete, or gym) keeps each athlete's events in order on the topic even with several segments.
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
        processing.registerSequencingPolicy(KafkaEventPublisher.PROCESSING_GROUP,
                configuration -> PropertySequencingPolicy.builder(TrainingEvent.class, UUID.class)
                        .propertyExtractor(TrainingEvent::streamKey)
                        .build());
    }
}
