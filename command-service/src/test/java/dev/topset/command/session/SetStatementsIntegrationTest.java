package dev.topset.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceApplication;
import dev.topset.command.EmbeddedInfrastructure;
import dev.topset.command.HttpJson;
import dev.topset.security.devtokens.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one logged set costs the event store on the request's thread, counted statement by statement: the cost per
 * set that a loaded machine's CPU figures cannot show reliably. A set on a session the node already holds is one
 * transaction: the event, its {@code set_session} row, its place in the athlete's order and the plan its coaching
 * follows, read once. No statement asks whether the cached session is current (the append's unique key answers that),
 * and nothing is read after the commit. The sets of one {@code /sync} batch share each bookkeeping statement.
 */
class SetStatementsIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(SetStatementsIntegrationTest.class);
    private static final String DATABASE = "command_statements";
    private static final StatementLog statements = new StatementLog();
    private static ConfigurableApplicationContext node;
    private static String url;

    @BeforeAll
    static void start() {
        EmbeddedInfrastructure.postgres().createDatabaseIfMissing(DATABASE);
        node = new SpringApplicationBuilder(CommandServiceApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(statements))
                .run("--server.port=0",
                        "--spring.datasource.url=" + EmbeddedInfrastructure.postgres().jdbcUrl(DATABASE),
                        "--topset.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafka().bootstrapServers(),
                        "--topset.security.issuer=" + TestTokens.issuer(),
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                                + TestTokens.publicKeyLocation());
        url = "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aSetOnAHeldSessionIsOneTransactionWithoutAFreshnessQuery() {
        UUID athlete = UUID.randomUUID();
        HttpJson device = registered(athlete);
        UUID session = UUID.randomUUID();
        assertThat(device.post("/sessions", """
                {"sessionId": "%s", "athleteId": "%s", "date": "2026-11-23"}""".formatted(session, athlete))
                .status()).isEqualTo(201);
        log(device, session, "TOP", "squat", "140", "8"); // the node now holds the session and the athlete

        List<StatementLog.Entry> top = logCounted(device, session, "TOP", "bench press", "100", "8");
        List<StatementLog.Entry> backoff = logCounted(device, session, "BACKOFF", "bench press", "87.5", "7");

        for (List<StatementLog.Entry> set : List.of(top, backoff)) {
            log.info("one set, {}", listing(set));
            assertThat(set).as(listing(set)).filteredOn(StatementLog.Entry::committed).hasSize(1);
            assertThat(set).as(listing(set)).noneMatch(entry -> entry.sql().contains("max(")
                    || entry.sql().contains("MAX("));
            assertThat(set).as(listing(set)).filteredOn(entry -> entry.sql().contains("lift_plan")).hasSize(1);
            assertThat(set).as(listing(set)).filteredOn(entry -> !entry.sql().equals("COMMIT")).hasSize(4);
        }
    }

    @Test
    void aSyncBatchStoresItsSetIdsAndPlacesWithOneStatementEach() {
        UUID athlete = UUID.randomUUID();
        HttpJson device = registered(athlete);
        UUID session = UUID.randomUUID();
        StringBuilder items = new StringBuilder("""
                {"type": "START_SESSION", "deviceId": "watch", "sessionId": "%s", "athleteId": "%s",
                 "date": "2026-11-23"}""".formatted(session, athlete));
        for (int set = 0; set < 10; set++) {
            items.append(",\n").append("""
                    {"type": "LOG_SET", "sessionId": "%s", "setId": "%s", "kind": "%s", "lift": "squat",
                     "load": %s, "unit": "KG", "reps": 5, "rpe": 8}""".formatted(session, UUID.randomUUID(),
                    set == 0 ? "TOP" : "BACKOFF", set == 0 ? "140" : "120"));
        }
        statements.entries.clear();

        var synced = device.post("/sync", "{\"items\": [" + items + "]}");

        assertThat(synced.status()).as(synced.raw().body()).isEqualTo(200);
        synced.body().path("items").forEach(item -> assertThat(item.path("status").asText()).isEqualTo("ACCEPTED"));
        List<StatementLog.Entry> batch = statements.ranBy("http-nio");
        log.info("a sync batch of a start and 10 sets, {}", listing(batch));
        assertThat(batch).as(listing(batch)).filteredOn(entry -> entry.sql().contains("INSERT INTO set_session"))
                .hasSize(1);
        assertThat(batch).as(listing(batch)).filteredOn(entry -> entry.sql().contains("INSERT INTO athlete_event "))
                .hasSize(1);
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT count(*) FROM set_session WHERE session_id = ?").param(session)
                .query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("""
                        SELECT array_agg(e.payloadType ORDER BY o.athlete_seq) FROM athlete_event o
                        JOIN DomainEventEntry e ON e.globalIndex = o.global_index WHERE o.athlete_id = ?""")
                .param(athlete).query(String.class).single())
                .as("the athlete's order: registration, start, then the sets in the order sent")
                .matches("\\{[^,]*AthleteRegistered,[^,]*SessionStarted(,[^,]*SetLogged){10}}");
    }

    /** A device of the athlete, registered now. */
    private static HttpJson registered(UUID athlete) {
        HttpJson device = new HttpJson(url, TestTokens.athlete(athlete));
        assertThat(device.post("/athletes", """
                {"athleteId": "%s", "name": "Sam", "preferredUnit": "KG"}""".formatted(athlete)).status())
                .isEqualTo(201);
        return device;
    }

    private static void log(HttpJson device, UUID session, String kind, String lift, String load, String rpe) {
        var logged = device.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "%s", "lift": "%s", "load": %s, "unit": "KG", "reps": 5, "rpe": %s}"""
                .formatted(UUID.randomUUID(), kind, lift, load, rpe));
        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
        assertThat(logged.body().path("guidance").isArray()).isTrue();
    }

    /** Logs one set and returns what the request threads ran for it. */
    private static List<StatementLog.Entry> logCounted(HttpJson device, UUID session, String kind, String lift,
                                                       String load, String rpe) {
        statements.entries.clear();
        log(device, session, kind, lift, load, rpe);
        return statements.ranBy("http-nio");
    }

    private static String listing(List<StatementLog.Entry> entries) {
        return entries.stream().map(entry -> (entry.committed() ? "[commit] " : "         ") + entry.sql())
                .collect(Collectors.joining("\n", "ran on the request thread:\n", "\n"));
    }
}
