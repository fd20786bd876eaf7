package dev.topset.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.envelope.EventCatalog;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The schema version on the topic must be the revision Axon stores, or upcasting and consumers disagree. */
class EventCatalogRevisionTest {

    @Test
    void everyPublishedEventDeclaresTheRevisionTheCatalogPublishes() {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            Revision revision = entry.eventClass().getAnnotation(Revision.class);
            assertThat(revision).as(entry.type() + " has @Revision").isNotNull();
            assertThat(Integer.parseInt(revision.value())).as(entry.type()).isEqualTo(entry.schemaVersion());
        }
    }
}
