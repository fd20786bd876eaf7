package dev.topset.command.concurrency;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The cached aggregate a command was about to run on is behind the event store: another node appended
 * since. A {@link ConcurrencyException}, so the unit of work rolls back, the cache entry is evicted and
 * the command is retried on the aggregate as stored.
 */
public class StaleAggregateException extends ConcurrencyException {

    public StaleAggregateException(String aggregateId, Long cachedVersion, long storedVersion) {
        super("aggregate " + aggregateId + " is cached at sequence " + cachedVersion
                + " but the event store has " + storedVersion);
    }
}
