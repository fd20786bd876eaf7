package dev.topset.command.sync;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What an item names besides its body: the session and set it acts on (the path of its single endpoint)
 * and the device that recorded it (the {@code X-Device-Id} header of its single endpoint).
 */
record SyncTarget(UUID sessionId, UUID setId, @Size(max = 64) String deviceId) {
}
