package dev.topset.command.exercise;

import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an athlete's exercise aliases: app name → exercise key, already resolved and checked. */
public record SetExerciseAliases(@TargetAggregateIdentifier UUID aliasesId, UUID athleteId,
                                 Map<String, String> aliases) {
}
