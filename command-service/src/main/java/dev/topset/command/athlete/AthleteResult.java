package dev.topset.command.athlete;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import java.util.UUID;

public record AthleteResult(UUID athleteId, String name, LoadUnit preferredUnit, Load bodyWeight,
                            boolean replayed) {
}
