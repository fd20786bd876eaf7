package dev.topset.command.session;

import dev.topset.api.session.VoidSet;
import dev.topset.command.access.AthleteAccess;
import dev.topset.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session commands. Every answer is the resulting state; a retried request is answered with the
 * original result and the header {@value #REPLAYED_HEADER}: true.
 */
@RestController
@RequestMapping("/sessions")
@Tag(name = "sessions", description = "Log a training session from any device")
public class SessionController {

    static final String DEVICE_HEADER = "X-Device-Id";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final CommandGateway commands;
    private final SessionCommands sessionCommands;
    private final SetCommands setCommands;
    private final SetFeedback feedback;
    private final AthleteAccess access;

    SessionController(CommandGateway commands, SessionCommands sessionCommands, SetCommands setCommands,
                      SetFeedback feedback, AthleteAccess access) {
        this.access = access;
        this.commands = commands;
        this.sessionCommands = sessionCommands;
        this.setCommands = setCommands;
        this.feedback = feedback;
    }

    @PostMapping
    @Operation(summary = "Start a session (the device chooses the session id)")
    @ApiResponse(responseCode = "201", description = "Started (or replayed: header Idempotent-Replayed: true)",
            useReturnTypeSchema = true)
    public ResponseEntity<SessionResult> start(@Valid @RequestBody StartSessionRequest request,
                                               @RequestHeader(name = DEVICE_HEADER, required = false)
                                               @Size(max = 64) String deviceId, Caller caller) {
        access.write(caller, request.athleteId());
        SessionResult result = commands.sendAndWait(sessionCommands.start(request, deviceId));
        return answer(HttpStatus.CREATED, URI.create("/sessions/" + result.sessionId()), result, result.replayed());
    }

    @PostMapping("/{sessionId}/sets")
    @Operation(summary = "Log a set: warm-up, top set, backoff, drop set or accessory (field kind)",
            description = "The answer to a TOP set carries `prescription`: the backoff load from the athlete's plan"
                    + " for the lift (default -12.5 %), rounded to the nearest loadable weight, with sets, target"
                    + " reps/RPE and plates per side. Every answer carries `guidance`: stop the backoffs (RPE above"
                    + " the plan's cap, or reps short by more than its tolerance), bad day (a warm-up at >= 95 % of"
                    + " the planned top set felt like RPE 9+), or a top set taken to failure.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON, examples = {
            @ExampleObject(name = "top set", value = SetExamples.TOP_SET),
            @ExampleObject(name = "backoff set", value = SetExamples.BACKOFF_SET)}))
    @ApiResponse(responseCode = "201", description = "Logged (or replayed: header Idempotent-Replayed: true)",
            content = @Content(mediaType = JSON, examples = {
                    @ExampleObject(name = "top set with its backoff prescription", value = SetExamples.TOP_SET_ANSWER),
                    @ExampleObject(name = "backoff above the RPE cap", value = SetExamples.BACKOFF_STOP_ANSWER)}))
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.INVALID_SET)))
    @ApiResponse(responseCode = "404", description = "Unknown session",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.SESSION_NOT_FOUND)))
    @ApiResponse(responseCode = "409", description = "The set id was logged with other content (current = recorded)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.SET_ID_REUSED)))
    @ApiResponse(responseCode = "422", description = "A training rule is broken, named in rule",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.RULE_BROKEN)))
    public ResponseEntity<SetResult> log(@PathVariable UUID sessionId, @Valid @RequestBody LogSetRequest request,
                                         @RequestHeader(name = DEVICE_HEADER, required = false)
                                         @Size(max = 64) String deviceId, Caller caller) {
        access.writeSession(caller, sessionId);
        SetResult result = feedback.answer(commands.sendAndWait(setCommands.log(sessionId, request, deviceId)));
        return answer(HttpStatus.CREATED, URI.create("/sessions/" + sessionId + "/sets/" + result.setId()), result,
                result.replayed());
    }

    @PatchMapping("/{sessionId}/sets/{setId}")
    @Operation(summary = "Correct a logged set (absent fields keep their value, null clears rpe/rir/note)",
            description = "With `expectedRevision` (the set's revision the device last saw) a set another device"
                    + " changed since is not corrected: 409 `STALE_SET_REVISION` with the set in `current`.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "fewer reps, harder", value = SetExamples.CORRECTION)))
    @ApiResponse(responseCode = "200", description = "The set as it now reads", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.INVALID_SET)))
    @ApiResponse(responseCode = "404", description = "Unknown session or set",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SetExamples.SESSION_NOT_FOUND)))
    public ResponseEntity<SetResult> correct(@PathVariable UUID sessionId, @PathVariable UUID setId,
                                             @Valid @RequestBody CorrectSetRequest request,
                                             @RequestHeader(name = DEVICE_HEADER, required = false)
                                             @Size(max = 64) String deviceId, Caller caller) {
        access.writeSession(caller, sessionId);
        SetResult result = feedback.answer(commands.sendAndWait(setCommands.correct(sessionId, setId, request,
                deviceId)));
        return answer(HttpStatus.OK, null, result, result.replayed());
    }

    @DeleteMapping("/{sessionId}/sets/{setId}")
    @Operation(summary = "Void a logged set (it stays in the history, it leaves every view)",
            description = "With `expectedRevision` (the set's revision the device last saw) a set another device"
                    + " changed since is not voided: 409 `STALE_SET_REVISION` with the set in `current`.")
    public ResponseEntity<SetResult> voidSet(@PathVariable UUID sessionId, @PathVariable UUID setId,
                                             @RequestParam(required = false) @Size(max = 200) String reason,
                                             @RequestParam(required = false) @Min(1) Integer expectedRevision,
                                             @RequestHeader(name = DEVICE_HEADER, required = false)
                                             @Size(max = 64) String deviceId, Caller caller) {
        access.writeSession(caller, sessionId);
        SetResult result = feedback.answer(commands.sendAndWait(new VoidSet(sessionId, setId, reason, deviceId,
                expectedRevision)));
        return answer(HttpStatus.OK, null, result, result.replayed());
    }

    @PostMapping("/{sessionId}/finish")
    @Operation(summary = "Finish a session: no more sets, corrections still allowed")
    public ResponseEntity<SessionResult> finish(@PathVariable UUID sessionId,
                                                @Valid @RequestBody(required = false) FinishSessionRequest request,
                                                @RequestHeader(name = DEVICE_HEADER, required = false)
                                                @Size(max = 64) String deviceId, Caller caller) {
        access.writeSession(caller, sessionId);
        SessionResult result = commands.sendAndWait(sessionCommands.finish(sessionId, request, deviceId));
        return answer(HttpStatus.OK, null, result, result.replayed());
    }

    private static <T> ResponseEntity<T> answer(HttpStatus status, URI location, T body, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).header(REPLAYED_HEADER,
                String.valueOf(replayed));
        if (location != null) {
            builder.location(location);
        }
        return builder.body(body);
    }
}
