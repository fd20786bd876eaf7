package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Logs the heavy set of the day (1-2 per lift). */
public record LogTopSet(@TargetAggregateIdentifier UUID sessionId, UUID setId, SetDetails details,
                        Instant performedAt, String deviceId) implements LogSet {

    @Override
    public SetKind kind() {
        return SetKind.TOP;
    }
}
