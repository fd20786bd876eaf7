package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Logs a lighter set after a top set of the same lift. */
public record LogBackoff(@TargetAggregateIdentifier UUID sessionId, UUID setId, SetDetails details,
                        Instant performedAt, String deviceId) implements LogSet {

    @Override
    public SetKind kind() {
        return SetKind.BACKOFF;
    }
}
