package dev.topset.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The client side of the OAuth 2.0 device authorization grant (RFC 8628) against an OpenID provider: the
 * endpoints from the issuer's discovery document, a user code for the lifter to enter in a browser, then the
 * token endpoint polled at the interval the provider asks for (5 s more after each {@code slow_down}) until the
 * lifter approves, denies or the code expires.
 */
final class DeviceAuthorization {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    private static final int DEFAULT_INTERVAL_SECONDS = 5;
    private static final int SLOW_DOWN_SECONDS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Waits between polls; the tests count instead of sleeping. */
    interface Pause {
        void seconds(int seconds) throws InterruptedException;
    }

    /** What the provider granted. */
    record Grant(String accessToken, Instant expiresAt) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final PrintWriter out;
    private final Pause pause;
    private final Clock clock;

    DeviceAuthorization(ObjectMapper json, PrintWriter out, Pause pause, Clock clock) {
        this.json = json;
        this.out = out;
        this.pause = pause;
        this.clock = clock;
    }

    Grant login(String issuer, String clientId, String scope) throws InterruptedException {
        JsonNode discovery = get(trimSlash(issuer) + "/.well-known/openid-configuration");
        String deviceEndpoint = required(discovery, "device_authorization_endpoint", "the issuer's discovery document");
        String tokenEndpoint = required(discovery, "token_endpoint", "the issuer's discovery document");

        Map<String, String> request = new LinkedHashMap<>();
        request.put("client_id", clientId);
        if (scope != null && !scope.isBlank()) {
            request.put("scope", scope);
        }
        HttpResponse<String> authorization = post(deviceEndpoint, request);
        JsonNode codes = body(authorization);
        if (authorization.statusCode() != 200) {
            throw refused("the device authorization request", codes, authorization.statusCode());
        }
        String deviceCode = required(codes, "device_code", "the device authorization answer");
        String userCode = required(codes, "user_code", "the device authorization answer");
        String verification = required(codes, "verification_uri", "the device authorization answer");
        Instant expires = clock.instant().plusSeconds(codes.path("expires_in").asLong(600));
        int interval = codes.path("interval").asInt(DEFAULT_INTERVAL_SECONDS);

        out.println("To sign in, open " + verification + " and enter the code " + userCode);
        if (codes.path("verification_uri_complete").isTextual()) {
            out.println("  (or open " + codes.path("verification_uri_complete").asText() + ")");
        }
        out.flush();

        Map<String, String> poll = new LinkedHashMap<>();
        poll.put("grant_type", GRANT_TYPE);
        poll.put("device_code", deviceCode);
        poll.put("client_id", clientId);
        while (clock.instant().isBefore(expires)) {
            pause.seconds(interval);
            HttpResponse<String> answer = post(tokenEndpoint, poll);
            JsonNode token = body(answer);
            if (answer.statusCode() == 200) {
                String accessToken = required(token, "access_token", "the token answer");
                Instant tokenExpires = token.path("expires_in").isNumber()
                        ? clock.instant().plusSeconds(token.path("expires_in").asLong()) : null;
                return new Grant(accessToken, tokenExpires);
            }
            String error = token.path("error").asText("");
            switch (error) {
                case "authorization_pending" -> { }
                case "slow_down" -> interval += SLOW_DOWN_SECONDS;
                case "access_denied" -> throw new UsageException("sign-in was denied");
                case "expired_token" -> throw new UsageException("the code expired before sign-in: run `topset"
                        + " login` again");
                default -> throw refused("the token request", token, answer.statusCode());
            }
        }
        throw new UsageException("the code expired before sign-in: run `topset login` again");
    }

    private JsonNode get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new UsageException("no OpenID discovery document at " + url + " (" + answer.statusCode()
                    + "): is TOPSET_ISSUER / --issuer right?");
        }
        return body(answer);
    }

    private HttpResponse<String> post(String url, Map<String, String> form) {
        String encoded = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceUnreachableException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachableException(request.uri().toString(), e);
        }
    }

    private JsonNode body(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body() == null || answer.body().isBlank() ? "{}" : answer.body());
        } catch (JsonProcessingException e) {
            throw new UsageException(answer.request().uri() + " answered no JSON (" + answer.statusCode() + ")");
        }
    }

    private static UsageException refused(String what, JsonNode answer, int status) {
        return new UsageException(what + " was refused (" + status + "): " + answer.path("error").asText("?")
                + (answer.path("error_description").isTextual() ? ", " + answer.path("error_description").asText()
                : ""));
    }

    private static String required(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            throw new UsageException(where + " has no " + field);
        }
        return node.path(field).asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
