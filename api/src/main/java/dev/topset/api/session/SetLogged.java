package dev.topset.api.session;

import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetKind;
import java.time.Instant;
import java.util.UUID;

/** A set was logged; one event type per set kind so that consumers can subscribe to what they need. */
public sealed interface SetLogged extends SessionEvent
        permits WarmupSetLogged, TopSetLogged, BackoffSetLogged, DropSetLogged, AccessorySetLogged {

    UUID setId();

    SetDetails details();

    Instant performedAt();

    String deviceId();

    SetKind kind();
}
