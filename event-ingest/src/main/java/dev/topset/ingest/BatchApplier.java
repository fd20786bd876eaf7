package dev.topset.ingest;

import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of records to the {@link EventProjection}s and stores the new consumer positions in the same
 * database transaction: after a crash either both the rows and the positions are there or neither is, so
 * nothing is lost and nothing is applied twice.
 */
public class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);
    /** Metadata key (set by command-service from the {@code X-Request-Id} header) and MDC key. */
    public static final String REQUEST_ID = "requestId";

    private final TransactionTemplate transaction;
    private final EnvelopeReader reader;
    private final AppliedSequences sequences;
    private final List<EventProjection> projections;
    private final ConsumerPositions positions;
    private final SkippedEvents skippedEvents;
    private final BatchScope scope;

    /**
     * @param projections applied in this order
     * @param scope       entered first in every batch transaction (the live read model's {@link SwitchoverGate})
     */
    public BatchApplier(TransactionTemplate transaction, EnvelopeReader reader, AppliedSequences sequences,
                        List<EventProjection> projections, ConsumerPositions positions, SkippedEvents skippedEvents,
                        BatchScope scope) {
        this.transaction = transaction;
        this.reader = reader;
        this.sequences = sequences;
        this.projections = List.copyOf(projections);
        this.positions = positions;
        this.skippedEvents = skippedEvents;
        this.scope = scope;
    }

    /** The same applier with other first steps, e.g. a rebuild's: its transactions write into a fresh schema. */
    public BatchApplier withScope(BatchScope otherScope) {
        return new BatchApplier(transaction, reader, sequences, projections, positions, skippedEvents, otherScope);
    }

    public List<EventProjection> projections() {
        return projections;
    }

    public BatchResult apply(List<ConsumerRecord<String, String>> records) {
        return transaction.execute(status -> {
            scope.enter();
            int applied = 0;
            int duplicates = 0;
            int ignored = 0;
            int skipped = 0;
            List<Instant> appliedEventTimes = new ArrayList<>();
            List<RecordReading> readings = new ArrayList<>(records.size());
            Set<String> aggregates = new HashSet<>();
            for (ConsumerRecord<String, String> consumerRecord : records) {
                RecordReading reading = reader.read(consumerRecord.value());
                readings.add(reading);
                if (reading instanceof RecordReading.Parsed parsed) {
                    aggregates.add(parsed.envelope().aggregateId());
                }
            }
            Map<String, Long> lastApplied = sequences.lock(aggregates);
            Map<String, Long> claimed = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, String> consumerRecord = records.get(i);
                RecordReading reading = readings.get(i);
                if (reading instanceof RecordReading.Parsed parsed) {
                    EventEnvelope envelope = parsed.envelope();
                    Long last = lastApplied.get(envelope.aggregateId());
                    if (last == null || last < envelope.sequence()) {
                        lastApplied.put(envelope.aggregateId(), envelope.sequence());
                        claimed.put(envelope.aggregateId(), envelope.sequence());
                        Instant recordedAt = envelope.occurredAt() != null ? envelope.occurredAt()
                                : Instant.ofEpochMilli(consumerRecord.timestamp());
                        applyInRequestContext(parsed.event(), envelope, recordedAt);
                        appliedEventTimes.add(recordedAt);
                        applied++;
                    } else {
                        log.debug("duplicate {} #{} of {} at {}", envelope.type(), envelope.sequence(),
                                envelope.aggregateId(), coordinates(consumerRecord));
                        duplicates++;
                    }
                } else if (reading instanceof RecordReading.UnknownType unknown) {
                    log.debug("ignoring unknown event type {} at {}", unknown.type(), coordinates(consumerRecord));
                    ignored++;
                } else if (reading instanceof RecordReading.Unreadable unreadable) {
                    log.warn("skipping unreadable record at {}: {}", coordinates(consumerRecord), unreadable.error());
                    skippedEvents.record(consumerRecord, unreadable.error());
                    skipped++;
                }
            }
            sequences.record(claimed);
            for (EventProjection projection : projections) {
                projection.batchApplied();
            }
            Map<TopicPartition, Long> nextOffsets = nextOffsets(records);
            positions.save(nextOffsets);
            return new BatchResult(applied, duplicates, ignored, skipped, nextOffsets, appliedEventTimes);
        });
    }

    /**
     * Applies one event with the request id of the command that caused it in the logging context, so that a
     * projection's log lines (and this one) can be traced back to the device's request.
     */
    private void applyInRequestContext(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        String requestId = envelope.metadata() == null ? null : envelope.metadata().get(REQUEST_ID);
        String outer = MDC.get(REQUEST_ID);
        if (requestId != null) {
            MDC.put(REQUEST_ID, requestId);
        }
        try {
            for (EventProjection projection : projections) {
                projection.apply(event, envelope, recordedAt);
            }
            log.debug("applied {} #{} of {}", envelope.type(), envelope.sequence(), envelope.aggregateId());
        } finally {
            if (outer != null) {
                MDC.put(REQUEST_ID, outer);
            } else {
                MDC.remove(REQUEST_ID);
            }
        }
    }

    /**
     * Gives up on one record that cannot be applied (a projection itself failed on it) and moves its
     * partition past it, so that one bad event never blocks the athletes behind it.
     */
    public BatchResult skip(ConsumerRecord<String, String> consumerRecord, String error) {
        return transaction.execute(status -> {
            scope.enter();
            skippedEvents.record(consumerRecord, error);
            Map<TopicPartition, Long> nextOffsets = nextOffsets(List.of(consumerRecord));
            positions.save(nextOffsets);
            return new BatchResult(0, 0, 0, 1, nextOffsets, List.of());
        });
    }

    private static Map<TopicPartition, Long> nextOffsets(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, Long> next = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> consumerRecord : records) {
            next.merge(new TopicPartition(consumerRecord.topic(), consumerRecord.partition()),
                    consumerRecord.offset() + 1, Math::max);
        }
        return next;
    }

    private static String coordinates(ConsumerRecord<?, ?> consumerRecord) {
        return consumerRecord.topic() + "-" + consumerRecord.partition() + "@" + consumerRecord.offset();
    }
}
