package dev.topset.command.plan;

import dev.topset.command.eventstore.InTransactionReadModels;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanReadsConfiguration {

    /**
     * Axon's default handler logs and swallows a failing event handler: the plan event would be stored
     * while {@code lift_plan} keeps the old plan, and every later prescription would silently use it.
     * Propagating fails the command instead, and the event rolls back with the row.
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        InTransactionReadModels.register(processing, LiftPlanProjection.PROCESSING_GROUP);
    }
}
