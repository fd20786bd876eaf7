package dev.topset.command.gym;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.api.gym.AddCoach;
import dev.topset.api.gym.ChangeConsent;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.CoachRemoved;
import dev.topset.api.gym.ConsentChanged;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.ConsentScope;
import dev.topset.api.gym.CreateGym;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.InviteMember;
import dev.topset.api.gym.JoinGym;
import dev.topset.api.gym.LeaveGym;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.gym.MemberLeft;
import dev.topset.api.gym.RemoveCoach;
import dev.topset.api.gym.RevokeConsent;
import dev.topset.command.eventstore.AggregateCaches;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A gym: its admin and coaches, the athletes it invited and what each member agreed to share. Every command is
 * safe to retry: one that would not change anything is answered as a replay and records nothing.
 */
@Aggregate(cache = AggregateCaches.GYMS)
public class Gym {

    @AggregateIdentifier
    private UUID gymId;
    private String name;
    private String admin;
    private final Set<String> coaches = new LinkedHashSet<>();
    private final Map<UUID, Membership> memberships = new HashMap<>();

    /** An athlete's standing with the gym; scope and leaderboard are the last consent given. */
    record Membership(MembershipStatus status, ConsentScope scope, boolean leaderboard) {

        boolean sharing() {
            return status == MembershipStatus.MEMBER;
        }
    }

    protected Gym() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public GymResult handle(CreateGym command) {
        if (gymId != null) {
            if (!admin.equals(command.admin())) {
                throw ConflictException.idTaken(command.gymId()); // nothing of another admin's gym
            }
            if (name.equals(command.name())) {
                return result(true);
            }
            throw new ConflictException(Rule.GYM_ID_REUSED,
                    "gym " + gymId + " was already created with another name", result(true));
        }
        apply(new GymCreated(command.gymId(), command.name(), command.admin()));
        return result(false);
    }

    @CommandHandler
    public GymResult handle(AddCoach command) {
        if (coaches.contains(command.coach())) {
            return result(true);
        }
        apply(new CoachAdded(gymId, command.coach()));
        return result(false);
    }

    /** Removing someone who is not a coach (any more) changes nothing: a replay, not an error. */
    @CommandHandler
    public GymResult handle(RemoveCoach command) {
        if (!coaches.contains(command.coach())) {
            return result(true);
        }
        apply(new CoachRemoved(gymId, command.coach()));
        return result(false);
    }

    /** Inviting a member or an athlete already invited is a replay; someone who left can be invited again. */
    @CommandHandler
    public MembershipResult handle(InviteMember command) {
        Membership known = memberships.get(command.athleteId());
        if (known != null && known.status() != MembershipStatus.LEFT) {
            return membership(command.athleteId(), true);
        }
        apply(new MemberInvited(gymId, command.athleteId()));
        return membership(command.athleteId(), false);
    }

    /**
     * An invited athlete joins with a consent. Joining again with the same consent is a replay; with another one
     * it is a conflict (the consent is changed with {@link ChangeConsent}, so that a stale retry cannot widen it).
     */
    @CommandHandler
    public MembershipResult handle(JoinGym command) {
        requireScope(command.scope());
        Membership known = memberships.get(command.athleteId());
        if (known == null || known.status() == MembershipStatus.LEFT) {
            throw new RuleViolationException(Rule.GYM_NOT_INVITED,
                    "athlete " + command.athleteId() + " has no open invitation to gym " + gymId);
        }
        if (known.status() != MembershipStatus.INVITED) {
            if (known.sharing() && known.scope() == command.scope() && known.leaderboard() == command.leaderboard()) {
                return membership(command.athleteId(), true);
            }
            throw new ConflictException(Rule.GYM_ALREADY_MEMBER, "athlete " + command.athleteId()
                    + " is already a member of gym " + gymId, membership(command.athleteId(), true));
        }
        apply(new MemberJoined(gymId, command.athleteId(), command.scope(), command.leaderboard()));
        return membership(command.athleteId(), false);
    }

