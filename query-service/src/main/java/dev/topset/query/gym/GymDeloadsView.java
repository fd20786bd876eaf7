package dev.topset.query.gym;

import java.util.List;
import java.util.UUID;

public record GymDeloadsView(UUID gymId, List<DeloadMember> members) {
}
