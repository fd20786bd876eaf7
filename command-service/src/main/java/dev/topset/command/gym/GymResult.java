package dev.topset.command.gym;

import java.util.List;
import java.util.UUID;

/** The gym as the answer of a gym management command; {@code replayed} = the command changed nothing. */
public record GymResult(UUID gymId, String name, String admin, List<String> coaches, boolean replayed) {
}
