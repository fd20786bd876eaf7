package dev.topset.command.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used aggregates in memory so that a command does not re-read and deserialize the
 * whole stream of its session or athlete. A weak-reference cache lets the GC reclaim idle aggregates.
 * The event store stays the authority: if another node appended in between, the append fails on the
 * (aggregateIdentifier, sequenceNumber) key, the unit of work rolls back and evicts the stale entry.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    public static final String SESSIONS = "trainingSessionCache";
    public static final String ATHLETES = "athleteCache";
    public static final String GYMS = "gymCache";

    @Bean(SESSIONS)
    Cache trainingSessionCache() {
        return new WeakReferenceCache();
    }

    @Bean(ATHLETES)
    Cache athleteCache() {
        return new WeakReferenceCache();
    }

    @Bean(GYMS)
    Cache gymCache() {
        return new WeakReferenceCache();
    }
}
