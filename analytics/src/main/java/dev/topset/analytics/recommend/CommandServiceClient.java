package dev.topset.analytics.recommend;

import dev.topset.security.requestid.RequestIdFilter;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends recommendations to command-service. 5xx answers and connection errors are retried with a doubling
 * pause; a replay ({@code Idempotent-Replayed: true}) and a 409 (the id was recorded with other content: the
 * review's input changed since, the recorded one stands) count as delivered. Any other 4xx is a bug on one
 * side, not retried.
 */
@Component
public class CommandServiceClient {

    private static final Logger log = LoggerFactory.getLogger(CommandServiceClient.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** What command-service made of a recommendation. */
    public enum Delivery { ISSUED, REPLAYED, CONFLICT }

    private final RestClient client;
    private final IssuingProperties properties;

    public CommandServiceClient(RestClient.Builder builder, IssuingProperties properties,
                                CommandServiceCredentials credentials) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.client = builder.baseUrl(properties.commandServiceUrl()).requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    credentials.authorize(request.getHeaders());
                    return execution.execute(request, body);
                })
                .build();
        this.properties = properties;
    }

    private record Answer(int status, boolean replayed, String body) {
    }

    public Delivery issue(UUID athleteId, IssueRecommendationBody body) {
        Duration pause = properties.sendBackoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= Math.max(1, properties.sendAttempts()); attempt++) {
            if (attempt > 1) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause.multipliedBy(2);
            }
            try {
                Answer answer = client.post().uri("/athletes/{athleteId}/recommendations", athleteId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(CommandServiceClient::forwardRequestId)
                        .body(body)
                        .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                                "true".equals(response.getHeaders().getFirst("Idempotent-Replayed")),
                                new String(response.getBody().readAllBytes())));
                if (answer.status() >= 200 && answer.status() < 300) {
                    return answer.replayed() ? Delivery.REPLAYED : Delivery.ISSUED;
                }
                if (answer.status() == 409) {
                    return Delivery.CONFLICT;
                }
                if (answer.status() < 500) {
                    throw new IllegalStateException("command-service refused recommendation " + body.recommendationId()
                            + " with " + answer.status() + ": " + answer.body());
                }
                last = new IllegalStateException("command-service answered " + answer.status() + ": " + answer.body());
            } catch (ResourceAccessException e) {
                last = e;
            }
            log.warn("recommendation {} for athlete {} not delivered (attempt {} of {}): {}",
                    body.recommendationId(), athleteId, attempt, properties.sendAttempts(), last.getMessage());
        }
        throw new CommandServiceUnavailableException("command-service did not take recommendation "
                + body.recommendationId() + " after " + properties.sendAttempts() + " attempts", last);
    }

    /** The review's request id goes on: the recommendation's events then carry it (see command-service). */
    private static void forwardRequestId(HttpHeaders headers) {
        String requestId = MDC.get(RequestIdFilter.KEY);
        if (requestId != null) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandServiceUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
