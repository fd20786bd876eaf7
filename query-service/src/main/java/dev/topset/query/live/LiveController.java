package dev.topset.query.live;

import dev.topset.query.access.ReadAccess;
import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.problem.NotFoundException;
import dev.topset.security.Caller;
import dev.topset.security.streams.StreamLimitExceededException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "live", description = "Changes of an athlete's views pushed as server-sent events")
public class LiveController {

    static final URI LIVE_LIMIT = URI.create("urn:topset:problem:live-limit");

    private final AthleteDirectory athletes;
    private final LiveSubscriptions subscriptions;
    private final ReadAccess access;

    LiveController(AthleteDirectory athletes, LiveSubscriptions subscriptions, ReadAccess access) {
        this.access = access;
        this.athletes = athletes;
        this.subscriptions = subscriptions;
    }

    @GetMapping(path = "/athletes/{athleteId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live changes of the athlete's sessions, trends, plans and recommendations",
            description = "After each projection commit (on any query-service instance) an SSE `change` names the"
                    + " session, lift and change (`SET_LOGGED`, `SET_CORRECTED`, ...) with `links` to re-read; a"
                    + " `resync` asks to re-read everything (missed changes). Each change has an SSE `id`: reconnecting"
                    + " with it as `Last-Event-ID` (EventSource does) resumes with the changes made meanwhile, or"
                    + " with a `resync` when they are older than `topset.live.resume-window` or too many. Comments"
                    + " (`:open` at once, `:heartbeat`) keep it open."
                    + " A coach or gym admin with the member's TRENDS consent gets only `TREND_CHANGED` (lift and trend"
                    + " link, for top and backoff sets), plan and recommendation changes: no session, set or kind."
                    + " 503 when this instance serves its maximum of live views, 429 when the caller or the athlete"
                    + " already has its maximum open (problem `limit` names the property); both with Retry-After.")
    public SseEmitter live(@PathVariable UUID athleteId, Caller caller,
                           @RequestHeader(name = "Last-Event-ID", required = false)
                           @Parameter(description = "the id of the last change received, sent by the client when it"
                                   + " reconnects: the stream starts with the changes logged since, or with a"
                                   + " `resync`") String lastEventId) {
        access.athlete(caller, athleteId);
        if (!athletes.isKnown(athleteId)) {
            throw new NotFoundException("athlete", athleteId);
        }
        LiveScope scope = access.maySeeSessions(caller, athleteId) ? LiveScope.SESSIONS : LiveScope.TRENDS;
        return subscriptions.subscribe(athleteId, caller.subject(), scope, lastEventId);
    }

    @ExceptionHandler(StreamLimitExceededException.class)
    ResponseEntity<ProblemDetail> limit(StreamLimitExceededException e) {
        return e.problem(LIVE_LIMIT, "Too many live views");
    }
}
