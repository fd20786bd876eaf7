package dev.topset.query.gym;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.gym.ConsentScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision without the database: role in the token × staff entry × consent scope. */
class GymAccessTest {

    private static final UUID GYM = UUID.randomUUID();

    @Test
    void trendsConsentOpensTrendsButNotSessions() {
        List<StaffGrant> grants = List.of(new StaffGrant(GYM, StaffRole.COACH, ConsentScope.TRENDS));

        assertThat(GymAccess.allows(Set.of("coach"), grants, MemberReading.TRENDS)).isTrue();
        assertThat(GymAccess.allows(Set.of("coach"), grants, MemberReading.SESSIONS)).isFalse();
    }

    @Test
    void trendsAndSessionsConsentOpensBoth() {
        List<StaffGrant> grants = List.of(new StaffGrant(GYM, StaffRole.GYM_ADMIN, ConsentScope.TRENDS_AND_SESSIONS));

        assertThat(GymAccess.allows(Set.of("gym_admin"), grants, MemberReading.TRENDS)).isTrue();
        assertThat(GymAccess.allows(Set.of("gym_admin"), grants, MemberReading.SESSIONS)).isTrue();
    }

    @Test
    void aStaffEntryCountsOnlyWithTheMatchingTokenRole() {
        List<StaffGrant> grants = List.of(new StaffGrant(GYM, StaffRole.COACH, ConsentScope.TRENDS_AND_SESSIONS));

        assertThat(GymAccess.allows(Set.of("gym_admin"), grants, MemberReading.TRENDS)).isFalse();
        assertThat(GymAccess.allows(Set.of("athlete", "analyst"), grants, MemberReading.TRENDS)).isFalse();
    }

    @Test
    void noGrantNoAccess() {
        assertThat(GymAccess.allows(Set.of("coach", "gym_admin"), List.of(), MemberReading.TRENDS)).isFalse();
    }

    @Test
    void theWidestGrantOfSeveralGymsDecides() {
        List<StaffGrant> grants = List.of(new StaffGrant(GYM, StaffRole.COACH, ConsentScope.TRENDS),
                new StaffGrant(UUID.randomUUID(), StaffRole.COACH, ConsentScope.TRENDS_AND_SESSIONS));

        assertThat(GymAccess.allows(Set.of("coach"), grants, MemberReading.SESSIONS)).isTrue();
    }
}
