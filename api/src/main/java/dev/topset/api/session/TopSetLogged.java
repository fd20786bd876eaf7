package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The heavy set of the day was logged.
 *
 * <p>Revision 2 added {@code planned}, the plan's target when the set was logged. Revision-1 payloads are upcast
 * with {@link PlannedTopSet#NOT_RECORDED} (see {@code dev.topset.api.envelope.PayloadUpcasting}); reading one
 * without the upcaster fails on the missing {@code planned} rather than inventing a plan.
 */
@Revision("2")
public record TopSetLogged(UUID sessionId, UUID athleteId, UUID setId, SetDetails details, Instant performedAt,
                          String deviceId, PlannedTopSet planned) implements SetLogged {

    public TopSetLogged {
        Objects.requireNonNull(planned, "planned");
    }

    /** A top set whose plan is not known (tests, imports of other apps' logs). */
    public TopSetLogged(UUID sessionId, UUID athleteId, UUID setId, SetDetails details, Instant performedAt,
                        String deviceId) {
        this(sessionId, athleteId, setId, details, performedAt, deviceId, PlannedTopSet.NOT_RECORDED);
    }

    @Override
    public SetKind kind() {
        return SetKind.TOP;
    }
}
