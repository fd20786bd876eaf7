package dev.topset.query.gym;

import dev.topset.security.Caller;
import dev.topset.security.MemberConsent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The security module's extension point, answered from the consent read model: a coach or gym admin reads a
 * member's data (trends, recommendations) while the member shares with their gym. Sessions need more
 * (TRENDS_AND_SESSIONS): {@code ReadAccess} asks {@link GymAccess} for them.
 */
@Component
class GymMemberConsent implements MemberConsent {

    private final GymAccess access;

    GymMemberConsent(GymAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(Caller member, UUID athleteId) {
        return access.mayReadMember(member, athleteId, MemberReading.TRENDS);
    }
}
