package dev.topset.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A device's view of command-service: JSON over HTTP, nothing else. */
final class CommandClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String deviceId;
    private final String token;

    /** @param token the bearer token of the athlete whose device this is */
    CommandClient(String baseUrl, String deviceId, String token) {
        this.baseUrl = baseUrl;
        this.deviceId = deviceId;
        this.token = token;
    }

    record Answer(int status, JsonNode body, boolean replayed) {
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Answer put(String path, Object body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    Answer patch(String path, Object body) throws IOException, InterruptedException {
        return send("PATCH", path, body);
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null);
    }

    private Answer send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", deviceId)
                .header("Authorization", "Bearer " + token)
                .method(method, publisher)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return new Answer(response.statusCode(), json,
                response.headers().firstValue("Idempotent-Replayed").map(Boolean::parseBoolean).orElse(false));
    }
}
