package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.HttpJson;
import java.time.Duration;
import java.time.Instant;

/** Waits for import jobs the way a client does: reading the job at its Location until it ended. */
public final class ImportJobsSupport {

    private ImportJobsSupport() {
    }

    public static JsonNode awaitEnd(HttpJson http, String location) throws InterruptedException {
        return awaitEnd(http, location, Duration.ofSeconds(60));
    }

    public static JsonNode awaitEnd(HttpJson http, String location, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            HttpJson.Response job = http.get(location);
            assertThat(job.status()).as(job.raw().body()).isEqualTo(200);
            if (!job.body().path("status").asText().equals("RUNNING")) {
                return job.body();
            }
            assertThat(Instant.now()).as("import still running: " + job.body()).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
