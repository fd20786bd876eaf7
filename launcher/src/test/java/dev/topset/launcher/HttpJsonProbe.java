package dev.topset.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends one JSON request and returns the raw answer, including error statuses. */
final class HttpJsonProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, String contentType, String body) {
    }

    private HttpJsonProbe() {
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
