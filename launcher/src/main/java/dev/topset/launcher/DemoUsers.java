package dev.topset.launcher;

import dev.topset.security.Role;
import dev.topset.security.devtokens.DevTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The users a local system comes with: one per role, and a second athlete to see that data stays private. */
final class DemoUsers {

    static final Duration VALIDITY = Duration.ofDays(30);
    static final UUID SECOND_ATHLETE = UUID.nameUUIDFromBytes("topset-demo:second-athlete"
            .getBytes(StandardCharsets.UTF_8));

    record DemoUser(String subject, Role role, UUID athleteId) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("demo-athlete", Role.ATHLETE, DemoData.ATHLETE),
            new DemoUser("second-athlete", Role.ATHLETE, SECOND_ATHLETE),
            new DemoUser("demo-coach", Role.COACH, null),
            new DemoUser("demo-gym-admin", Role.GYM_ADMIN, null),
            new DemoUser("demo-analyst", Role.ANALYST, null),
            new DemoUser("demo-admin", Role.ADMIN, null));

    private DemoUsers() {
    }

    static String token(DevTokens tokens, DemoUser user) {
        return tokens.mint(user.subject(), List.of(user.role().claim()), user.athleteId(), VALIDITY);
    }

    /**
     * A dev token for any role; an athlete token names the athlete (default: the demo lifter). The other roles get
     * the subject of the demo user with that role, the one the ready banner prints and the docs' walk-throughs name
     * (a coach added as {@code demo-coach} must be the coach whose token is printed); a role without a demo user
     * (service) gets {@code dev-<role>}.
     */
    static String token(DevTokens tokens, Role role, UUID athleteId) {
        if (role == Role.ATHLETE) {
            UUID athlete = athleteId != null ? athleteId : DemoData.ATHLETE;
            return tokens.mint("athlete-" + athlete, List.of(role.claim()), athlete, VALIDITY);
        }
        return tokens.mint(subject(role), List.of(role.claim()), athleteId, VALIDITY);
    }

    static String subject(Role role) {
        return ALL.stream().filter(user -> user.role() == role).map(DemoUser::subject).findFirst()
                .orElse("dev-" + role.claim().replace('_', '-'));
    }
}
