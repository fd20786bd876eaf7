package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 16, imports that keep the whole history: physical limits, the file's unit, an import as one unit. */
class ImportHistoryIntegrationTest extends CommandServiceIntegrationTest {

    private static final String HEVY_HEADER = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
            + "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"%s\",\"reps\",\"distance_km\","
            + "\"duration_seconds\",\"rpe\"\n";
    private static final String HEVY_KG = HEVY_HEADER.formatted("weight_kg")
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Back Extension (Weighted)\",,,0,\"normal\",10,103,,,\n"
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Squat (Barbell)\",,,0,\"normal\",140,5,,,8\n"
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Squat (Barbell)\",,,1,\"normal\",120,5,,,7\n";

    /** Before: the 103-rep row was refused (REPS_RANGE, reps 1-100), and with skipBadRows=false the whole file. */
    @Test
    void aRealHundredAndThreeRepSetIsImportedAndLoggedWhileATypoIsStillRefused() {
        UUID athlete = registerAthlete("KG");

        var imported = importCsv(athlete, "source=hevy&skipBadRows=false", HEVY_KG);

        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(200);
        assertThat(imported.body().path("skippedRows").asInt()).isZero();
        assertThat(imported.body().path("setsRecorded").asInt()).isEqualTo(3);
        assertThat(repsLogged(athlete)).contains(103);

        UUID session = startSession(athlete, "2026-11-04T07:00:00Z");
        var rest = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "ACCESSORY", "lift": "push-up", "load": 0, "unit": "KG", "reps": 150}"""
                .formatted(UUID.randomUUID()));
        assertThat(rest.status()).as(rest.raw().body()).isEqualTo(201);
        var typo = http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "ACCESSORY", "lift": "push-up", "load": 0, "unit": "KG", "reps": 1500}"""
                .formatted(UUID.randomUUID()));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.raw().body()).contains("reps");

        var typoRow = importCsv(athlete, "source=hevy&dryRun=true",
                HEVY_KG.replace(",10,103,", ",10,1030,"));
        assertThat(typoRow.body().path("errors").get(0).path("field").asText()).isEqualTo("reps");
        assertThat(typoRow.body().path("errors").get(0).path("line").asInt()).isEqualTo(2);
    }

    HttpJson.Response importCsv(UUID athlete, String query, String csv) {
        return http.send("POST", "/athletes/" + athlete + "/imports?" + query, "text/csv", csv);
    }

    private List<Integer> repsLogged(UUID athlete) {
        List<Integer> reps = new ArrayList<>();
        for (JsonNode event : http.get("/athletes/" + athlete + "/events?limit=1000").body().path("events")) {
            if (event.path("type").asText().endsWith("SetLogged")) {
                reps.add(event.path("payload").path("details").path("reps").asInt());
            }
        }
        return reps;
    }
}
