package dev.topset.command.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.topset.command.eventstore.CreationEvents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose session is this? Endpoints that take only a session id must know before they load the aggregate.
 * The first event of a TrainingSession stream is its SessionStarted, which names the athlete; the
 * (aggregateIdentifier, sequenceNumber) unique index makes this one index probe (through {@link CreationEvents}).
 *
 * <p>A found owner is remembered: the stored SessionStarted never changes (events are append-only), so the
 * answer cannot go stale, and every set of a session asks again (one database round trip per set saved,
 * benchmark 1). "Never started" is not remembered: the session may be started a moment later, on any node.
 */
@Component
public class SessionOwners {

    /** Sessions in progress on this node at once, with room to spare; ~150 bytes each. */
    static final int REMEMBERED_SESSIONS = 50_000;

    /** The aggregate type as stored (access cannot name the session package's class: it depends on access). */
    private static final String SESSION_TYPE = "TrainingSession";

    private final CreationEvents creations;
    private final Cache<UUID, UUID> owners = Caffeine.newBuilder().maximumSize(REMEMBERED_SESSIONS).build();

    SessionOwners(CreationEvents creations) {
        this.creations = creations;
    }

    /** Empty for a session id that was never started. */
    public Optional<UUID> ownerOf(UUID sessionId) {
        UUID known = owners.getIfPresent(sessionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> stored = stored(sessionId);
        stored.ifPresent(owner -> owners.put(sessionId, owner));
        return stored;
    }

    private Optional<UUID> stored(UUID sessionId) {
        return creations.field(SESSION_TYPE, sessionId, "athleteId").map(UUID::fromString);
    }
}
