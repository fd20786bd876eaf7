package dev.topset.command.history;

import dev.topset.api.envelope.EventEnvelope;
import java.util.List;
import java.util.UUID;

/**
 * One page of an athlete's events in catch-up order.
 *
 * @param nextCursor pass as {@code after} to continue; equals the request's cursor when the page is empty
 * @param hasMore    more events were already stored when this page was read
 */
public record EventPage(UUID athleteId, List<EventEnvelope> events, String nextCursor, boolean hasMore) {
}
