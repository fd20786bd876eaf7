package dev.topset.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to the three services, with the bearer token and the device name "cli". */
class TopsetApi {

    static final String DEVICE = "cli";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Built on the first request: building one loads the TLS trust store, which help and usage errors never need. */
    private HttpClient client;
    private final ObjectMapper json;
    private final String token;

    TopsetApi(ObjectMapper json, String token) {
        this.json = json;
        this.token = token;
    }

    JsonNode get(String url) {
        return send(request(url).GET());
    }

    JsonNode postJson(String url, Object body) {
        try {
            return send(request(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode patchJson(String url, Object body) {
        try {
            return send(request(url).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode delete(String url) {
        return send(request(url).DELETE());
    }

    JsonNode post(String url, String contentType, byte[] body) {
        return send(request(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("X-Device-Id", DEVICE);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceUnreachableException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachableException(request.uri().toString(), e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw new ApiProblem(response.statusCode(), body, request.method() + " " + request.uri() + " answered "
                    + response.statusCode());
        }
        return body;
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return client;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
