package dev.topset.query.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionController {

    private final SessionService sessions;

    public SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "An athlete's sessions, newest first")
    @GetMapping("/athletes/{athleteId}/sessions")
    public SessionHistory history(@PathVariable UUID athleteId,
                                  @Parameter(description = "page number from 0") @RequestParam(required = false) Integer page,
                                  @Parameter(description = "sessions per page (default 20, max 100)")
                                  @RequestParam(required = false) Integer size) {
        return sessions.history(athleteId, page, size);
    }

    @Operation(summary = "A session as logged, corrections applied, sets in logging order")
    @GetMapping("/sessions/{sessionId}")
    public SessionDetail session(@PathVariable UUID sessionId,
                                 @Parameter(description = "also list voided sets, marked voided=true")
                                 @RequestParam(defaultValue = "false") boolean includeVoided) {
        return sessions.session(sessionId, includeVoided);
    }
}
