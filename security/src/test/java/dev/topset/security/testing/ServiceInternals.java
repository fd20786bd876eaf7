package dev.topset.security.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.security.devtokens.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The checks every service's tests make of what it tells about itself (issue 15): the probes' status to anyone,
 * health details only to role admin, metrics and info only to roles admin and service, an API document that does
 * not repeat the request's Host. Shared through this
 * test-jar, so the three services are held to the same rule.
 */
public final class ServiceInternals {

    public static final String ADMIN = TestTokens.withRoles("ops", "admin");
    private static final List<String> PROBES = List.of("/actuator/health", "/actuator/health/readiness",
            "/actuator/health/liveness");
    private static final List<String> NOT_OPERATORS = List.of("athlete", "coach", "gym_admin", "analyst");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String baseUrl;

    public ServiceInternals(int port) {
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Anonymous, athlete and service callers read the status without components; admin reads {@code component}. */
    public void assertProbesTellOnlyTheirStatus(String component) throws IOException {
        for (String probe : PROBES) {
            for (String token : new String[] {null, TestTokens.athlete(UUID.randomUUID()), TestTokens.service()}) {
                HttpResponse<String> answer = get(probe, token);
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                JsonNode health = JSON.readTree(answer.body());
                assertThat(health.path("status").asText()).as(probe).isEqualTo("UP");
                assertThat(health.has("components") || health.has("details")).as(probe + " " + answer.body())
                        .isFalse();
            }
        }
        JsonNode health = JSON.readTree(get("/actuator/health", ADMIN).body());
        assertThat(health.path("components").path(component).path("status").asText()).as(health.toString())
                .isEqualTo("UP");
    }

    /** 401 without a token, 403 problem+json for every role but admin and service, 200 for those two. */
    public void assertOnlyAdminAndServiceRead(String... paths) {
        for (String path : paths) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            for (String role : NOT_OPERATORS) {
                HttpResponse<String> refused = get(path, TestTokens.withRoles("someone", role));
                assertThat(refused.statusCode()).as(path + " as " + role).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            assertThat(get(path, TestTokens.athlete(UUID.randomUUID())).statusCode()).as(path).isEqualTo(403);
            assertThat(get(path, ADMIN).statusCode()).as(path + " as admin").isEqualTo(200);
            assertThat(get(path, TestTokens.service()).statusCode()).as(path + " as service").isEqualTo(200);
        }
    }

    /** The OpenAPI document names "/" as its server, whatever Host and X-Forwarded-Host the request sent. */
    public void assertApiDocumentIgnoresTheHost() throws IOException {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            String answer = rawGet(path, "Host: attacker.example\r\nX-Forwarded-Host: attacker.example\r\n"
                    + "X-Forwarded-Proto: https\r\n");
            assertThat(answer).as(path).containsPattern("^HTTP/1.. 200").doesNotContain("attacker.example");
        }
        String document = rawGet("/v3/api-docs", "Host: attacker.example\r\n");
        JsonNode servers = JSON.readTree(document.substring(document.indexOf("{"), document.lastIndexOf("}") + 1))
                .path("servers");
        assertThat(servers).hasSize(1);
        assertThat(servers.get(0).path("url").asText()).isEqualTo("/");
    }

    /** HTTP/1.0 by hand (an unchunked body): Java's clients refuse to send another Host header than the URL's. */
    private String rawGet(String path, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