    /** A member changes what they share; after a revocation this is how they share again. */
    @CommandHandler
    public MembershipResult handle(ChangeConsent command) {
        requireScope(command.scope());
        Membership known = requireMember(command.athleteId());
        if (known.sharing() && known.scope() == command.scope() && known.leaderboard() == command.leaderboard()) {
            return membership(command.athleteId(), true);
        }
        apply(new ConsentChanged(gymId, command.athleteId(), command.scope(), command.leaderboard()));
        return membership(command.athleteId(), false);
    }

    /** Revoking twice, or after leaving, is a replay. */
    @CommandHandler
    public MembershipResult handle(RevokeConsent command) {
        Membership known = memberships.get(command.athleteId());
        if (known != null && (known.status() == MembershipStatus.CONSENT_REVOKED
                || known.status() == MembershipStatus.LEFT)) {
            return membership(command.athleteId(), true);
        }
        requireMember(command.athleteId());
        apply(new ConsentRevoked(gymId, command.athleteId()));
        return membership(command.athleteId(), false);
    }

    /** Leaving twice is a replay; an invited athlete who leaves declines the invitation. */
    @CommandHandler
    public MembershipResult handle(LeaveGym command) {
        Membership known = memberships.get(command.athleteId());
        if (known == null) {
            throw notMember(command.athleteId());
        }
        if (known.status() == MembershipStatus.LEFT) {
            return membership(command.athleteId(), true);
        }
        apply(new MemberLeft(gymId, command.athleteId()));
        return membership(command.athleteId(), false);
    }

    private static void requireScope(ConsentScope scope) {
        if (scope == null) {
            // the REST layer answers a missing scope with 400; this guards other senders of the command
            throw new IllegalArgumentException("a consent scope is required");
        }
    }

    private Membership requireMember(UUID athleteId) {
        Membership known = memberships.get(athleteId);
        if (known == null || (known.status() != MembershipStatus.MEMBER
                && known.status() != MembershipStatus.CONSENT_REVOKED)) {
            throw notMember(athleteId);
        }
        return known;
    }

    private RuleViolationException notMember(UUID athleteId) {
        return new RuleViolationException(Rule.GYM_NOT_MEMBER,
                "athlete " + athleteId + " is not a member of gym " + gymId);
    }

    private GymResult result(boolean replayed) {
        return new GymResult(gymId, name, admin, new ArrayList<>(coaches), replayed);
    }

    private MembershipResult membership(UUID athleteId, boolean replayed) {
        Membership known = memberships.get(athleteId);
        boolean sharing = known.sharing();
        return new MembershipResult(gymId, athleteId, known.status(), sharing ? known.scope() : null,
                sharing && known.leaderboard(), replayed);
    }

    @EventSourcingHandler
    void on(GymCreated event) {
        gymId = event.gymId();
        name = event.name();
        admin = event.admin();
    }

    @EventSourcingHandler
    void on(CoachAdded event) {
        coaches.add(event.coach());
    }

    @EventSourcingHandler
    void on(CoachRemoved event) {
        coaches.remove(event.coach());
    }

    @EventSourcingHandler
    void on(MemberInvited event) {
        memberships.put(event.athleteId(), new Membership(MembershipStatus.INVITED, null, false));
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        memberships.put(event.athleteId(), new Membership(MembershipStatus.MEMBER, event.scope(), event.leaderboard()));
    }

    @EventSourcingHandler
    void on(ConsentChanged event) {
        memberships.put(event.athleteId(), new Membership(MembershipStatus.MEMBER, event.scope(), event.leaderboard()));
    }

    @EventSourcingHandler
    void on(ConsentRevoked event) {
        memberships.put(event.athleteId(), new Membership(MembershipStatus.CONSENT_REVOKED, null, false));
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        memberships.put(event.athleteId(), new Membership(MembershipStatus.LEFT, null, false));
    }
}
