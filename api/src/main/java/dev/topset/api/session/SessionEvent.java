package dev.topset.api.session;

import dev.topset.api.TrainingEvent;
import java.util.UUID;

/** An event of one training session. */
public interface SessionEvent extends TrainingEvent {

    UUID sessionId();
}
