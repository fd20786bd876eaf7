package dev.topset.query.gym;

import dev.topset.api.gym.ConsentScope;
import java.util.UUID;

/** A user is staff ({@code role}) of a gym in which the athlete currently shares {@code scope}. */
public record StaffGrant(UUID gymId, StaffRole role, ConsentScope scope) {
}
