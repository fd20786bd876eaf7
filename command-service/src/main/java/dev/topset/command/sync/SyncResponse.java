package dev.topset.command.sync;

import java.util.List;

/** Per item what happened, plus the counts so that a device sees at a glance whether to look closer. */
public record SyncResponse(int accepted, int alreadyApplied, int rejected, int conflicts, int notApplied,
                           List<SyncItemResult> items) {

    static SyncResponse of(List<SyncItemResult> items) {
        return new SyncResponse(count(items, SyncStatus.ACCEPTED), count(items, SyncStatus.ALREADY_APPLIED),
                count(items, SyncStatus.REJECTED), count(items, SyncStatus.CONFLICT),
                count(items, SyncStatus.NOT_APPLIED), List.copyOf(items));
    }

    private static int count(List<SyncItemResult> items, SyncStatus status) {
        return (int) items.stream().filter(item -> item.status() == status).count();
    }
}
