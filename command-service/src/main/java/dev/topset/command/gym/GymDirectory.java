package dev.topset.command.gym;

import dev.topset.command.eventstore.CreationEvents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Answers "does this gym exist?" before a command reaches the aggregate, so that an unknown gym is a
 * {@code GYM_NOT_FOUND} 404 rather than Axon's generic aggregate-not-found. One index probe on the event store.
 */
@Component
public class GymDirectory {

    private final CreationEvents creations;

    public GymDirectory(CreationEvents creations) {
        this.creations = creations;
    }

    public boolean exists(UUID gymId) {
        return creations.exists(Gym.class, gymId);
    }

    /** The gym's admin (token subject), fixed at creation; empty for an unknown gym. */
    public Optional<String> admin(UUID gymId) {
        return creations.field(Gym.class, gymId, "admin");
    }
}
