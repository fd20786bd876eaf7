package dev.topset.command.importing;

import dev.topset.command.importing.ledger.ImportIds;
import dev.topset.command.session.LogSetRequest;
import dev.topset.command.session.StartSessionRequest;
import java.time.Instant;
import java.util.List;

/**
 * One workout of the file as the requests a device would send for it, with the line each came from.
 *
 * @param finishedAt  the export's end time, or the start when the export does not tell
 * @param description the workout's description in the app, if any
 */
record PlannedSession(long line, StartSessionRequest start, Instant finishedAt, List<PlannedSet> sets,
                      String description) {

    /** @param superset the app's superset group within the workout, if any */
    record PlannedSet(long line, LogSetRequest request, String superset) {

        PlannedSet afterUndo() {
            LogSetRequest r = request;
            return new PlannedSet(line, new LogSetRequest(ImportIds.afterUndo(r.setId()), r.kind(), r.lift(), r.load(),
                    r.unit(), r.reps(), r.rpe(), r.rir(), r.flags(), r.note(), r.performedAt()), superset);
        }
    }

    /** The same workout under the ids that take over once an undone import had used these. */
    PlannedSession afterUndo() {
        StartSessionRequest s = start;
        return new PlannedSession(line, new StartSessionRequest(ImportIds.afterUndo(s.sessionId()), s.athleteId(),
                s.date(), s.startedAt(), s.name()), finishedAt, sets.stream().map(PlannedSet::afterUndo).toList(),
                description);
    }
}
