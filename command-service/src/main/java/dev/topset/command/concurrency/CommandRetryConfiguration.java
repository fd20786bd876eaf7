package dev.topset.command.concurrency;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several command-service nodes on one event store: Axon's optimistic append detects the race, this makes
 * the loser retry instead of answering the device with a conflict it did not cause.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetryConfiguration {

    /** Not a ScheduledExecutorService bean: Spring's @Scheduled support would pick that up as its scheduler. */
    record RetryThreads(ScheduledExecutorService executor) implements DisposableBean {
        @Override
        public void destroy() {
            executor.shutdownNow();
        }
    }

    @Bean
    RetryThreads commandRetryThreads(CommandRetryProperties properties) {
        return new RetryThreads(Executors.newScheduledThreadPool(properties.threads(),
                new AxonThreadFactory("command-retry")));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, RetryThreads retryThreads,
                                  CommandRetryProperties properties, MeterRegistry meters) {
        var backoff = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(retryThreads.executor())
                .maxRetryCount(properties.maxRetries())
                .backoffFactor(Math.max(1, properties.backoff().toMillis()))
                // which failures are retried is decided by ConcurrentAppendRetry, not by Axon's transient list
                .nonTransientFailurePredicate(failure -> false)
                .build();
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrentAppendRetry(backoff, meters))
                .build();
    }

    @Bean
    PersistenceExceptionResolver uniqueViolations() {
        return new UniqueViolations();
    }

    @Bean
    HandlerEnhancerDefinition freshAggregateCheck(ObjectProvider<EventStorageEngine> storage) {
        return new FreshAggregateCheck(storage);
    }
}
