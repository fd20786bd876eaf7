package dev.topset.command.importing;

import dev.topset.command.session.LogSetRequest;
import dev.topset.command.session.StartSessionRequest;
import java.time.Instant;
import java.util.List;

/**
 * One workout of the file as the requests a device would send for it, with the line each came from.
 *
 * @param finishedAt the export's end time, or the start when the export does not tell
 */
record PlannedSession(long line, StartSessionRequest start, Instant finishedAt, List<PlannedSet> sets) {

    record PlannedSet(long line, LogSetRequest request) {
    }
}
