package dev.topset.command.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.command.CommandServiceIntegrationTest;
import dev.topset.security.devtokens.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A phone and a watch logging into one session at the same moment, 500 sets each, over HTTP. */
class TwoDevicesIntegrationTest extends CommandServiceIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TwoDevicesIntegrationTest.class);
    private static final int SETS_PER_DEVICE = 500;

    @Test
    void noSetIsLostOrDoubledAndNoRequestFails() throws Exception {
        UUID athlete = registerAthlete("KG");
        UUID session = startSession(athlete, "2026-11-23T08:00:00Z");
        assertThat(http.post("/sessions/" + session + "/sets", """
                {"setId": "%s", "kind": "TOP", "lift": "squat", "load": 140, "unit": "KG", "reps": 5, "rpe": 8}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        String url = "http://localhost:" + port;
        List<DeviceClient.Backoff> phoneSets = sets(url, session, SETS_PER_DEVICE);
        List<DeviceClient.Backoff> watchSets = sets(url, session, SETS_PER_DEVICE);

        String token = TestTokens.athlete(athlete);
        try (DeviceClient phone = new DeviceClient("phone", token, 8);
             DeviceClient watch = new DeviceClient("watch", token, 8)) {
            long started = System.nanoTime();
            var phoneRun = CompletableFuture.runAsync(() -> run(phone, phoneSets));
            watch.log(watchSets);
            phoneRun.get(5, TimeUnit.MINUTES);
            log.info("2 x {} concurrent sets in {} ms: phone {}, watch {}", SETS_PER_DEVICE,
                    (System.nanoTime() - started) / 1_000_000, phone.statuses, watch.statuses);
            assertThat(phone.count(201)).isEqualTo(SETS_PER_DEVICE);
            assertThat(watch.count(201)).isEqualTo(SETS_PER_DEVICE);
            assertThat(setsLoggedIn(session)).isEqualTo(1 + 2 * SETS_PER_DEVICE);

            // the network dropped the answers of 100 sets of each device: they send them again, concurrently
            phone.reset();
            watch.reset();
            var phoneRetry = CompletableFuture.runAsync(() -> run(phone, phoneSets.subList(0, 100)));
            watch.log(watchSets.subList(400, 500));
            phoneRetry.get(5, TimeUnit.MINUTES);
            assertThat(phone.count(201)).isEqualTo(100);
            assertThat(watch.count(201)).isEqualTo(100);
            assertThat(phone.replays() + watch.replays()).isEqualTo(200);
            assertThat(setsLoggedIn(session)).isEqualTo(1 + 2 * SETS_PER_DEVICE);
            log.info("after retrying 2 x 100: {} sets in the event store, {} answered as replays",
                    setsLoggedIn(session), phone.replays() + watch.replays());
        }
    }

    private static void run(DeviceClient device, List<DeviceClient.Backoff> sets) {
        try {
            device.log(sets);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<DeviceClient.Backoff> sets(String url, UUID session, int count) {
        List<DeviceClient.Backoff> sets = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> sets.add(new DeviceClient.Backoff(url, session, UUID.randomUUID(),
                3 + i % 5)));
        return sets;
    }

    private long setsLoggedIn(UUID session) {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?")
                .param(session.toString()).param("%SetLogged").query(Long.class).single();
    }
}
