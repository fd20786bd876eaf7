package dev.topset.query.gym;

import java.util.List;
import java.util.UUID;

/** @param sharingMembers members who currently share (and so count in the gym aggregates) */
public record GymView(UUID gymId, String name, List<String> admins, List<String> coaches, int sharingMembers) {
}
