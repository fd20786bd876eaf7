package dev.topset.command.importing.ledger;

import dev.topset.command.eventstore.InTransactionReadModels;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** An import is listed in the transaction that records it (see {@link ImportRecords}). */
@Configuration(proxyBeanMethods = false)
class ImportRecordsConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        InTransactionReadModels.register(processing, ImportRecords.PROCESSING_GROUP);
    }
}
