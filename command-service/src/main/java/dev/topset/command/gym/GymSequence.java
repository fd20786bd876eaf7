package dev.topset.command.gym;

import java.util.UUID;

/** @param sequence the sequence number of the gym's newest event (0: only its creation) */
public record GymSequence(UUID gymId, long sequence) {
}
