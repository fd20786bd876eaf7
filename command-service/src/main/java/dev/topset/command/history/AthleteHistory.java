package dev.topset.command.history;

import dev.topset.api.envelope.EventEnvelope;
import dev.topset.command.publishing.EnvelopeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an athlete's events in {@code athlete_seq} order as the envelopes the topic carries. */
@Component
public class AthleteHistory {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EnvelopeFactory envelopes;

    AthleteHistory(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer, EnvelopeFactory envelopes) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.envelopes = envelopes;
    }

    private record Row(long athleteSeq, long globalIndex, DomainEventData<byte[]> data) {
    }

    /** Events with {@code athlete_seq > after}, at most {@code limit}; hasMore from reading one extra row. */
    public EventPage page(UUID athleteId, long after, int limit) {
        List<Row> rows = jdbc.sql("""
                        SELECT ae.athlete_seq, e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,
                               e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData
                        FROM athlete_event ae JOIN DomainEventEntry e ON e.globalIndex = ae.global_index
                        WHERE ae.athlete_id = :athleteId AND ae.athlete_seq > :after
                        ORDER BY ae.athlete_seq
                        LIMIT :limit""")
                .param("athleteId", athleteId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> new Row(rs.getLong("athlete_seq"), rs.getLong("globalIndex"),
                        new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregateIdentifier"),
                                rs.getLong("sequenceNumber"), rs.getString("eventIdentifier"),
                                rs.getString("timeStamp"), rs.getString("payloadType"),
                                rs.getString("payloadRevision"), rs.getBytes("payload"), rs.getBytes("metaData"))))
                .list();
        boolean hasMore = rows.size() > limit;
        List<Row> page = hasMore ? rows.subList(0, limit) : rows;
        List<EventEnvelope> events = new ArrayList<>(page.size());
        for (Row row : page) {
            // no upcasters are registered for the event store; use the same chain here once one is
            DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                    java.util.stream.Stream.of(row.data()), serializer, NoOpEventUpcaster.INSTANCE);
            events.add(envelopes.envelope(stream.next(), new GlobalSequenceTrackingToken(row.globalIndex())));
        }
        long last = page.isEmpty() ? after : page.get(page.size() - 1).athleteSeq();
        return new EventPage(athleteId, events, EventCursor.encode(last), hasMore);
    }
}
