package dev.topset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device authorization grant (RFC 8628) against a small OpenID provider in the test: discovery, the device
 * request, polling at the asked interval (+5 s per slow_down) until approval, denial or expiry.
 */
class DeviceAuthorizationTest {

    @TempDir
    Path home;

    private final UUID athlete = UUID.randomUUID();
    private final Deque<String> tokenAnswers = new ConcurrentLinkedDeque<>();
    private final List<Map<String, String>> tokenRequests = new ArrayList<>();
    private final List<Map<String, String>> deviceRequests = new ArrayList<>();
    private HttpServer provider;
    private String issuer;
    private int interval = 1;
    private int expiresIn = 600;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://localhost:" + provider.getAddress().getPort() + "/realms/topset";
        provider.createContext("/realms/topset/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                "{\"issuer\":\"" + issuer + "\",\"device_authorization_endpoint\":\"" + issuer + "/device\","
                        + "\"token_endpoint\":\"" + issuer + "/token\"}"));
        provider.createContext("/realms/topset/device", exchange -> {
            deviceRequests.add(form(exchange));
            answer(exchange, 200, "{\"device_code\":\"dev-123\",\"user_code\":\"WDJB-MJHT\","
                    + "\"verification_uri\":\"" + issuer + "/activate\",\"verification_uri_complete\":\"" + issuer
                    + "/activate?user_code=WDJB-MJHT\",\"expires_in\":" + expiresIn + ",\"interval\":" + interval
                    + "}");
        });
        provider.createContext("/realms/topset/token", exchange -> {
            tokenRequests.add(form(exchange));
            String next = tokenAnswers.isEmpty() ? "authorization_pending" : tokenAnswers.poll();
            if (next.startsWith("{")) {
                answer(exchange, 200, next);
            } else {
                answer(exchange, 400, "{\"error\":\"" + next + "\"}");
            }
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void loginWaitsForTheLifterAndStoresTheGrantedToken() throws Exception {
        interval = 0;
        String token = token(athlete);
        tokenAnswers.add("authorization_pending");
        tokenAnswers.add("authorization_pending");
        tokenAnswers.add("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = TopsetCli.run(Map.of("TOPSET_ISSUER", issuer, "TOPSET_CREDENTIALS",
                home.resolve("credentials").toString(), "TOPSET_STATE", home.resolve("session").toString()),
                new PrintWriter(out, true), new PrintWriter(err, true), "login", "--client-id", "topset-cli-test");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("open " + issuer + "/activate and enter the code WDJB-MJHT",
                "logged in as athlete " + athlete, "issuer " + issuer);
        assertThat(deviceRequests).containsExactly(Map.of("client_id", "topset-cli-test", "scope", "openid"));
        assertThat(tokenRequests).hasSize(3).allSatisfy(request -> assertThat(request).isEqualTo(Map.of(
                "grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code", "dev-123",
                "client_id", "topset-cli-test")));
        Credentials stored = Credentials.read(home.resolve("credentials"), Terminal.newJson()).orElseThrow();
        assertThat(stored.token()).isEqualTo(token);
        assertThat(stored.athleteId()).isEqualTo(athlete);
        assertThat(stored.expiresAt()).isNotNull();
        assertThat(Files.readString(home.resolve("credentials"))).doesNotContain("dev-123");
    }

    @Test
    void slowDownAddsFiveSecondsToTheInterval() throws Exception {
        tokenAnswers.add("authorization_pending");
        tokenAnswers.add("slow_down");
        tokenAnswers.add("authorization_pending");
        tokenAnswers.add("{\"access_token\":\"" + token(athlete) + "\",\"token_type\":\"Bearer\"}");
        List<Integer> pauses = new ArrayList<>();

        DeviceAuthorization.Grant grant = flow(pauses::add).login(issuer, "topset-cli", "openid");

        assertThat(pauses).containsExactly(1, 1, 6, 6);
        assertThat(grant.accessToken()).isEqualTo(token(athlete));
        assertThat(grant.expiresAt()).isNull();
    }

    @Test
    void aDenialOrAnExpiredCodeEndsTheLogin() {
        tokenAnswers.add("access_denied");
        assertThatThrownBy(() -> flow(seconds -> { }).login(issuer, "topset-cli", null))
                .isInstanceOf(UsageException.class).hasMessage("sign-in was denied");

        tokenAnswers.add("expired_token");
        assertThatThrownBy(() -> flow(seconds -> { }).login(issuer, "topset-cli", null))
                .hasMessageContaining("the code expired");

        expiresIn = 0;
        assertThatThrownBy(() -> flow(seconds -> { }).login(issuer, "topset-cli", null))
                .hasMessageContaining("the code expired");
    }

    @Test
    void anIssuerWithoutDiscoveryIsNamed() {
        assertThatThrownBy(() -> flow(seconds -> { }).login(issuer + "/nope", "topset-cli", null))
                .isInstanceOf(UsageException.class).hasMessageContaining("no OpenID discovery document at");
    }

    private DeviceAuthorization flow(DeviceAuthorization.Pause pause) {
        return new DeviceAuthorization(Terminal.newJson(), new PrintWriter(new StringWriter()), pause,
                Clock.systemUTC());
    }

    /** An access token as a provider would issue it; the client only reads its athlete_id claim. */
    private static String token(UUID athlete) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(("{\"sub\":\"sam\",\"athlete_id\":\"" + athlete + "\"}")
                .getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        assertThat(exchange.getRequestMethod()).isEqualTo("POST");
        assertThat(exchange.getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] field = pair.split("=", 2);
            fields.put(URLDecoder.decode(field[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(field[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
