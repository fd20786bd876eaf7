package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did, or would do on a dry run.
 *
 * @param accepted      false when bad rows stop the import (a dry run still reports everything)
 * @param unit          the unit the weights were read in, and who said so
 * @param rows          data rows read (header excluded)
 * @param sets          sets to import per kind (bad rows excluded)
 * @param setsRecorded  sets recorded as new events by this request (on a dry run: that would be)
 * @param setsReplayed  sets imported before with the same content, which record nothing (on a dry run: would)
 * @param skippedRows   bad rows left out (the default; {@code skipBadRows=false} rejects the file instead)
 */
public record ImportReport(ImportSource source, UUID athleteId, boolean dryRun, boolean accepted, Unit unit, int rows,
                           int sessions, Map<SetKind, Integer> sets, int setsRecorded, int setsReplayed,
                           int skippedRows, List<Workout> workouts, List<RowError> errors, List<IgnoredRow> ignored) {

    /** @param from where the unit comes from: the file's column, the request, or the athlete's preferred unit */
    public record Unit(LoadUnit unit, String from) {
    }

    /** One imported session: the session id is derived from the workout, so a re-import finds it again. */
    public record Workout(UUID sessionId, LocalDate date, String name, long line, Map<SetKind, Integer> sets,
                          List<String> topSets) {
    }
}
