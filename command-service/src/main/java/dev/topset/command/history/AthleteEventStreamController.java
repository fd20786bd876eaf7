package dev.topset.command.history;

import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "history", description = "Device catch-up: an athlete's events in a stable order")
public class AthleteEventStreamController {

    static final URI STREAM_LIMIT = URI.create("urn:topset:problem:stream-limit");

    private final AthleteDirectory athletes;
    private final EventStreams streams;
    private final AthleteAccess access;

    AthleteEventStreamController(AthleteDirectory athletes, EventStreams streams, AthleteAccess access) {
        this.access = access;
        this.athletes = athletes;
        this.streams = streams;
    }

    @GetMapping(path = "/athletes/{athleteId}/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The athlete's events as server-sent events: the backlog after a cursor, then live",
            description = "Each SSE `data` is the envelope of `GET /athletes/{id}/events`, its `id` the cursor after"
                    + " it. A reconnecting client sends `Last-Event-ID` (it wins over `after`). Comments (`:heartbeat`)"
                    + " keep an idle connection open. 503 with Retry-After when this instance serves its maximum of"
                    + " streams, 429 when the caller or the athlete already has its maximum open (problem `limit`"
                    + " names the property).")
    public SseEmitter stream(@PathVariable UUID athleteId,
                             @RequestParam(required = false) @Parameter(description = "cursor to continue after")
                             String after,
                             @RequestHeader(name = "Last-Event-ID", required = false)
                             @Parameter(description = "the id of the last event received (sent by EventSource)")
                             String lastEventId,
                             Caller caller) {
        access.read(caller, athleteId);
        long afterSeq = lastEventId != null && !lastEventId.isBlank()
                ? EventCursor.decode(lastEventId, "Last-Event-ID")
                : EventCursor.decode(after);
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
        return streams.open(athleteId, afterSeq, caller.subject());
    }

    @ExceptionHandler(StreamLimitExceededException.class)
    ResponseEntity<ProblemDetail> streamLimit(StreamLimitExceededException e) {
        return e.problem(STREAM_LIMIT, "Too many event streams");
    }
}
