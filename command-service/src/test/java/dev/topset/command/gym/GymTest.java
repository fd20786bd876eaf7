package dev.topset.command.gym;

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
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GymTest {

    private static final UUID GYM = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final GymCreated CREATED = new GymCreated(GYM, "Iron Temple", "admin-1");
    private static final MemberInvited INVITED = new MemberInvited(GYM, ATHLETE);
    private static final MemberJoined JOINED = new MemberJoined(GYM, ATHLETE, ConsentScope.TRENDS, false);

    private FixtureConfiguration<Gym> fixture;

    private static Matcher<Throwable> violates(Rule rule) {
        return Matchers.predicate(e -> e instanceof RuleViolationException violation && violation.rule() == rule);
    }

    private static Matcher<Throwable> conflicts(Rule rule) {
        return Matchers.predicate(e -> e instanceof ConflictException conflict && conflict.rule() == rule);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Gym.class);
    }

    private static MembershipResult membership(MembershipStatus status, ConsentScope scope, boolean leaderboard,
                                               boolean replayed) {
        return new MembershipResult(GYM, ATHLETE, status, scope, leaderboard, replayed);
    }

    @Test
    void createsAGymAndARetryIsAReplay() {
        fixture.givenNoPriorActivity()
                .when(new CreateGym(GYM, "Iron Temple", "admin-1"))
                .expectEvents(CREATED)
                .expectResultMessagePayload(new GymResult(GYM, "Iron Temple", "admin-1", List.of(), false));
        fixture.given(CREATED)
                .when(new CreateGym(GYM, "Iron Temple", "admin-1"))
                .expectNoEvents()
                .expectResultMessagePayload(new GymResult(GYM, "Iron Temple", "admin-1", List.of(), true));
    }

    @Test
    void anotherAdminsGymIdIsTakenAndTellsNothingOfTheGym() {
        fixture.given(CREATED)
                .when(new CreateGym(GYM, "Iron Temple", "admin-2"))
                .expectNoEvents()
                .expectException(conflicts(Rule.ID_TAKEN))
                .expectException(Matchers.predicate(e -> ((ConflictException) e).current() == null));
    }

    @Test
    void aReusedGymIdWithOtherContentIsAConflict() {
        fixture.given(CREATED)
                .when(new CreateGym(GYM, "Other Gym", "admin-1"))
                .expectNoEvents()
                .expectException(conflicts(Rule.GYM_ID_REUSED));
    }

    @Test
    void coachesAreAddedOnceAndRemovedIdempotently() {
        fixture.given(CREATED).when(new AddCoach(GYM, "coach-1")).expectEvents(new CoachAdded(GYM, "coach-1"));
        fixture.given(CREATED, new CoachAdded(GYM, "coach-1")).when(new AddCoach(GYM, "coach-1")).expectNoEvents();
        fixture.given(CREATED, new CoachAdded(GYM, "coach-1")).when(new RemoveCoach(GYM, "coach-1"))
                .expectEvents(new CoachRemoved(GYM, "coach-1"));
        fixture.given(CREATED).when(new RemoveCoach(GYM, "coach-1")).expectNoEvents()
                .expectResultMessagePayload(new GymResult(GYM, "Iron Temple", "admin-1", List.of(), true));
    }

    @Test
    void onlyAnInvitedAthleteCanJoin() {
        fixture.given(CREATED)
                .when(new JoinGym(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectNoEvents()
                .expectException(violates(Rule.GYM_NOT_INVITED));
        fixture.given(CREATED, INVITED)
                .when(new JoinGym(GYM, ATHLETE, ConsentScope.TRENDS_AND_SESSIONS, true))
                .expectEvents(new MemberJoined(GYM, ATHLETE, ConsentScope.TRENDS_AND_SESSIONS, true))
                .expectResultMessagePayload(membership(MembershipStatus.MEMBER, ConsentScope.TRENDS_AND_SESSIONS,
                        true, false));
    }

    @Test
    void joiningAgainIsAReplayWithTheSameConsentAndAConflictWithAnother() {
        fixture.given(CREATED, INVITED, JOINED)
                .when(new JoinGym(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectNoEvents()
                .expectResultMessagePayload(membership(MembershipStatus.MEMBER, ConsentScope.TRENDS, false, true));
        fixture.given(CREATED, INVITED, JOINED)
                .when(new JoinGym(GYM, ATHLETE, ConsentScope.TRENDS_AND_SESSIONS, false))
                .expectNoEvents()
                .expectException(conflicts(Rule.GYM_ALREADY_MEMBER));
    }

    @Test
    void invitingAMemberAgainChangesNothing() {
        fixture.given(CREATED, INVITED, JOINED)
                .when(new InviteMember(GYM, ATHLETE))
                .expectNoEvents()
                .expectResultMessagePayload(membership(MembershipStatus.MEMBER, ConsentScope.TRENDS, false, true));
    }

    @Test
    void consentCanOnlyBeChangedByAMember() {
        fixture.given(CREATED, INVITED)
                .when(new ChangeConsent(GYM, ATHLETE, ConsentScope.TRENDS, true))
                .expectNoEvents()
                .expectException(violates(Rule.GYM_NOT_MEMBER));
        fixture.given(CREATED, INVITED, JOINED)
                .when(new ChangeConsent(GYM, ATHLETE, ConsentScope.TRENDS, true))
                .expectEvents(new ConsentChanged(GYM, ATHLETE, ConsentScope.TRENDS, true));
        fixture.given(CREATED, INVITED, JOINED)
                .when(new ChangeConsent(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectNoEvents();
        fixture.given(CREATED, INVITED, JOINED, new MemberLeft(GYM, ATHLETE))
                .when(new ChangeConsent(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectException(violates(Rule.GYM_NOT_MEMBER));
    }

    @Test
    void revokingIsIdempotentAndSharingAgainGoesThroughChangeConsent() {
        fixture.given(CREATED, INVITED, JOINED)
                .when(new RevokeConsent(GYM, ATHLETE))
                .expectEvents(new ConsentRevoked(GYM, ATHLETE))
                .expectResultMessagePayload(membership(MembershipStatus.CONSENT_REVOKED, null, false, false));
        fixture.given(CREATED, INVITED, JOINED, new ConsentRevoked(GYM, ATHLETE))
                .when(new RevokeConsent(GYM, ATHLETE))
                .expectNoEvents()
                .expectResultMessagePayload(membership(MembershipStatus.CONSENT_REVOKED, null, false, true));
        fixture.given(CREATED, INVITED, JOINED, new ConsentRevoked(GYM, ATHLETE))
                .when(new ChangeConsent(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectEvents(new ConsentChanged(GYM, ATHLETE, ConsentScope.TRENDS, false));
        fixture.given(CREATED)
                .when(new RevokeConsent(GYM, ATHLETE))
                .expectException(violates(Rule.GYM_NOT_MEMBER));
    }

    @Test
    void leavingIsIdempotentAndRejoiningNeedsANewInvitation() {
        fixture.given(CREATED, INVITED, JOINED)
                .when(new LeaveGym(GYM, ATHLETE))
                .expectEvents(new MemberLeft(GYM, ATHLETE));
        fixture.given(CREATED, INVITED, JOINED, new MemberLeft(GYM, ATHLETE))
                .when(new LeaveGym(GYM, ATHLETE))
                .expectNoEvents()
                .expectResultMessagePayload(membership(MembershipStatus.LEFT, null, false, true));
        fixture.given(CREATED, INVITED, JOINED, new MemberLeft(GYM, ATHLETE))
                .when(new JoinGym(GYM, ATHLETE, ConsentScope.TRENDS, false))
                .expectException(violates(Rule.GYM_NOT_INVITED));
        fixture.given(CREATED, INVITED, JOINED, new MemberLeft(GYM, ATHLETE))
                .when(new InviteMember(GYM, ATHLETE))
                .expectEvents(INVITED);
        fixture.given(CREATED)
                .when(new LeaveGym(GYM, ATHLETE))
                .expectException(violates(Rule.GYM_NOT_MEMBER));
    }
}
