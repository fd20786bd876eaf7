package dev.topset.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A device logging sets over HTTP the way the apps do: one session at a time, a top set first, then
 * backoffs, a new session every {@value #SETS_PER_SESSION} sets so that aggregate streams stay as short
 * as real sessions are.
 */
final class SetLoggingClient {

    static final int SETS_PER_SESSION = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String commandUrl;
    private final UUID athlete;
    private final String token;
    private UUID session;
    private int setsInSession;

    /** @param token the athlete's own bearer token */
    SetLoggingClient(String commandUrl, UUID athlete, String token) {
        this.commandUrl = commandUrl;
        this.athlete = athlete;
        this.token = token;
    }

    void register() throws IOException, InterruptedException {
        send(commandUrl + "/athletes", """
                {"athleteId":"%s","name":"bench","preferredUnit":"KG"}""".formatted(athlete));
    }

    /** Logs the next set; returns its id once the command-service answered 2xx. */
    UUID logNext() throws IOException, InterruptedException {
        if (session == null || setsInSession == SETS_PER_SESSION) {
            session = UUID.randomUUID();
            setsInSession = 0;
            send(commandUrl + "/sessions", """
                    {"sessionId":"%s","athleteId":"%s","date":"%s"}""".formatted(session, athlete, LocalDate.now()));
        }
        UUID setId = UUID.randomUUID();
        String kind = setsInSession == 0 ? "TOP" : "BACKOFF";
        String load = setsInSession == 0 ? "140" : "122.5";
        send(commandUrl + "/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"%s","lift":"squat","load":%s,"unit":"KG","reps":5,"rpe":8}"""
                .formatted(setId, kind, load));
        setsInSession++;
        return setId;
    }

    UUID session() {
        return session;
    }

    private void send(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", "benchmark")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
