package dev.topset.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 16, imports that keep the whole history: physical limits, the file's unit, an import as one unit. */
class ImportHistoryIntegrationTest extends CommandServiceIntegrationTest {

    private static final String HEVY_HEADER = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
            + "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"%s\",\"reps\",\"distance_km\","
            + "\"duration_seconds\",\"rpe\"\n";
    private static final String STRONG_HEADER =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    private static final String HEVY_KG = HEVY_HEADER.formatted("weight_kg")
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Back Extension (Weighted)\",,,0,\"normal\",10,103,,,\n"
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Squat (Barbell)\",,,0,\"normal\",140,5,,,8\n"
            + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Squat (Barbell)\",,,1,\"normal\",120,5,,,7\n";

    /** Before: the 103-rep row was refused (REPS_RANGE, reps 1-100), and with skipBadRows=false the whole file. */
    @Test
    void aRealHundredAndThreeRepSetIsImportedAndLoggedWhileATypoIsStillRefused() throws Exception {
        UUID athlete = registerAthlete("KG");

        JsonNode imported = importAndWait(athlete, "source=hevy&skipBadRows=false", HEVY_KG);

        assertThat(imported.path("rowsRejected").asInt()).isZero();
        assertThat(imported.path("setsRecorded").asInt()).isEqualTo(3);
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

    /**
     * Before: Hevy's weight_kg file imported with unit=lb was taken as pounds, and a re-import of a Strong file
     * with another unit was refused as SET_ID_REUSED "the export changed since (a set edited ...)".
     */
    @Test
    void theFileSaysItsUnitAndAReimportInAnotherUnitIsNamedAsSuch() throws Exception {
        UUID athlete = registerAthlete("LB");
        var contradicting = importCsv(athlete, "source=hevy&unit=lb", HEVY_KG);
        assertThat(contradicting.status()).isEqualTo(400);
        assertThat(contradicting.body().path("errors").get(0).path("field").asText()).isEqualTo("unit");
        assertThat(contradicting.body().path("errors").get(0).path("message").asText()).contains("weight_kg");

        var dryRun = importCsv(athlete, "source=hevy&dryRun=true", HEVY_KG);
        assertThat(dryRun.body().path("unit").path("unit").asText()).isEqualTo("KG");
        assertThat(dryRun.body().path("unit").path("from").asText()).isEqualTo("file column weight_kg");

        String strong = STRONG_HEADER + "2026-11-02 18:05:11,\"Lower\",1h 12m,\"Squat (Barbell)\",1,315,5,,,,,8\n";
        importAndWait(athlete, "source=strong&unit=lb", strong);
        List<String> events = eventTypes(athlete);
        var asKilograms = importCsv(athlete, "source=strong&unit=kg", strong);
        assertThat(asKilograms.status()).as(asKilograms.raw().body()).isEqualTo(409);
        assertThat(asKilograms.body().path("title").asText()).isEqualTo("Imported before in another unit");
        assertThat(asKilograms.body().path("unit").path("unit").asText()).isEqualTo("KG");
        JsonNode error = asKilograms.body().path("errors").get(0);
        assertThat(error.path("rule").asText()).isEqualTo("IMPORT_UNIT_CHANGED");
        assertThat(error.path("message").asText()).contains("imported before in LB").contains("import with unit=lb");
        assertThat(eventTypes(athlete)).isEqualTo(events);

        String olderStrong = "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps\n"
                + "2026-11-09 18:00:00,Lower,Deadlift (Barbell),1,180,kg,3\n";
        var stated = importCsv(athlete, "source=strong&dryRun=true", olderStrong);
        assertThat(stated.body().path("unit").path("from").asText()).isEqualTo("file column Weight Unit");
        assertThat(stated.body().path("workouts").get(0).path("topSets").get(0).asText())
                .isEqualTo("deadlift 180 KG x 3");
    }

    /** Before: there was no import id, no list of imports and no way to take an import back. */
    @Test
    void anImportIsOneUnitThatIsListedAndUndoneByVoidingExactlyItsSets() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-01T07:00:00Z");
        UUID ownSet = logTopSet(athlete, session);
        JsonNode first = importAndWait(athlete, "source=hevy", HEVY_KG);
        String secondFile = HEVY_KG + "\"Upper\",\"5 Nov 2026, 07:06\",\"5 Nov 2026, 08:00\",\"\","
                + "\"Bench Press (Barbell)\",,,0,\"normal\",100,5,,,8\n";
        JsonNode second = importAndWait(athlete, "source=hevy", secondFile);
        assertThat(second.path("setsRecorded").asInt()).isEqualTo(1);
        assertThat(second.path("setsReplayed").asInt()).isEqualTo(3);

        JsonNode listed = http.get("/athletes/" + athlete + "/imports").body();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).path("importId")).isEqualTo(first.path("importId"));
        assertThat(listed.get(0).path("status").asText()).isEqualTo("COMPLETED");
        String firstImport = "/athletes/" + athlete + "/imports/" + first.path("importId").asText();

        var stranger = as(UUID.randomUUID()).delete(firstImport);
        assertThat(stranger.status()).isEqualTo(404);
        UUID other = registerOther();
        var underOtherAthlete = as(other).delete("/athletes/" + other + "/imports/" + first.path("importId").asText());
        assertThat(underOtherAthlete.status()).isEqualTo(404);
        assertThat(underOtherAthlete.body().path("rule").asText()).isEqualTo("IMPORT_NOT_FOUND");

        var undone = as(athlete).delete(firstImport);
        assertThat(undone.status()).as(undone.raw().body()).isEqualTo(200);
        assertThat(undone.body().path("status").asText()).isEqualTo("UNDONE");
        assertThat(undone.body().path("setsVoided").asInt()).isEqualTo(3);
        List<String> voided = voidedSets(athlete);
        assertThat(voided).hasSize(3).doesNotContain(ownSet.toString());
        var again = as(athlete).delete(firstImport);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("setsVoided").asInt()).isEqualTo(3);
        assertThat(voidedSets(athlete)).isEqualTo(voided);

        // the same file again is a new import, which records the rows anew
        JsonNode reimported = importAndWait(athlete, "source=hevy", HEVY_KG);
        assertThat(reimported.path("importId")).isNotEqualTo(first.path("importId"));
        assertThat(reimported.path("setsRecorded").asInt()).isEqualTo(3);
        assertThat(as(athlete).get("/athletes/" + athlete + "/imports").body().size()).isEqualTo(3);
    }

    /** Before: the import answered 200 only after every set was recorded, and a resent file was sent again. */
    @Test
    void anImportIsAJobAnsweredAtOnceFollowedByServerSentEventsAndNeverStartedTwice() throws Exception {
        UUID athlete = registerAthlete("KG");
        StringBuilder file = new StringBuilder(HEVY_HEADER.formatted("weight_kg"));
        for (int day = 1; day <= 28; day++) {
            for (int set = 0; set < 5; set++) {
                file.append("\"Lower\",\"%d Oct 2026, 07:00\",\"%d Oct 2026, 08:00\",\"\",\"Squat (Barbell)\",,,%d,"
                        .formatted(day, day, set)).append("\"normal\",").append(100 + set).append(",5,,,\n");
            }
        }
        var started = importCsv(athlete, "source=hevy", file.toString());
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/athletes/" + athlete + "/imports/" + started.body().path("importId").asText());
        assertThat(started.body().path("rowsRead").asInt()).isEqualTo(140);
        assertThat(started.body().path("setsPlanned").asInt()).isEqualTo(140);
        assertThat(started.body().path("report").path("sessions").asInt()).isEqualTo(28);

        var resent = importCsv(athlete, "source=hevy", file.toString());
        assertThat(resent.body().path("importId")).isEqualTo(started.body().path("importId"));
        assertThat(resent.body().has("report")).as("an answer about the running job, no second plan").isFalse();

        HttpResponse<String> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + location + "/events"))
                .header("Authorization", "Bearer " + TestTokens.athlete(athlete)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(stream.body()).startsWith(":open");
        assertThat(stream.body()).contains("event:completed");

        JsonNode ended = ImportJobsSupport.awaitEnd(http, location);
        assertThat(ended.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(ended.path("setsRecorded").asInt()).isEqualTo(140);
        assertThat(eventTypes(athlete).stream().filter(type -> type.endsWith("SetLogged")).count()).isEqualTo(140);
        assertThat(importCsv(athlete, "source=hevy", file.toString()).status()).isEqualTo(200);
        assertThat(http.get(location + "/events").status()).isEqualTo(200);
        assertThat(as(UUID.randomUUID()).get(location).status()).isEqualTo(404);
    }

    /**
     * Before: an empty Hevy weight was stored as load 0 like an empty bar, with nothing to tell them apart, and the
     * workout's description and supersets were dropped.
     */
    @Test
    void bodyweightSetsDescriptionsAndSupersetsAreKept() throws Exception {
        UUID athlete = registerAthlete("KG");
        String workout = "\"Upper\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"Deload week\",";
        String file = HEVY_HEADER.formatted("weight_kg")
                + workout + "\"Pull Up\",0,,0,\"normal\",,10,,,\n"
                + workout + "\"Chest Dip\",0,,0,\"normal\",10,8,,,\n"
                + workout + "\"Pull Up\",0,,1,\"normal\",10,6,,,\n";
        JsonNode job = importAndWait(athlete, "source=hevy", file);

        JsonNode workouts = as(athlete).get("/athletes/" + athlete + "/imports/" + job.path("importId").asText()
                + "/workouts").body();
        assertThat(workouts.size()).isEqualTo(1);
        assertThat(workouts.get(0).path("description").asText()).isEqualTo("Deload week");
        assertThat(workouts.get(0).path("supersets").path("0").size()).isEqualTo(3);
        assertThat(as(UUID.randomUUID()).get("/athletes/" + athlete + "/imports/" + job.path("importId").asText()
                + "/workouts").status()).isEqualTo(404);

        List<String> flags = new ArrayList<>();
        for (JsonNode event : as(athlete).get("/athletes/" + athlete + "/events?limit=1000").body().path("events")) {
            JsonNode details = event.path("payload").path("details");
            if (event.path("type").asText().endsWith("SetLogged")) {
                flags.add(details.path("load").path("amount").asText() + " " + details.path("flags"));
            }
        }
        assertThat(flags).containsExactly("0 [\"BODYWEIGHT\"]", "10 []", "10 []");
    }

    /** Before: there were no per-athlete aliases; "Kniebeuge" was a lift of its own. */
    @Test
    void anAthletesOwnAliasesAreStoredAsEventsAndAskedBeforeTheCatalogue() throws Exception {
        UUID athlete = registerAthlete("KG");
        String path = "/athletes/" + athlete + "/exercises/aliases";
        var put = as(athlete).put(path, """
                {"aliases": {"Kniebeuge": "squat", "Frontkniebeuge": "Front Squat (Barbell)", "Ring Row": "ring-row"}}""");
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(put.body().path("aliases").toString())
                .isEqualTo("{\"Frontkniebeuge\":\"front-squat\",\"Kniebeuge\":\"squat\",\"Ring Row\":\"ring-row\"}");
        assertThat(as(athlete).get(path).body().path("aliases")).isEqualTo(put.body().path("aliases"));
        long events = jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE type = 'ExerciseAliases'")
                .query(Long.class).single();
        assertThat(as(athlete).put(path, put.raw().body().replace("\"athleteId\":\"" + athlete + "\",", ""))
                .status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE type = 'ExerciseAliases'")
                .query(Long.class).single()).as("the same aliases again record nothing").isEqualTo(events);

        var bad = as(athlete).put(path, "{\"aliases\": {\"Curl\": \"Not A Lift !!\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("field").asText()).isEqualTo("aliases['Curl']");
        assertThat(as(athlete).put(path, "{\"aliases\": {\"--\": \"squat\"}}").status()).isEqualTo(400);
        assertThat(as(UUID.randomUUID()).put(path, "{\"aliases\": {}}").status()).isEqualTo(404);
        assertThat(as(UUID.randomUUID()).get(path).status()).isEqualTo(404);

        String file = HEVY_HEADER.formatted("weight_kg")
                + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"KNIEBEUGE\",,,0,\"normal\",140,5,,,8\n"
                + "\"Lower\",\"3 Nov 2026, 07:06\",\"3 Nov 2026, 08:11\",\"\",\"Frontkniebeuge\",,,0,\"normal\",100,5,,,8\n";
        var dryRun = importCsv(athlete, "source=hevy&dryRun=true", file);
        assertThat(dryRun.body().path("workouts").get(0).path("topSets").toString())
                .isEqualTo("[\"squat 140 KG x 5 @ 8\",\"front-squat 100 KG x 5 @ 8\"]");
    }

    private UUID registerOther() {
        HttpJson me = http;
        UUID other = registerAthlete("KG");
        http = me;
        return other;
    }

    private JsonNode importAndWait(UUID athlete, String query, String csv) throws InterruptedException {
        var started = importCsv(athlete, query, csv);
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        return ImportJobsSupport.awaitEnd(http, started.header("Location"));
    }

    HttpJson.Response importCsv(UUID athlete, String query, String csv) {
        return as(athlete).send("POST", "/athletes/" + athlete + "/imports?" + query, "text/csv", csv);
    }

    private List<String> eventTypes(UUID athlete) {
        List<String> types = new ArrayList<>();
        as(athlete).get("/athletes/" + athlete + "/events?limit=1000").body().path("events")
                .forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    private List<String> voidedSets(UUID athlete) {
        List<String> sets = new ArrayList<>();
        as(athlete).get("/athletes/" + athlete + "/events?limit=1000").body().path("events").forEach(event -> {
            if (event.path("type").asText().equals("SetVoided")) {
                assertThat(event.path("payload").path("reason").asText()).isEqualTo("import undone");
                sets.add(event.path("payload").path("setId").asText());
            }
        });
        return sets;
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
