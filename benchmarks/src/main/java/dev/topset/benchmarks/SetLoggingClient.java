package dev.topset.benchmarks;

import dev.topset.security.requestid.RandomUuids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A device logging sets over HTTP the way the apps do: one session at a time, a top set first, then
 * backoffs, a new session every {@value #SETS_PER_SESSION} sets so that aggregate streams stay as short
 * as real sessions are.
 *
 * <p>Real HTTP/1.1 with the athlete's bearer token on every request, over the JDK's blocking
 * {@link HttpURLConnection} with keep-alive: the load generator shares the 2 cores with the system it
 * measures, and {@code java.net.http.HttpClient} (async machinery, a selector thread) cost ≈ 0.7 ms CPU per
 * request there. Every id is fresh per request ({@link RandomUuids}: no JVM-wide lock between the clients).
 */
final class SetLoggingClient {

    static final int SETS_PER_SESSION = 40;
    private static final int TIMEOUT_MILLIS = 30_000;

    static {
        // keep-alive for every client's connection (the JDK keeps 5 idle connections per host by default)
        System.setProperty("http.maxConnections", "256");
    }

    private final String commandUrl;
    private final UUID athlete;
    private final String authorization;
    private UUID session;
    private int setsInSession;

    /** @param token the athlete's own bearer token */
    SetLoggingClient(String commandUrl, UUID athlete, String token) {
        this.commandUrl = commandUrl;
        this.athlete = athlete;
        this.authorization = "Bearer " + token;
    }

    void register() throws IOException {
        send(commandUrl + "/athletes", """
                {"athleteId":"%s","name":"bench","preferredUnit":"KG"}""".formatted(athlete));
    }

    /** Logs the next set; returns its id once the command-service answered 2xx. */
    UUID logNext() throws IOException {
        if (session == null || setsInSession == SETS_PER_SESSION) {
            session = RandomUuids.next();
            setsInSession = 0;
            send(commandUrl + "/sessions", """
                    {"sessionId":"%s","athleteId":"%s","date":"%s"}""".formatted(session, athlete, LocalDate.now()));
        }
        UUID setId = RandomUuids.next();
        String kind = setsInSession == 0 ? "TOP" : "BACKOFF";
        String load = setsInSession == 0 ? "140" : "122.5";
        send(commandUrl + "/sessions/" + session + "/sets", """
                {"setId":"%s","kind":"%s","lift":"squat","load":%s,"unit":"KG","reps":5,"rpe":8}"""
                .formatted(setId, kind, load));
        setsInSession++;
        return setId;
    }

    /**
     * Sends a session logged offline as one {@code POST /sync}: the session's start, a top set and backoffs, {@code
     * sets} sets in all; fails unless every item was accepted.
     */
    void syncSession(int sets) throws IOException {
        UUID offline = RandomUuids.next();
        StringBuilder items = new StringBuilder("""
                {"items":[{"type":"START_SESSION","sessionId":"%s","athleteId":"%s","date":"%s"}"""
                .formatted(offline, athlete, LocalDate.now()));
        for (int i = 0; i < sets; i++) {
            items.append("""
                    ,{"type":"LOG_SET","sessionId":"%s","setId":"%s","kind":"%s","lift":"squat","load":%s,                    "unit":"KG","reps":5,"rpe":8}""".formatted(offline, RandomUuids.next(), i == 0 ? "TOP" : "BACKOFF",
                    i == 0 ? "140" : "122.5"));
        }
        String answer = send(commandUrl + "/sync", items.append("]}").toString());
        if (!answer.matches("(?s).*\"accepted\"\\s*:\\s*" + (sets + 1) + "\\D.*")) {
            throw new IllegalStateException("/sync did not accept every item: " + answer);
        }
    }

    UUID session() {
        return session;
    }

    private String send(String url, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection http = (HttpURLConnection) URI.create(url).toURL().openConnection();
        http.setRequestMethod("POST");
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        http.setDoOutput(true);
        http.setFixedLengthStreamingMode(body.length);
        http.setRequestProperty("Content-Type", "application/json");
        http.setRequestProperty("X-Device-Id", "benchmark");
        http.setRequestProperty("Authorization", authorization);
        try (OutputStream out = http.getOutputStream()) {
            out.write(body);
        }
        int status = http.getResponseCode();
        // read the answer to its end, so the connection goes back to the keep-alive cache
        try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
            byte[] answer = in == null ? new byte[0] : in.readAllBytes();
            if (status >= 300) {
                throw new IllegalStateException(url + " answered " + status + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
            return new String(answer, StandardCharsets.UTF_8);
        }
    }
}
