package dev.topset.security.consent;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks command-service how far a gym's stream goes ({@code GET /gyms/{id}/sequence}), with the bearer token of the
 * request being answered: the coach or admin whose read is being decided asks for themselves.
 */
public class WriteSideGyms {

    private record Answer(UUID gymId, long sequence) {
    }

    private final RestClient client;

    public WriteSideGyms(String commandServiceUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().baseUrl(commandServiceUrl).requestFactory(requests).build();
    }

    /** @throws ConsentNotConfirmedException when command-service cannot be asked or does not answer */
    public long sequence(UUID gymId) {
        try {
            Answer answer = client.get().uri("/gyms/{gymId}/sequence", gymId)
                    .headers(headers -> headers.setBearerAuth(callerToken()))
                    .retrieve().body(Answer.class);
            if (answer == null) {
                throw new ConsentNotConfirmedException("command-service sent no sequence for gym " + gymId);
            }
            return answer.sequence();
        } catch (RestClientException e) {
            throw new ConsentNotConfirmedException("command-service could not confirm the gym's current state");
        }
    }

    private static String callerToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return jwt.getTokenValue();
        }
        throw new ConsentNotConfirmedException("no bearer token to ask command-service with");
    }
}
