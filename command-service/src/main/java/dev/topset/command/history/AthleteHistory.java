package dev.topset.command.history;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.publishing.EnvelopeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an athlete's events in {@code athlete_seq} order as the envelopes the topic carries.
 *
 * <p>It reads {@code DomainEventEntry} itself (joined with the catch-up order), so it applies Axon's upcaster
 * chain itself too: the same chain the event store uses, so an event stored in an old revision reaches a device
 * in the current shape, exactly as it reaches the topic.
 */
@Component
public class AthleteHistory {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EnvelopeFactory envelopes;
    private final ObjectProvider<Configuration> axon;

    AthleteHistory(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer, EnvelopeFactory envelopes,
                   ObjectProvider<Configuration> axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.envelopes = envelopes;
        this.axon = axon;
    }

    /** One event with its place in the athlete's order (the SSE id and the cursor after it). */
    record SequencedEvent(long athleteSeq, EventEnvelope envelope) {

        String cursor() {
            return EventCursor.encode(athleteSeq);
        }
    }

    private record Row(long athleteSeq, long globalIndex, DomainEventData<byte[]> data) {
    }

    /** Events with {@code athlete_seq > after}, at most {@code limit}; hasMore from reading one extra row. */
    public EventPage page(UUID athleteId, long after, int limit) {
        List<SequencedEvent> read = after(athleteId, after, limit + 1);
        boolean hasMore = read.size() > limit;
        List<SequencedEvent> page = hasMore ? read.subList(0, limit) : read;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).athleteSeq();
        return new EventPage(athleteId, page.stream().map(SequencedEvent::envelope).toList(),
                EventCursor.encode(last), hasMore);
    }

    /** At most {@code limit} events with {@code athlete_seq > after}, in order. */
    List<SequencedEvent> after(UUID athleteId, long after, int limit) {
        List<Row> rows = jdbc.sql("""
                        SELECT ae.athlete_seq, e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,
                               e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData
                        FROM athlete_event ae JOIN DomainEventEntry e ON e.globalIndex = ae.global_index
                        WHERE ae.athlete_id = :athleteId AND ae.athlete_seq > :after
                        ORDER BY ae.athlete_seq
                        LIMIT :limit""")
                .param("athleteId", athleteId)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("athlete_seq"), rs.getLong("globalIndex"),
                        new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregateIdentifier"),
                                rs.getLong("sequenceNumber"), rs.getString("eventIdentifier"),
                                rs.getString("timeStamp"), rs.getString("payloadType"),
                                rs.getString("payloadRevision"), rs.getBytes("payload"), rs.getBytes("metaData"))))
                .list();
        List<SequencedEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                    Stream.of(row.data()), serializer, axon.getObject().upcasterChain());
            events.add(new SequencedEvent(row.athleteSeq(),
                    envelopes.envelope(stream.next(), new GlobalSequenceTrackingToken(row.globalIndex()))));
        }
        return events;
    }
}
