package dev.topset.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.api.envelope.EventCatalog;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.plan.TopSetTarget;
import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class EnvelopeReaderTest {

    // configured like Spring Boot's (and command-service's) default mapper: ISO-8601 strings for dates
    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final EnvelopeReader reader = new EnvelopeReader(mapper);
    private final UUID athleteId = UUID.randomUUID();
    private final TopSetLogged topSet = new TopSetLogged(UUID.randomUUID(), athleteId, UUID.randomUUID(),
            SetDetails.of("Back Squat", Load.kg("142.5"), 3, new BigDecimal("8")), Instant.now(), "phone",
            new PlannedTopSet(new TopSetTarget(3, new BigDecimal("7.5"), new BigDecimal("8.5"), 1), Load.kg("142.5"),
                    PlannedTopSet.Source.STORED_PLAN));
    private final int current = EventCatalog.of(TopSetLogged.class).schemaVersion();

    @Test
    void readsAPublishedEvent() throws Exception {
        RecordReading reading = reader.read(mapper.writeValueAsString(envelope("TopSetLogged", current,
                mapper.valueToTree(topSet))));

        assertThat(reading).isInstanceOfSatisfying(RecordReading.Parsed.class,
                parsed -> assertThat(parsed.event()).isEqualTo(topSet));
    }

    @Test
    void aVersion1TopSetStillOnTheTopicIsUpcast() throws Exception {
        ObjectNode v1 = mapper.valueToTree(topSet);
        v1.remove("planned"); // the shape revision 1 was published in

        RecordReading reading = reader.read(mapper.writeValueAsString(envelope("TopSetLogged", 1, v1)));

        assertThat(reading).isInstanceOfSatisfying(RecordReading.Parsed.class, parsed -> assertThat(parsed.event())
                .isEqualTo(new TopSetLogged(topSet.sessionId(), athleteId, topSet.setId(), topSet.details(),
                        topSet.performedAt(), "phone", PlannedTopSet.NOT_RECORDED)));
        // the same payload claimed as the current version lacks what that version requires
        assertThat(reader.read(mapper.writeValueAsString(envelope("TopSetLogged", current, v1))))
                .isInstanceOf(RecordReading.Unreadable.class);
    }

    @Test
    void anUnknownTypeIsIgnoredNotFailed() throws Exception {
        RecordReading reading = reader.read(mapper.writeValueAsString(envelope("GymOpened", 1,
                mapper.createObjectNode().put("athleteId", athleteId.toString()))));

        assertThat(reading).isEqualTo(new RecordReading.UnknownType("GymOpened"));
    }

    @Test
    void garbageAndInvalidPayloadsAreUnreadable() throws Exception {
        ObjectNode badLift = mapper.valueToTree(topSet);
        ((ObjectNode) badLift.get("details")).put("lift", "!!!");

        assertThat(reader.read("{not json")).isInstanceOf(RecordReading.Unreadable.class);
        assertThat(reader.read(null)).isInstanceOf(RecordReading.Unreadable.class);
        assertThat(reader.read(mapper.writeValueAsString(envelope("TopSetLogged", current, badLift))))
                .isInstanceOf(RecordReading.Unreadable.class);
    }

    @Test
    void aNewerSchemaVersionIsNotGuessed() throws Exception {
        int newer = EventCatalog.of(TopSetLogged.class).schemaVersion() + 1;

        RecordReading reading = reader.read(mapper.writeValueAsString(envelope("TopSetLogged", newer,
                mapper.valueToTree(topSet))));

        assertThat(reading).isInstanceOfSatisfying(RecordReading.Unreadable.class,
                unreadable -> assertThat(unreadable.error()).contains("schema version"));
    }

    @Test
    void readsAGymEventThatBelongsToNoAthlete() throws Exception {
        GymCreated created = new GymCreated(UUID.randomUUID(), "Iron Temple", "admin-1");

        RecordReading reading = reader.read(mapper.writeValueAsString(envelope("GymCreated", 1,
                mapper.valueToTree(created))));

        assertThat(mapper.valueToTree(created).has("athleteId")).isFalse();
        assertThat(reading).isInstanceOfSatisfying(RecordReading.Parsed.class, parsed -> {
            assertThat(parsed.event()).isEqualTo(created);
            assertThat(parsed.event().streamKey()).isEqualTo(created.gymId());
        });
        assertThat(reader.read(mapper.writeValueAsString(envelope("GymCreated", 1,
                mapper.createObjectNode().put("name", "no gym id"))))).isInstanceOf(RecordReading.Unreadable.class);
    }

    @Test
    void theOnePassReadingGivesWhatTheGeneralReadingGives() throws Exception {
        // decimals as a device may send them (trailing zeros, no fraction, exponent): both readings must agree to
        // the scale, or a rebuilt read model would differ from one built before
        for (String load : List.of("142.5", "142.50", "140", "140.0", "1E+2", "0.1", "102.123456789012345678")) {
            ObjectNode payload = mapper.valueToTree(topSet);
            ((ObjectNode) payload.get("details")).set("load", mapper.createObjectNode()
                    .put("amount", new BigDecimal(load)).put("unit", "KG"));
            String value = mapper.writeValueAsString(envelope("TopSetLogged", current, payload)).replace(
                    "\"amount\":" + new BigDecimal(load), "\"amount\":" + load);
            assertThat(value).contains("\"amount\":" + load);

            RecordReading onePass = new CurrentEnvelopeReader(mapper).read(value);
            RecordReading general = reader.readWithUpcasting(value);

            assertThat(onePass).as(load).isInstanceOf(RecordReading.Parsed.class).isEqualTo(general);
            assertThat(reader.read(value)).isEqualTo(general);
        }
    }

    @Test
    void anythingUnexpectedIsLeftToTheGeneralReading() throws Exception {
        CurrentEnvelopeReader onePass = new CurrentEnvelopeReader(mapper);
        ObjectNode published = mapper.valueToTree(envelope("TopSetLogged", current, mapper.valueToTree(topSet)));
        assertThat(onePass.read(mapper.writeValueAsString(published))).isNotNull();

        ObjectNode olderVersion = published.deepCopy().put("schemaVersion", 1);
        ObjectNode extraField = published.deepCopy().put("shard", 3);
        ObjectNode nullType = published.deepCopy().putNull("type");
        ObjectNode payloadFirst = mapper.createObjectNode().set("payload", published.get("payload"));
        payloadFirst.setAll((ObjectNode) published.deepCopy().without("payload"));
        for (ObjectNode unusual : List.of(olderVersion, extraField, nullType, payloadFirst)) {
            String value = mapper.writeValueAsString(unusual);
            assertThat(onePass.read(value)).as(value).isNull();
        }
        assertThat(onePass.read("{not json")).isNull();
        String canonical = mapper.writeValueAsString(published);
        assertThat(onePass.read(canonical.replaceFirst("\"type\":", "\"type\":\"TopSetLogged\",\"type\":")))
                .as("a repeated field").isNull();
        // UUID.fromString would read this (a sign is a valid start of a number); Jackson's UUID reading refuses it
        String signedEventId = mapper.writeValueAsString(published.deepCopy()
                .put("eventId", "+0000000-0000-0000-0000-000000000000"));
        assertThat(onePass.read(signedEventId)).isNull();
        assertThat(reader.read(signedEventId)).isInstanceOf(RecordReading.Unreadable.class);
        // the general reading still reads what it always read
        assertThat(reader.read(mapper.writeValueAsString(extraField))).isInstanceOf(RecordReading.Parsed.class);
        assertThat(reader.read(mapper.writeValueAsString(payloadFirst))).isInstanceOf(RecordReading.Parsed.class);
    }

    private EventEnvelope envelope(String type, int version, com.fasterxml.jackson.databind.JsonNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, version, athleteId, "TrainingSession",
                UUID.randomUUID().toString(), 1, 1, Instant.now(), Map.of(), payload);
    }
}
