package dev.topset.command.archive;

import java.util.List;
import java.util.UUID;

/**
 * The result of restoring an exported history.
 *
 * @param appended       events stored by this request, with their original ids, times and sequence numbers
 * @param alreadyPresent events that were already stored (a repeated restore appends nothing)
 */
public record RestoreReport(int events, int appended, int alreadyPresent, List<UUID> athletes, int aggregates) {
}
