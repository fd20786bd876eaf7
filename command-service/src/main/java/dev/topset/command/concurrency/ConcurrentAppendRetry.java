package dev.topset.command.concurrency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a command only when it lost a race for its aggregate ({@link ConcurrencyException}: the append
 * hit the unique (aggregate, sequence) key, or the cached aggregate was stale; {@link
 * AggregateStreamCreationException}: two nodes created the same session or athlete at once). That is safe:
 * the unit of work rolled back, nothing was stored, the cache entry was evicted, and the retry decides again on the
 * aggregate as stored (every handler is idempotent by client ids anyway). Rule violations, unknown ids and
 * storage outages are answered at once. Counted in {@value #METRIC}, tagged by cause.
 */
class ConcurrentAppendRetry implements RetryScheduler {

    static final String METRIC = "topset.commands.retries";
    private static final Logger log = LoggerFactory.getLogger(ConcurrentAppendRetry.class);

    private final RetryScheduler backoff;
    private final Counter appendConflicts;
    private final Counter staleCaches;

    ConcurrentAppendRetry(RetryScheduler backoff, MeterRegistry meters) {
        this.backoff = backoff;
        this.appendConflicts = Counter.builder(METRIC).tag("cause", "append-conflict")
                .description("commands retried after another node appended to the same aggregate first")
                .register(meters);
        this.staleCaches = Counter.builder(METRIC).tag("cause", "stale-cache")
                .description("commands retried because the cached aggregate was behind the event store")
                .register(meters);
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        Throwable race = raceIn(lastFailure);
        if (race == null || !backoff.scheduleRetry(commandMessage, lastFailure, failures, commandDispatch)) {
            return false;
        }
        (race instanceof StaleAggregateException ? staleCaches : appendConflicts).increment();
        log.debug("retrying {} (attempt {}): {}", commandMessage.getPayloadType().getSimpleName(), failures.size(),
                race.getMessage());
        return true;
    }

    private static Throwable raceIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return cause;
            }
        }
        return null;
    }
}
