package dev.topset.query.gym;

import dev.topset.api.training.LiftName;
import dev.topset.api.training.LoadUnit;
import dev.topset.query.problem.BadParameterException;
import dev.topset.query.problem.NotFoundException;
import dev.topset.security.AccessRefusedException;
import dev.topset.security.Caller;
import dev.topset.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A gym's coach and admin views. Every aggregate counts only members who currently share (status MEMBER): a member
 * who revoked consent or left is absent from every week, distribution and list from the next request on. Windows
 * are ISO weeks ({@link GymPeriod}); loads are in one unit per view ({@link DisplayUnit}); a number about fewer
 * members than {@code topset.gyms.min-group-size} is withheld.
 * Readers: the gym's coaches and admin (token role and staff entry); another gym's staff gets the 404 of an unknown
 * gym, any other role 403.
 */
@RestController
@RequestMapping("/gyms/{gymId}")
@Tag(name = "gyms", description = "Gym aggregates over the members who agreed to share")
public class GymController {

    private final GymMembers members;
    private final GymWeeks weeks;
    private final GymProgress progress;
    private final GymDeloads deloads;
    private final GymLeaderboard leaderboard;
    private final GymAccess access;
    private final int minGroupSize;

    GymController(GymMembers members, GymWeeks weeks, GymProgress progress, GymDeloads deloads,
                  GymLeaderboard leaderboard, GymAccess access, GymProperties properties) {
        this.access = access;
        this.minGroupSize = properties.minGroupSize();
        this.members = members;
        this.weeks = weeks;
        this.progress = progress;
        this.deloads = deloads;
        this.leaderboard = leaderboard;
    }

    @GetMapping
    @Operation(summary = "The gym: admins, coaches and how many members share")
    public GymView gym(@PathVariable UUID gymId, Caller caller) {
        requireStaff(caller, gymId);
        return members.gym(gymId).orElseThrow(() -> new NotFoundException("gym", gymId));
    }

    @GetMapping("/members")
    @Operation(summary = "Members who share (default), or every invited, revoked and former member (status=all)")
    public List<MemberView> members(@PathVariable UUID gymId,
                                    @Parameter(description = "sharing (default) or all")
                                    @RequestParam(defaultValue = "sharing") String status, Caller caller) {
        requireStaff(caller, gymId);
        if (!status.equals("sharing") && !status.equals("all")) {
            throw new BadParameterException("status", status, "must be 'sharing' or 'all'");
        }
        if (status.equals("all") && !access.mayManageGym(caller, gymId)) {
            throw new AccessRefusedException("invited, revoked and former members are for the gym admin");
        }
        return members.members(gymId, status.equals("sharing"));
    }

    @GetMapping("/weeks")
    @Operation(summary = "Per ISO week: active members, hard sets and volume load, in total and per lift")
    public GymWeeksView weeks(@PathVariable UUID gymId,
                              @Parameter(description = "number of ISO weeks, 1-104 (default 12)")
                              @RequestParam(required = false) Integer weeks,
                              @Parameter(description = "last day (YYYY-MM-DD), default today")
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @Parameter(description = "kg (default) or lb") @RequestParam(required = false) LoadUnit unit,
            Caller caller) {
        requireStaff(caller, gymId);
        GymPeriod period = GymPeriod.of(weeks, 12, to);
        DisplayUnit display = DisplayUnit.of(unit);
        return new GymWeeksView(gymId, period.from(), period.to(), display.unit(), minGroupSize,
                this.weeks.weeks(gymId, period, display, minGroupSize));
    }

    @GetMapping("/progress")
    @Operation(summary = "Distribution of the members' e1RM change per lift over the last 4 (default) or 12 ISO weeks")
    public GymProgressView progress(@PathVariable UUID gymId,
                                    @Parameter(description = "window in ISO weeks, 1-104 (default 4; 12 is the other usual one)")
                                    @RequestParam(required = false) Integer weeks,
                                    @Parameter(description = "last day (YYYY-MM-DD), default today")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Caller caller) {
        requireStaff(caller, gymId);
        GymPeriod period = GymPeriod.of(weeks, 4, to);
        return new GymProgressView(gymId, period.weeks(), period.from(), period.to(), period.lastWeekPartial(),
                "percent", minGroupSize, progress.progress(gymId, period, minGroupSize));
    }

    @GetMapping("/deloads")
    @Operation(summary = "Members whose current recommendation of a lift is DELOAD (the coach's list)")
    public GymDeloadsView deloads(@PathVariable UUID gymId, Caller caller) {
        requireStaff(caller, gymId);
        return new GymDeloadsView(gymId, deloads.deloads(gymId));
    }

    @GetMapping("/leaderboard/{lift}")
    @Operation(summary = "Relative strength (best e1RM / body weight) of the members who opted into the leaderboard")
    public LeaderboardView leaderboard(@PathVariable UUID gymId,
                                       @Parameter(description = "lift name or key, e.g. 'squat'") @PathVariable String lift,
                                       @Parameter(description = "window in ISO weeks, 1-104 (default 12)")
                                       @RequestParam(required = false) Integer weeks,
                                       @Parameter(description = "last day (YYYY-MM-DD), default today")
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @Parameter(description = "kg (default) or lb") @RequestParam(required = false) LoadUnit unit,
            Caller caller) {
        requireStaff(caller, gymId);
        String key = liftKey(lift);
        GymPeriod period = GymPeriod.of(weeks, 12, to);
        DisplayUnit display = DisplayUnit.of(unit);
        return new LeaderboardView(gymId, key, period.weeks(), period.from(), period.to(), period.lastWeekPartial(),
                display.unit(), leaderboard.leaderboard(gymId, key, period, display));
    }

    /** Coaches and gym admins only (else 403); of this gym (else the 404 of an unknown gym). */
    private void requireStaff(Caller caller, UUID gymId) {
        caller.requireAny(Role.COACH, Role.GYM_ADMIN);
        if (!access.mayReadGym(caller, gymId)) {
            throw new NotFoundException("gym", gymId);
        }
    }

    private static String liftKey(String lift) {
        try {
            return LiftName.typedKey(lift);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("lift", lift, e.getMessage());
        }
    }
}
