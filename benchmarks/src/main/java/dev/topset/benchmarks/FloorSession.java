package dev.topset.benchmarks;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.LogBackoff;
import dev.topset.api.session.LogTopSet;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.StartSession;
import dev.topset.api.session.TopSetLogged;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The framework floor's aggregate: command-service's session commands and events, with only what Axon needs to
 * decide (an idempotent set id) and none of the product's validation, coaching or read models.
 */
public class FloorSession {

    @AggregateIdentifier
    private UUID sessionId;
    private UUID athleteId;
    private final Set<UUID> sets = new HashSet<>();

    protected FloorSession() {
        // rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(StartSession command) {
        if (sessionId == null) {
            apply(new SessionStarted(command.sessionId(), command.athleteId(), command.localDate(),
                    command.startedAt(), command.name(), command.deviceId()));
        }
        return command.sessionId();
    }

    @CommandHandler
    public UUID handle(LogTopSet command) {
        if (!sets.contains(command.setId())) {
            apply(new TopSetLogged(sessionId, athleteId, command.setId(), command.details(), command.performedAt(),
                    command.deviceId()));
        }
        return command.setId();
    }

    @CommandHandler
    public UUID handle(LogBackoff command) {
        if (!sets.contains(command.setId())) {
            apply(new BackoffSetLogged(sessionId, athleteId, command.setId(), command.details(),
                    command.performedAt(), command.deviceId()));
        }
        return command.setId();
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        sessionId = event.sessionId();
        athleteId = event.athleteId();
    }

    @EventSourcingHandler
    void on(TopSetLogged event) {
        sets.add(event.setId());
    }

    @EventSourcingHandler
    void on(BackoffSetLogged event) {
        sets.add(event.setId());
    }
}
