package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An export that is not well-formed CSV is the client's file: a 400 naming {@code file}, nothing recorded. */
class MalformedExportIntegrationTest extends CommandServiceIntegrationTest {

    @Test
    void aCsvWithAnUnterminatedQuoteIsABadFile() {
        UUID athlete = registerAthlete("KG");
        String csv = """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                2026-11-02 18:05:11,"Lower A,1h 12m,"Squat (Barbell)",1,140,5,0,0,"",,8
                2026-11-02 18:05:11,Lower A,1h 12m,Squat (Barbell),2,140,5,0,0,"oops,,8
                """;
        HttpJson.Response answer = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=strong",
                "text/csv", csv);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("file");

        HttpJson.Response duplicateHeader = as(athlete).send("POST", "/athletes/" + athlete
                + "/imports?source=hevy", "text/csv", "title,title\na,b\n");
        assertThat(duplicateHeader.status()).as(duplicateHeader.raw().body()).isEqualTo(400);
        assertThat(eventsOf(athlete)).isEqualTo(1);
    }

    /** The JSON edge's plain-text rule holds for an export's text too: a NUL in a note broke every read model. */
    @Test
    void controlCharactersInAnExportsTextAreRowErrors() {
        UUID athlete = registerAthlete("KG");
        String csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                + "Workout Notes,RPE\n2026-11-02 18:05:11,Lower A,1h,Squat (Barbell),1,140,5,0,0,fast\u0000bar,,8\n";

        HttpJson.Response answer = as(athlete).send("POST", "/athletes/" + athlete + "/imports?source=strong",
                "text/csv", csv);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("Notes");
        assertThat(eventsOf(athlete)).isEqualTo(1);
    }
}
