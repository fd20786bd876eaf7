package dev.topset.command.session;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A restored history is held to the aggregate's rules: what the aggregate records, a restore takes back. */
class SessionHistoryRulesTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final UUID ATHLETE = UUID.randomUUID();
    private static final Instant START = Instant.parse("2026-11-23T17:00:00Z");
    private static final Instant FINISH = START.plusSeconds(3600);

    private final SessionHistoryRules rules = new SessionHistoryRules();

    @BeforeEach
    void aFinishedSession() {
        rules.check(new SessionStarted(SESSION, ATHLETE, LocalDate.of(2026, 11, 23), START, "Lower A", "phone"));
        rules.check(new TopSetLogged(SESSION, ATHLETE, UUID.randomUUID(), squat("140"), START, "phone"));
        rules.check(new SessionFinished(SESSION, ATHLETE, FINISH, "phone"));
    }

    @Test
    void aLateSetPerformedBeforeTheFinishIsPartOfTheHistory() {
        assertThatCode(() -> rules.check(backoff(START.plusSeconds(600)))).doesNotThrowAnyException();
        assertThatCode(() -> rules.check(backoff(FINISH))).doesNotThrowAnyException();
    }

    @Test
    void aSetPerformedAfterTheFinishIsNot() {
        assertThatThrownBy(() -> rules.check(backoff(FINISH.plusSeconds(1))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(Rule.SESSION_FINISHED));
    }

    private static BackoffSetLogged backoff(Instant performedAt) {
        return new BackoffSetLogged(SESSION, ATHLETE, UUID.randomUUID(), squat("122.5"), performedAt, "watch");
    }

    private static SetDetails squat(String kg) {
        return SetDetails.of("squat", Load.kg(kg), 5, new BigDecimal("7.5"));
    }
}
