package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.importing.PlannedSession.PlannedSet;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.session.LogSetRequest;
import dev.topset.command.session.StartSessionRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 18: an import records each workout (start, sets, finish) in one transaction, the refusals as before. */
class ImportedWorkoutTransactionIntegrationTest extends CommandServiceIntegrationTest {

    private static final Instant STARTED = Instant.parse("2026-10-05T07:00:00Z");

    @Autowired
    private WorkoutRecorder recorder;

    /** Before: every command of a workout was a transaction of its own (a 20-set workout: 22 commits). */
    @Test
    void everyImportedWorkoutIsOneTransaction() throws Exception {
        UUID athlete = registerAthlete("KG");
        String file = HevyExportGenerator.generate(2, 5);
        var started = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=hevy", "text/csv", file);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        JsonNode job = ImportJobsSupport.awaitEnd(as(athlete), started.header("Location"));
        assertThat(job.path("status").asText()).isEqualTo("COMPLETED");

        List<UUID> sessions = sessionsOf(athlete);
        assertThat(sessions).hasSizeGreaterThan(1);
        for (UUID session : sessions) {
            assertThat(eventsOf(session)).isGreaterThan(3);
            assertThat(transactionsOf(session)).as("transactions that wrote session " + session).isEqualTo(1);
        }
    }

    /**
     * A set the session refuses when it is sent (here a backoff without a top set of its lift) fails the import at
     * its line, with its rule; the commands before it in the workout are recorded, it and the rest are not.
     */
    @Test
    void aRefusedSetEndsTheImportAtItsLineAndWhatCameBeforeStays() {
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();
        PlannedSession workout = new PlannedSession(2, new StartSessionRequest(session, athlete,
                LocalDate.of(2026, 10, 5), STARTED, "Lower"), STARTED.plusSeconds(3600), List.of(
                set(2, SetKind.TOP, "squat", 140), set(3, SetKind.BACKOFF, "squat", 120),
                set(4, SetKind.BACKOFF, "bench-press", 80), set(5, SetKind.TOP, "bench-press", 90)), null);

        assertThatThrownBy(() -> recorder.record(workout, "import-test"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.BACKOFF_NEEDS_TOP_SET))
                .hasMessageStartingWith("line 4: ");
        assertThat(eventsOf(session)).as("start, top set, backoff").isEqualTo(3);

        WorkoutRecorder.Recorded again = recorder.record(new PlannedSession(2, workout.start(),
                workout.finishedAt(), workout.sets().subList(0, 2), null), "import-test");
        assertThat(again).isEqualTo(new WorkoutRecorder.Recorded(0, 2));
        assertThat(eventsOf(session)).as("the finish added").isEqualTo(4);
    }

    /**
     * A set id another athlete's session holds is found only at the append (by {@code set_session}), where the
     * workout's transaction cannot commit: the commands before it are stored and published once each, the set is
     * the single endpoint's 409 at its line, nothing after it is recorded.
     */
    @Test
    void aSetIdTakenAtTheAppendEndsTheImportAtItsLineAndWhatCameBeforeIsPublishedOnce() {
        UUID other = registerAthlete("KG");
        UUID taken = logTopSet(other, startSession(other, "2026-10-04T07:00:00Z"));
        UUID athlete = registerAthlete("KG");
        UUID session = UUID.randomUUID();
        PlannedSet top = set(2, SetKind.TOP, "squat", 140);
        PlannedSet takenSet = new PlannedSet(3, new LogSetRequest(taken, SetKind.BACKOFF, "squat",
                BigDecimal.valueOf(120), LoadUnit.KG, 5, null, null, null, null, STARTED.plusSeconds(180)), null);
        PlannedSession workout = new PlannedSession(2, new StartSessionRequest(session, athlete,
                LocalDate.of(2026, 10, 5), STARTED, "Lower"), STARTED.plusSeconds(3600), List.of(top, takenSet,
                set(4, SetKind.BACKOFF, "squat", 110)), null);

        assertThatThrownBy(() -> recorder.record(workout, "import-test"))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.rule()).isEqualTo(Rule.ID_TAKEN))
                .hasMessageStartingWith("line 3: ");
        assertThat(eventsOf(session)).as("start and top set").isEqualTo(2);

        long stored = jdbc.sql("SELECT count(*) FROM athlete_event WHERE athlete_id = ?").param(athlete)
                .query(Long.class).single();
        List<EventEnvelope> published = consumeEnvelopesOf(athlete, (int) stored + 1);
        assertThat(published).hasSize((int) stored);
        assertThat(published.stream().map(EventEnvelope::eventId).distinct()).hasSize((int) stored);
        assertThat(published.stream().filter(envelope -> envelope.aggregateId().equals(session.toString())))
                .extracting(EventEnvelope::sequence).containsExactly(0L, 1L);
    }

    private static PlannedSet set(long line, SetKind kind, String lift, int load) {
        return new PlannedSet(line, new LogSetRequest(UUID.randomUUID(), kind, lift, BigDecimal.valueOf(load),
                LoadUnit.KG, 5, null, null, null, null, STARTED.plusSeconds(60 * line)), null);
    }

    private List<UUID> sessionsOf(UUID athlete) {
        return jdbc.sql("""
                        SELECT DISTINCT e.aggregateIdentifier FROM athlete_event a
                        JOIN DomainEventEntry e ON e.globalIndex = a.global_index
                        WHERE a.athlete_id = ? AND e.type = 'TrainingSession'""")
                .param(athlete).query(String.class).list().stream().map(UUID::fromString).toList();
    }

    /** PostgreSQL's xmin: the transaction that wrote the row. */
    private long transactionsOf(UUID session) {
        return jdbc.sql("SELECT count(DISTINCT xmin::text) FROM DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(session.toString()).query(Long.class).single();
    }
}
