package dev.topset.query.session;

import dev.topset.query.access.ReadAccess;
import dev.topset.security.Caller;
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
    private final ReadAccess access;

    public SessionController(SessionService sessions, ReadAccess access) {
        this.access = access;
        this.sessions = sessions;
    }

    @Operation(summary = "An athlete's sessions, newest first")
    @GetMapping("/athletes/{athleteId}/sessions")
    public SessionHistory history(@PathVariable UUID athleteId,
                                  @Parameter(description = "page number from 0") @RequestParam(required = false) Integer page,
                                  @Parameter(description = "sessions per page (default 20, max 100)")
                                  @RequestParam(required = false) Integer size, Caller caller) {
        access.sessions(caller, athleteId);
        return sessions.history(athleteId, page, size);
    }

    @Operation(summary = "A session as logged, corrections applied, sets in logging order")
    @GetMapping("/sessions/{sessionId}")
    public SessionDetail session(@PathVariable UUID sessionId,
                                 @Parameter(description = "also list voided sets, marked voided=true")
                                 @RequestParam(defaultValue = "false") boolean includeVoided,
                                 Caller caller) {
        access.session(caller, sessionId);
        return sessions.session(sessionId, includeVoided);
    }
}
