package dev.topset.security.streams;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A stream was refused by one of its {@link StreamLimits}. The instance's limit is 503 (the service is full, another
 * instance may not be); the caller's and the athlete's are 429 (too many of the client's own): both problem+json
 * naming the limit's property and value, with Retry-After.
 */
public class StreamLimitExceededException extends RuntimeException {

    /** Seconds a refused client waits: a slot frees when another stream ends, which no one can predict. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final StreamLimit limit;
    private final int max;
    private final String property;

    StreamLimitExceededException(StreamLimit limit, int max, String property) {
        super(switch (limit) {
            case INSTANCE -> "this instance already serves its maximum of " + max + " streams; retry later";
            case CALLER -> "you already hold the maximum of " + max + " open streams (" + property
                    + "); close one first";
            case ATHLETE -> "this athlete's data is already streamed to the maximum of " + max + " clients ("
                    + property + "); close one first";
        });
        this.limit = limit;
        this.max = max;
        this.property = property;
    }

    public StreamLimit limit() {
        return limit;
    }

    /** The answer, with the service's own problem type and title. */
    public ResponseEntity<ProblemDetail> problem(URI type, String title) {
        HttpStatus status = limit == StreamLimit.INSTANCE ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.TOO_MANY_REQUESTS;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(type);
        problem.setTitle(title);
        problem.setProperty("limit", property);
        problem.setProperty("max", max);
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
