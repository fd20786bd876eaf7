package dev.topset.command.exercise;

import java.util.Map;
import java.util.UUID;

/**
 * An athlete's exercise aliases as they are from now on. Command-side only: imports read them; they are not a
 * training fact and are not published.
 */
public record ExerciseAliasesSet(UUID aliasesId, UUID athleteId, Map<String, String> aliases) {
}
