package dev.topset.command.gym;

import dev.topset.api.gym.AddCoach;
import dev.topset.api.gym.ChangeConsent;
import dev.topset.api.gym.CreateGym;
import dev.topset.api.gym.InviteMember;
import dev.topset.api.gym.JoinGym;
import dev.topset.api.gym.LeaveGym;
import dev.topset.api.gym.RemoveCoach;
import dev.topset.api.gym.RevokeConsent;
import dev.topset.command.access.AthleteAccess;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.eventstore.NewIds;
import dev.topset.command.eventstore.StreamVersions;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gym management by the gym's admin (role {@code gym_admin}, the subject that created the gym: coaches,
 * invitations) and membership with consent by the athlete themselves. Another gym's admin is answered as for an
 * unknown gym (404); a role that never manages gyms gets 403.
 */
@RestController
@Validated
@RequestMapping("/gyms")
@Tag(name = "gyms", description = "Gyms, coaches, invitations and what each member agreed to share")
public class GymController {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CommandGateway commands;
    private final GymDirectory gyms;
    private final AthleteDirectory athletes;
    private final AthleteAccess access;
    private final NewIds newIds;
    private final StreamVersions versions;

    GymController(CommandGateway commands, GymDirectory gyms, AthleteDirectory athletes, AthleteAccess access,
                  NewIds newIds, StreamVersions versions) {
        this.commands = commands;
        this.versions = versions;
        this.newIds = newIds;
        this.gyms = gyms;
        this.athletes = athletes;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Create a gym (the client chooses the gym id); the same id and content again records nothing")
    @ApiResponse(responseCode = "201", description = "Created (or replayed: header Idempotent-Replayed: true)",
            useReturnTypeSchema = true)
    public ResponseEntity<GymResult> create(@Valid @RequestBody CreateGymRequest request, Caller caller) {
        caller.requireAny(Role.GYM_ADMIN);
        newIds.requireFreeFor(Gym.class, request.gymId());
        GymResult result = commands.sendAndWait(new CreateGym(request.gymId(), request.name().strip(),
                caller.subject()));
        return ResponseEntity.created(URI.create("/gyms/" + result.gymId()))
                .header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }

    @PostMapping("/{gymId}/coaches")
    @Operation(summary = "Make a user (token subject) a coach of the gym")
    public ResponseEntity<GymResult> addCoach(@PathVariable UUID gymId, @Valid @RequestBody CoachRequest request,
                                              Caller caller) {
        requireAdmin(caller, gymId);
        return answer(commands.<GymResult>sendAndWait(new AddCoach(gymId, request.coach())));
    }

    @DeleteMapping("/{gymId}/coaches/{coach}")
    @Operation(summary = "Remove a coach: from now on they read nothing of the gym's members")
    public ResponseEntity<GymResult> removeCoach(@PathVariable UUID gymId, @PathVariable String coach,
                                                 Caller caller) {
        requireAdmin(caller, gymId);
        return answer(commands.<GymResult>sendAndWait(new RemoveCoach(gymId, coach)));
    }

    @PostMapping("/{gymId}/invitations")
    @Operation(summary = "Invite a registered athlete; only invited athletes can join")
    public ResponseEntity<MembershipResult> invite(@PathVariable UUID gymId,
                                                   @Valid @RequestBody InvitationRequest request, Caller caller) {
        requireAdmin(caller, gymId);
        requireAthlete(request.athleteId());
        return member(commands.sendAndWait(new InviteMember(gymId, request.athleteId())));
    }

    @PostMapping("/{gymId}/members")
    @Operation(summary = "Join (invited athletes) with a consent scope: TRENDS or TRENDS_AND_SESSIONS")
    public ResponseEntity<MembershipResult> join(@PathVariable UUID gymId, @Valid @RequestBody JoinGymRequest request,
                                                 Caller caller) {
        access.write(caller, request.athleteId());
        requireGym(gymId);
        return member(commands.sendAndWait(new JoinGym(gymId, request.athleteId(), request.scope(),
                Boolean.TRUE.equals(request.leaderboard()))));
    }

    @PutMapping("/{gymId}/members/{athleteId}/consent")
    @Operation(summary = "Change what a member shares (also: share again after a revocation)")
    public ResponseEntity<MembershipResult> changeConsent(@PathVariable UUID gymId, @PathVariable UUID athleteId,
                                                          @Valid @RequestBody ConsentRequest request,
                                                          Caller caller) {
        access.write(caller, athleteId);
        requireGym(gymId);
        return member(commands.sendAndWait(new ChangeConsent(gymId, athleteId, request.scope(),
                Boolean.TRUE.equals(request.leaderboard()))));
    }

    @DeleteMapping("/{gymId}/members/{athleteId}/consent")
    @Operation(summary = "Revoke consent: the member stays, but coaches read nothing more and aggregates drop them")
    public ResponseEntity<MembershipResult> revokeConsent(@PathVariable UUID gymId, @PathVariable UUID athleteId,
                                                          Caller caller) {
        access.write(caller, athleteId);
        requireGym(gymId);
        return member(commands.sendAndWait(new RevokeConsent(gymId, athleteId)));
    }

    @DeleteMapping("/{gymId}/members/{athleteId}")
    @Operation(summary = "Leave the gym (or decline an invitation); consent ends with the membership")
    public ResponseEntity<MembershipResult> leave(@PathVariable UUID gymId, @PathVariable UUID athleteId,
                                                  Caller caller) {
        access.write(caller, athleteId);
        requireGym(gymId);
        return member(commands.sendAndWait(new LeaveGym(gymId, athleteId)));
    }

    /**
     * How far the gym's stream goes on the write side. query-service and analytics ask it, with the coach's or
     * admin's own token, before they let them read a member's data: a read side that has applied less of the stream
     * waits for it, so a consent revoked, a member gone or a coach removed is honoured from the command's answer on.
     * It tells a coach who knows a gym's id how many events its stream holds, nothing of their content.
     */
    @GetMapping("/{gymId}/sequence")
    @Operation(summary = "The sequence number of the gym's newest event (for the read sides' consent checks)")
    public GymSequence sequence(@PathVariable UUID gymId, Caller caller) {
        caller.requireAny(Role.COACH, Role.GYM_ADMIN, Role.SERVICE);
        return versions.last(gymId).filter(last -> gyms.exists(gymId))
                .map(last -> new GymSequence(gymId, last))
                .orElseThrow(() -> new NotFoundException(Rule.GYM_NOT_FOUND, "no gym " + gymId));
    }

    /** The gym's own admin; another gym's admin learns nothing about this gym (the same 404 as an unknown id). */
    private void requireAdmin(Caller caller, UUID gymId) {
        caller.requireAny(Role.GYM_ADMIN);
        if (!gyms.admin(gymId).filter(caller.subject()::equals).isPresent()) {
            throw new NotFoundException(Rule.GYM_NOT_FOUND, "no gym " + gymId);
        }
    }

    private void requireGym(UUID gymId) {
        if (!gyms.exists(gymId)) {
            throw new NotFoundException(Rule.GYM_NOT_FOUND, "no gym " + gymId);
        }
    }

    private void requireAthlete(UUID athleteId) {
        if (!athletes.exists(athleteId)) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + athleteId);
        }
    }

    private static ResponseEntity<GymResult> answer(GymResult result) {
        return ResponseEntity.ok().header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }

    private static ResponseEntity<MembershipResult> member(MembershipResult result) {
        return ResponseEntity.ok().header(REPLAYED_HEADER, String.valueOf(result.replayed())).body(result);
    }
}
