package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 16/18: a generated Hevy export of 20 months (over 8,000 rows, Hevy's own exercise names) imported as one
 * job. The tracked share and the time are logged; docs/imports.md keeps the figures.
 */
class LargeHevyExportIntegrationTest extends CommandServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LargeHevyExportIntegrationTest.class);
    /** A working set with an empty weight_kg cell and reps. */
    private static final Pattern BODYWEIGHT_SET = Pattern.compile("\"(normal|failure)\",,\\d");

    @Test
    void twentyMonthsOfHevyLandOnTrackedLiftsInOneJob() throws Exception {
        String file = HevyExportGenerator.generate(87, 16);
        UUID athlete = registerAthlete("KG");

        JsonNode plan = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=hevy&dryRun=true",
                "text/csv", file).body();
        assertThat(plan.path("rows").asInt()).isGreaterThanOrEqualTo(8_000);
        JsonNode kinds = plan.path("sets");
        int tracked = kinds.path("TOP").asInt() + kinds.path("BACKOFF").asInt() + kinds.path("DROP").asInt();
        int strength = tracked + kinds.path("ACCESSORY").asInt();
        // bodyweight work (pull-ups, leg raises with an empty weight) has no load to trend: counted apart
        long bodyweight = file.lines().filter(row -> BODYWEIGHT_SET.matcher(row).find()).count();
        double share = tracked / (double) (strength - bodyweight);
        assertThat(share).as(kinds + ", " + bodyweight + " bodyweight sets").isGreaterThanOrEqualTo(0.95);

        Instant start = Instant.now();
        var started = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=hevy", "text/csv", file);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        Duration answered = Duration.between(start, Instant.now());
        JsonNode job = ImportJobsSupport.awaitEnd(as(athlete), started.header("Location"), Duration.ofMinutes(10));
        Duration took = Duration.between(start, Instant.now());

        assertThat(job.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.path("setsRecorded").asInt()).isEqualTo(plan.path("setsRecorded").asInt());
        log.info("Hevy export of {} rows: {} sets ({}); {} strength sets, {} of them bodyweight; {} on a lift with a"
                        + " trend = {}% of the loaded ones, {}% of all; 202 after {} ms, recorded in {} ms ({} sets/s)",
                plan.path("rows").asInt(), job.path("setsRecorded").asInt(), kinds, strength, bodyweight, tracked,
                Math.round(share * 1000) / 10.0, Math.round(tracked * 1000.0 / strength) / 10.0, answered.toMillis(),
                took.toMillis(), job.path("setsRecorded").asInt() * 1000L / took.toMillis());
    }
}
