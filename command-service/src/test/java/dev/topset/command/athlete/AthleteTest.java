package dev.topset.command.athlete;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.athlete.RegisterAthlete;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.rule.ConflictException;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AthleteTest {

    private static final UUID ATHLETE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private FixtureConfiguration<Athlete> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Athlete.class);
    }

    @Test
    void registersAnAthlete() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAthlete(ATHLETE, "Sam", LoadUnit.KG, Load.kg("82.5")))
                .expectEvents(new AthleteRegistered(ATHLETE, "Sam", LoadUnit.KG, Load.kg("82.5")))
                .expectResultMessagePayload(new AthleteResult(ATHLETE, "Sam", LoadUnit.KG, Load.kg("82.5"), false));
    }

    @Test
    void aRetriedRegistrationReturnsTheOriginal() {
        fixture.given(new AthleteRegistered(ATHLETE, "Sam", LoadUnit.LB, null))
                .when(new RegisterAthlete(ATHLETE, "Sam", LoadUnit.LB, null))
                .expectNoEvents()
                .expectResultMessagePayload(new AthleteResult(ATHLETE, "Sam", LoadUnit.LB, null, true));
    }

    @Test
    void aReusedIdWithOtherContentIsAConflict() {
        fixture.given(new AthleteRegistered(ATHLETE, "Sam", LoadUnit.LB, null))
                .when(new RegisterAthlete(ATHLETE, "Alex", LoadUnit.LB, null))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }
}
