package dev.topset.command.recommendation;

import jakarta.validation.constraints.Size;

/** Optional body of accept / dismiss. */
public record DecisionRequest(@Size(max = 200) String reason) {
}
