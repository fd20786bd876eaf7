package dev.topset.command.exercise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.topset.command.rule.ConflictException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One athlete's names for exercises the catalogue does not know, or knows under another name ("SSB Squat" →
 * {@code squat-safety-bar}). Its own small stream, so the athlete's profile stream does not grow with it; its id is
 * derived from the athlete's ({@link #idOf}).
 */
@Aggregate
public class ExerciseAliases {

    @AggregateIdentifier
    private UUID aliasesId;
    private UUID athleteId;
    private Map<String, String> aliases = Map.of();

    protected ExerciseAliases() {
        // for Axon: the aggregate is rebuilt from its events
    }

    public static UUID idOf(UUID athleteId) {
        return UUID.nameUUIDFromBytes(("topset-exercise-aliases|" + athleteId).getBytes(StandardCharsets.UTF_8));
    }

    /** @return false when the aliases already were these (nothing recorded) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(SetExerciseAliases command) {
        if (aliasesId != null && !athleteId.equals(command.athleteId())) {
            throw ConflictException.idTaken(command.aliasesId());
        }
        Map<String, String> next = new TreeMap<>(command.aliases());
        if (aliasesId != null && next.equals(aliases)) {
            return false;
        }
        apply(new ExerciseAliasesSet(command.aliasesId(), command.athleteId(), next));
        return true;
    }

    @EventSourcingHandler
    void on(ExerciseAliasesSet event) {
        aliasesId = event.aliasesId();
        athleteId = event.athleteId();
        aliases = new TreeMap<>(event.aliases());
    }
}
