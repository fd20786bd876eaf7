package dev.topset.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

/** Axon finds the lock-free identifier factory, and the stored events carry its random version 4 ids. */
class MessageIdentifiersIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void storedEventsHaveRandomVersion4Identifiers() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(MessageIdentifiers.class);
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T10:00:00Z");

        List<String> ids = jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier IN (?, ?)")
                .param(athlete.toString()).param(session.toString()).query(String.class).list();

        assertThat(ids).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
    }
}
