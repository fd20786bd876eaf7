package dev.topset.query.live;

import dev.topset.query.access.ReadAccess;
import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.problem.NotFoundException;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "live", description = "Changes of an athlete's views pushed as server-sent events")
public class LiveController {

    private final AthleteDirectory athletes;
    private final LiveSubscriptions subscriptions;
    private final LiveProperties properties;
    private final ReadAccess access;

    LiveController(AthleteDirectory athletes, LiveSubscriptions subscriptions, LiveProperties properties,
                   ReadAccess access) {
        this.access = access;
        this.athletes = athletes;
        this.subscriptions = subscriptions;
        this.properties = properties;
    }

    @GetMapping(path = "/athletes/{athleteId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live changes of the athlete's sessions, trends, plans and recommendations",
            description = "After each projection commit (on any query-service instance) an SSE `change` names the"
                    + " session, lift and change (`SET_LOGGED`, `SET_CORRECTED`, ...) with `links` to re-read; a"
                    + " `resync` asks to re-read everything (missed changes). Comments (`:heartbeat`) keep it open.")
    public SseEmitter live(@PathVariable UUID athleteId, Caller caller) {
        access.athlete(caller, athleteId);
        if (!athletes.isKnown(athleteId)) {
            throw new NotFoundException("athlete", athleteId);
        }
        return subscriptions.subscribe(athleteId);
    }

    @ExceptionHandler(LiveLimitException.class)
    ResponseEntity<ProblemDetail> limit(LiveLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("urn:topset:problem:live-limit"));
        problem.setTitle("Too many live views");
        problem.setProperty("maxSubscribers", properties.maxSubscribers());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
