package dev.topset.analytics.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.topset.security.RoleClaims;
import dev.topset.security.Role;
import dev.topset.security.devtokens.DevKeyPair;
import dev.topset.security.devtokens.DevTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The configuration switch of analytics → command-service authentication. The OpenID provider's token endpoint is
 * a local HTTP server here (Keycloak does not run in tests): it checks the client-credentials request as a
 * provider would and answers with a real signed JWT that the services' decoder accepts.
 */
class CommandServiceCredentialsTest {

    private final DevKeyPair providerKeys = DevKeyPair.generate();
    private final AtomicInteger grants = new AtomicInteger();
    private HttpServer provider;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String expectedClient = "Basic " + Base64.getEncoder().encodeToString(
                "topset-analytics:secret".getBytes(StandardCharsets.UTF_8));
        provider.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean valid = form.contains("grant_type=client_credentials")
                    && expectedClient.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = (valid ? """
                    {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}"""
                    .formatted(new DevTokens(providerKeys).withRoles("service-account-topset-analytics", "service"))
                    : "{\"error\": \"invalid_client\"}").getBytes(StandardCharsets.UTF_8);
            if (valid) {
                grants.incrementAndGet();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(valid ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopTokenEndpoint() {
        provider.stop(0);
    }

    private IssuingProperties properties(String token, String registration) {
        return new IssuingProperties("http://localhost:8081", Duration.ofSeconds(5), true, 5, Duration.ofMillis(500),
                Duration.ofSeconds(10), token, registration);
    }

    @Test
    void aClientRegistrationFetchesOneServiceTokenAndReusesItWhileValid() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("command-service")
                .clientId("topset-analytics").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri("http://127.0.0.1:" + provider.getAddress().getPort() + "/token").build();
        ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        new ApplicationContextRunner()
                .withUserConfiguration(CommandServiceCredentialsConfiguration.class)
                .withBean(IssuingProperties.class, () -> properties("ignored-when-a-registration-is-set",
                        "command-service"))
                .withBean(ClientRegistrationRepository.class, () -> registrations)
                .withBean(OAuth2AuthorizedClientService.class,
                        () -> new InMemoryOAuth2AuthorizedClientService(registrations))
                .run(context -> {
                    CommandServiceCredentials credentials = context.getBean(CommandServiceCredentials.class);
                    HttpHeaders first = new HttpHeaders();
                    HttpHeaders second = new HttpHeaders();
                    credentials.authorize(first);
                    credentials.authorize(second);

                    assertThat(grants).hasValue(1);
                    String token = first.getFirst(HttpHeaders.AUTHORIZATION).substring("Bearer ".length());
                    assertThat(second.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
                    Jwt jwt = NimbusJwtDecoder.withPublicKey(providerKeys.publicKey()).build().decode(token);
                    assertThat(RoleClaims.roles(jwt)).containsExactly(Role.SERVICE);
                });
    }

    @Test
    void aFixedTokenIsSentAsItIsAndARegistrationThatIsNotConfiguredStopsTheStart() {
        new ApplicationContextRunner()
                .withUserConfiguration(CommandServiceCredentialsConfiguration.class)
                .withBean(IssuingProperties.class, () -> properties("dev-token", null))
                .run(context -> {
                    HttpHeaders headers = new HttpHeaders();
                    context.getBean(CommandServiceCredentials.class).authorize(headers);
                    assertThat(headers.get(HttpHeaders.AUTHORIZATION)).isEqualTo(List.of("Bearer dev-token"));
                });
        new ApplicationContextRunner()
                .withUserConfiguration(CommandServiceCredentialsConfiguration.class)
                .withBean(IssuingProperties.class, () -> properties(null, "keycloak"))
                .run(context -> assertThat(context).hasFailed());
    }
}
