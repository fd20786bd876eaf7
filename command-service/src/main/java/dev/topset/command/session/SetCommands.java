package dev.topset.command.session;

import dev.topset.api.session.CorrectSet;
import dev.topset.api.session.LogAccessorySet;
import dev.topset.api.session.LogBackoff;
import dev.topset.api.session.LogDropSet;
import dev.topset.api.session.LogSet;
import dev.topset.api.session.LogTopSet;
import dev.topset.api.session.LogWarmupSet;
import dev.topset.api.training.CorrectableField;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetChanges;
import dev.topset.api.training.SetDetails;
import dev.topset.command.validation.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns validated REST bodies into commands: one place that knows both shapes (single endpoints and /sync). */
@Component
public class SetCommands {

    private final Clock clock;

    SetCommands(Clock clock) {
        this.clock = clock;
    }

    public LogSet log(UUID sessionId, LogSetRequest request, String deviceId) {
        SetDetails details = new SetDetails(request.lift(), new Load(request.load(), request.unit()),
                request.reps(), request.rpe(), request.rir(), request.flags(), request.note());
        Instant performedAt = request.performedAt() != null ? request.performedAt() : clock.instant();
        return switch (request.kind()) {
            case WARMUP -> new LogWarmupSet(sessionId, request.setId(), details, performedAt, deviceId);
            case TOP -> new LogTopSet(sessionId, request.setId(), details, performedAt, deviceId);
            case BACKOFF -> new LogBackoff(sessionId, request.setId(), details, performedAt, deviceId);
            case DROP -> new LogDropSet(sessionId, request.setId(), details, performedAt, deviceId);
            case ACCESSORY -> new LogAccessorySet(sessionId, request.setId(), details, performedAt, deviceId);
        };
    }

    public CorrectSet correct(UUID sessionId, UUID setId, CorrectSetRequest request, String deviceId) {
        if ((request.load() == null) != (request.unit() == null)) {
            throw new InvalidRequestException(request.load() == null ? "load" : "unit",
                    "load and unit are corrected together: send both");
        }
        Set<CorrectableField> cleared = EnumSet.noneOf(CorrectableField.class);
        SetChanges changes = new SetChanges(
                request.load() == null ? null : new Load(request.load(), request.unit()),
                request.reps(),
                present(request.rpe(), CorrectableField.RPE, cleared),
                present(request.rir(), CorrectableField.RIR, cleared),
                request.flags(),
                present(request.note(), CorrectableField.NOTE, cleared),
                cleared);
        return new CorrectSet(sessionId, setId, changes, request.reason(), deviceId, request.expectedRevision());
    }

    /** Absent (null Optional) keeps the value; explicit JSON null (empty Optional) clears it. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static <T> T present(Optional<T> value, CorrectableField field, Set<CorrectableField> cleared) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            cleared.add(field);
        }
        return value.orElse(null);
    }
}
