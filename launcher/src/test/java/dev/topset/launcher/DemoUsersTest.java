package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.topset.security.Role;
import dev.topset.security.devtokens.DevKeyPair;
import dev.topset.security.devtokens.DevTokens;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --print-token ROLE} mints the subject of the demo user with that role, the one the docs name. */
class DemoUsersTest {

    @TempDir
    Path keys;

    private String subject(Role role) throws Exception {
        DevTokens tokens = new DevTokens(DevKeyPair.loadOrCreate(keys));
        return SignedJWT.parse(DemoUsers.token(tokens, role, null)).getJWTClaimsSet().getSubject();
    }

    @Test
    void printedStaffTokensAreTheDemoUsers() throws Exception {
        assertThat(subject(Role.COACH)).isEqualTo("demo-coach");
        assertThat(subject(Role.GYM_ADMIN)).isEqualTo("demo-gym-admin");
        assertThat(subject(Role.ANALYST)).isEqualTo("demo-analyst");
        assertThat(subject(Role.SERVICE)).isEqualTo("dev-service");
        assertThat(subject(Role.ATHLETE)).isEqualTo("athlete-" + DemoData.ATHLETE);
    }
}
