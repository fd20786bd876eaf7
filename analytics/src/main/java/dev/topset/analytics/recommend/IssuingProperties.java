package dev.topset.analytics.recommend;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How analytics turns reviews into {@code IssueRecommendation} commands.
 *
 * @param commandServiceUrl base URL of command-service
 * @param reviewDelay       debounce: a lift review runs this long after the athlete's last SessionFinished
 * @param autoReview        false: review only on demand ({@code POST /athletes/{id}/reviews})
 * @param sendAttempts      attempts per recommendation on 5xx and connection errors
 * @param sendBackoff       pause before the second attempt, doubled after each further failure (max 30 s)
 * @param timeout           connect and read timeout of one attempt
 * @param commandServiceToken a fixed bearer token (role {@code service}) for command-service: the launcher mints
 *                          one in development; ignored when a client registration is set
 * @param commandServiceClientRegistration id of a Spring Security OAuth2 client registration
 *                          ({@code spring.security.oauth2.client.registration.<id>}) for a client-credentials grant
 */
@ConfigurationProperties("topset.analytics")
public record IssuingProperties(@DefaultValue("http://localhost:8081") String commandServiceUrl,
                                @DefaultValue("5s") Duration reviewDelay,
                                @DefaultValue("true") boolean autoReview,
                                @DefaultValue("5") int sendAttempts,
                                @DefaultValue("500ms") Duration sendBackoff,
                                @DefaultValue("10s") Duration timeout,
                                String commandServiceToken,
                                String commandServiceClientRegistration) {
}
