package dev.topset.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sends one JSON request and returns the raw answer, including error statuses. */
final class HttpJsonProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String contentType, String body) {
    }

    private HttpJsonProbe() {
    }

    /** The JSON of a 200 answer, else null (not there yet: the callers poll). */
    static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    /** The body of a logged set, as a phone sends it. */
    static Map<String, Object> set(String kind, String lift, String load, int reps, String rpe) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("setId", UUID.randomUUID());
        body.put("kind", kind);
        body.put("lift", lift);
        body.put("load", new BigDecimal(load));
        body.put("unit", "KG");
        body.put("reps", reps);
        body.put("rpe", new BigDecimal(rpe));
        return body;
    }

    static Answer post(String url, String json, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
