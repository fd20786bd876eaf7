package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.command.importing.PlannedSession.PlannedSet;
import dev.topset.command.importing.ledger.ImportedWorkout;
import dev.topset.command.session.LogSetRequest;
import dev.topset.command.validation.InvalidRequestException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Imports an export in two steps: {@link #prepare} reads, plans and checks it against what earlier imports stored
 * (fast, answered at once: a dry run stops here, and so does a file that would be rejected); {@link #send} sends
 * the planned commands, exactly the commands the REST endpoints send, a workout per transaction (an import job
 * runs it).
 */
@Component
class WorkoutImporter {

    private final Map<ImportSource, ExportLayout> layouts;
    private final ImportPlanner planner;
    private final ImportConflicts conflicts;
    private final WorkoutRecorder recorder;

    WorkoutImporter(List<ExportLayout> layouts, ImportPlanner planner, ImportConflicts conflicts,
                    WorkoutRecorder recorder) {
        this.layouts = layouts.stream().collect(Collectors.toMap(ExportLayout::source, layout -> layout));
        this.planner = planner;
        this.conflicts = conflicts;
        this.recorder = recorder;
    }

    /**
     * @param unit          the unit the request names, null when it names none
     * @param preferredUnit the athlete's unit, for a file that does not state its own and a request that names none
     */
    record Request(UUID athleteId, ImportSource source, String csv, LoadUnit unit, LoadUnit preferredUnit,
                   ZoneId zone, boolean dryRun, boolean skipBadRows) {

        /** The options that change what the file records, as the request resolved them. */
        String options() {
            return "unit=" + (unit != null ? unit : "preferred " + preferredUnit) + ";zone=" + zone.getId()
                    + ";skipBadRows=" + skipBadRows;
        }

        LoadUnit assumedUnit() {
            return unit != null ? unit : preferredUnit;
        }
    }

    private WorkoutFile read(Request request) {
        WorkoutFile file;
        try {
            file = layouts.get(request.source()).read(new CsvText(request.csv()), request.assumedUnit());
        } catch (UncheckedIOException malformed) {
            throw CsvText.malformed(malformed);
        }
        StatedUnit stated = file.statedUnit();
        if (stated != null && request.unit() != null && stated.unit() != request.unit()) {
            throw new InvalidRequestException("unit", "the file states its weights in " + stated.unit()
                    + " (column " + stated.column() + "), not " + request.unit() + ": leave unit out");
        }
        return file;
    }

    /** Which unit the weights were read in, and who said so. */
    private static ImportReport.Unit unitOf(Request request, WorkoutFile file) {
        if (file.statedUnit() != null) {
            return new ImportReport.Unit(file.statedUnit().unit(), "file column " + file.statedUnit().column());
        }
        return new ImportReport.Unit(request.assumedUnit(), request.unit() != null ? "request parameter unit"
                : "the athlete's preferred unit");
    }

    /**
     * Everything an import does before its first command: read, plan, compare with what earlier imports stored.
     *
     * @param setsToSend planned sets, of which {@code alreadyStored} are stored before with the same content
     */
    record Prepared(Request request, ImportPlan plan, ImportReport report, int setsToSend, int alreadyStored) {

        List<UUID> sessionIds() {
            return plan.sessions().stream().map(session -> session.start().sessionId()).toList();
        }

        /** Descriptions and supersets of the workouts that have any: kept with the import. */
        List<ImportedWorkout> workouts() {
            List<ImportedWorkout> workouts = new ArrayList<>();
            for (PlannedSession session : plan.sessions()) {
                Map<String, List<UUID>> supersets = new TreeMap<>();
                session.sets().stream().filter(set -> set.superset() != null).forEach(set -> supersets
                        .computeIfAbsent(set.superset(), group -> new ArrayList<>()).add(set.request().setId()));
                if (session.description() != null || !supersets.isEmpty()) {
                    workouts.add(new ImportedWorkout(session.start().sessionId(), session.description(), supersets));
                }
            }
            return workouts;
        }
    }

    /**
     * Reads and plans the file; a file that would be rejected is refused here (nothing recorded). The report is
     * the dry run's: what sending the plan records.
     */
    Prepared prepare(Request request) {
        WorkoutFile file = read(request);
        ImportPlan planned = planner.plan(request.athleteId(), request.source(), file, request.zone());
        ImportConflicts.Checked checked = conflicts.check(planned.sessions(), file.columns());
        List<RowError> errors = new ArrayList<>(planned.errors());
        errors.addAll(checked.errors());
        errors.sort(Comparator.comparingLong(RowError::line));
        ImportPlan plan = new ImportPlan(planned.rows(), checked.sessions(), errors, planned.ignored());
        int sets = plan.sessions().stream().mapToInt(session -> session.sets().size()).sum();
        // bad rows are left out by default, but a file in which no row is good is a bad file, not an empty import
        boolean accepted = errors.isEmpty() || request.skipBadRows() && sets + checked.alreadyStored() > 0;
        ImportReport report = report(request, unitOf(request, file), plan, accepted, sets - checked.alreadyStored(),
                checked.alreadyStored());
        if (!accepted && !request.dryRun()) {
            throw new ImportRejectedException(report, planned.errors().isEmpty());
        }
        return new Prepared(request, plan, report, sets, checked.alreadyStored());
    }

    /** What sending a plan did so far, told after each workout. */
    interface Progress {
        void recorded(int setsRecorded, int setsReplayed);
    }

    /** The counts of a sent plan. */
    record Sent(int setsRecorded, int setsReplayed) {
    }

    /**
     * Records the planned workouts one after another, each in one transaction with exactly the commands the REST
     * endpoints send, as the given device. A refused command stops here: the workouts before it stay recorded and
     * replay when the file is imported again.
     */
    Sent send(Prepared prepared, String device, Progress progress) {
        int recorded = 0;
        int replayed = 0;
        for (PlannedSession session : prepared.plan().sessions()) {
            WorkoutRecorder.Recorded workout = recorder.record(session, device);
            recorded += workout.sets();
            replayed += workout.replayed();
            progress.recorded(recorded, replayed);
        }
        return new Sent(recorded, replayed);
    }

    private static ImportReport report(Request request, ImportReport.Unit unit, ImportPlan plan, boolean accepted,
                                       int recorded, int replayed) {
        Map<SetKind, Integer> sets = new EnumMap<>(SetKind.class);
        List<ImportReport.Workout> workouts = plan.sessions().stream().map(session -> {
            Map<SetKind, Integer> kinds = new EnumMap<>(SetKind.class);
            session.sets().forEach(set -> {
                kinds.merge(set.request().kind(), 1, Integer::sum);
                sets.merge(set.request().kind(), 1, Integer::sum);
            });
            List<String> topSets = session.sets().stream().map(PlannedSet::request)
                    .filter(set -> set.kind() == SetKind.TOP).map(WorkoutImporter::describe).toList();
            return new ImportReport.Workout(session.start().sessionId(), session.start().date(),
                    session.start().name(), session.line(), kinds, topSets);
        }).toList();
        int skipped = accepted && !plan.errors().isEmpty()
                ? (int) plan.errors().stream().mapToLong(RowError::line).distinct().count() : 0;
        return new ImportReport(request.source(), request.athleteId(), request.dryRun(), accepted, unit, plan.rows(),
                workouts.size(), sets, recorded, replayed, skipped, workouts, plan.errors(), plan.ignored());
    }

    /** "squat 140 KG x 5 @ 8", as a lifter reads a top set. */
    private static String describe(LogSetRequest set) {
        return set.lift() + " " + set.load().stripTrailingZeros().toPlainString() + " " + set.unit() + " x "
                + set.reps() + (set.rpe() == null ? "" : " @ " + set.rpe().stripTrailingZeros().toPlainString());
    }
}
