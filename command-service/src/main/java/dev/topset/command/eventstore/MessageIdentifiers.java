package dev.topset.command.eventstore;

import dev.topset.security.requestid.RandomUuids;
import org.axonframework.common.IdentifierFactory;

/**
 * Identifiers of Axon's messages (commands, events, results: several per logged set). Axon's default draws
 * {@link java.util.UUID#randomUUID()}, whose one JVM-wide lock the Tomcat threads queued on under load
 * (benchmark 1's profile); these are the same random version 4 UUIDs from a per-thread generator. Found by
 * Axon through {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class MessageIdentifiers extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return RandomUuids.next().toString();
    }
}
