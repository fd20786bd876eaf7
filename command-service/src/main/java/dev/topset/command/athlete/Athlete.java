package dev.topset.command.athlete;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.athlete.RegisterAthlete;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.Rule;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A lifter: profile and preferred unit. Lift plans and accepted recommendations will live here too. */
@Aggregate
public class Athlete {

    @AggregateIdentifier
    private UUID athleteId;
    private String name;
    private LoadUnit preferredUnit;
    private Load bodyWeight;

    protected Athlete() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AthleteResult handle(RegisterAthlete command) {
        if (athleteId != null) {
            if (name.equals(command.name()) && preferredUnit == command.preferredUnit()
                    && Objects.equals(bodyWeight, command.bodyWeight())) {
                return result(true);
            }
            throw new ConflictException(Rule.ATHLETE_ID_REUSED,
                    "athlete " + athleteId + " was already registered with different content", result(true));
        }
        apply(new AthleteRegistered(command.athleteId(), command.name(), command.preferredUnit(),
                command.bodyWeight()));
        return result(false);
    }

    private AthleteResult result(boolean replayed) {
        return new AthleteResult(athleteId, name, preferredUnit, bodyWeight, replayed);
    }

    @EventSourcingHandler
    void on(AthleteRegistered event) {
        athleteId = event.athleteId();
        name = event.name();
        preferredUnit = event.preferredUnit();
        bodyWeight = event.bodyWeight();
    }
}
