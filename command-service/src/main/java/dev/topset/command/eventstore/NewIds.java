package dev.topset.command.eventstore;

import dev.topset.command.rule.ConflictException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Clients choose the ids of what they create. An id already stored under another aggregate type is refused before
 * a command reaches an aggregate: Axon would load the other type's events into the new aggregate (a 500 that also
 * told which ids exist). The refusal is the one every create answers for an id that is not the caller's.
 */
@Component
public class NewIds {

    private final CreationEvents creations;

    NewIds(CreationEvents creations) {
        this.creations = creations;
    }

    /** Passes for an unused id and for one of the same aggregate type (the aggregate judges whose it is). */
    public void requireFreeFor(Class<?> aggregateType, UUID id) {
        creations.typeOf(id).filter(type -> !type.equals(aggregateType.getSimpleName())).ifPresent(other -> {
            throw ConflictException.idTaken(id);
        });
    }
}
