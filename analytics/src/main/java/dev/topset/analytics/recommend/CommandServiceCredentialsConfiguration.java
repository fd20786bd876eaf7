package dev.topset.analytics.recommend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The configuration switch for analytics → command-service authentication:
 * <ul>
 *   <li>{@code topset.analytics.command-service-client-registration=<id>}: production; a client-credentials grant
 *   with Spring Security's OAuth2 client registration {@code spring.security.oauth2.client.registration.<id>.*}
 *   (token cached and renewed before it expires);</li>
 *   <li>else {@code topset.analytics.command-service-token}: a fixed bearer token (the launcher mints one);</li>
 *   <li>else none: command-service answers 401 and no recommendation is delivered (logged at startup).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CommandServiceCredentialsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CommandServiceCredentialsConfiguration.class);
    /** The principal the authorized client is stored under: analytics itself, not a user. */
    static final String PRINCIPAL = "analytics";

    @Bean
    CommandServiceCredentials commandServiceCredentials(IssuingProperties properties,
                                                        ObjectProvider<ClientRegistrationRepository> registrations,
                                                        ObjectProvider<OAuth2AuthorizedClientService> clients) {
        String registration = properties.commandServiceClientRegistration();
        if (registration != null && !registration.isBlank()) {
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            if (repository == null || repository.findByRegistrationId(registration) == null) {
                throw new IllegalStateException("topset.analytics.command-service-client-registration=" + registration
                        + " but spring.security.oauth2.client.registration." + registration + ".* is not configured");
            }
            AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                    new AuthorizedClientServiceOAuth2AuthorizedClientManager(repository, clients.getObject());
            manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .clientCredentials().build());
            return headers -> {
                OAuth2AuthorizedClient client = manager.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(registration).principal(PRINCIPAL).build());
                if (client == null) {
                    throw new IllegalStateException("no access token from client registration " + registration);
                }
                headers.setBearerAuth(client.getAccessToken().getTokenValue());
            };
        }
        String token = properties.commandServiceToken();
        if (token != null && !token.isBlank()) {
            return headers -> headers.setBearerAuth(token.strip());
        }
        log.warn("no credentials for command-service (topset.analytics.command-service-token or "
                + "command-service-client-registration): recommendations will be refused with 401");
        return headers -> { };
    }
}
