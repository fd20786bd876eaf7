package dev.topset.command.importing;

import dev.topset.api.training.LiftName;
import dev.topset.api.training.Load;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import dev.topset.api.training.TrainingTime;
import dev.topset.command.importing.ExportLayout.Field;
import dev.topset.command.importing.PlannedSession.PlannedSet;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.command.session.LogSetRequest;
import dev.topset.command.session.SetValueRules;
import dev.topset.command.session.StartSessionRequest;
import dev.topset.science.exercise.ExerciseMatcher;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of an export into the requests the REST API takes, through the same validation: the
 * request records' Bean Validation constraints and the aggregate's set value rules. Ids are name-based
 * UUIDs of athlete + source + the row's identity, so importing the same rows again is a replay.
 */
@Component
class ImportPlanner {

    /** A failure set without an RPE is recorded at RPE 10: that is what "to failure" means on the scale. */
    private static final BigDecimal FAILURE_RPE = BigDecimal.TEN;
    /** Hevy keeps kilograms internally: a pound-based lifter's sets export as 102.05828 kg. */
    private static final int LOAD_DECIMALS = 3;
    /** A workout's description: what an app's notes field holds, bounded like a set's note is. */
    static final int MAX_DESCRIPTION = 2000;
    private static final Map<String, Field> FIELD_OF_PROPERTY = Map.of("lift", Field.EXERCISE, "load", Field.WEIGHT,
            "reps", Field.REPS, "rpe", Field.RPE, "note", Field.NOTE, "name", Field.WORKOUT_NAME, "date", Field.START,
            "startedAt", Field.START, "performedAt", Field.START);
    private static final Map<Rule, Field> FIELD_OF_RULE = Map.of(Rule.REPS_RANGE, Field.REPS, Rule.LOAD_RANGE,
            Field.WEIGHT, Rule.RPE_SCALE, Field.RPE);

    private final Validator validator;
    private final LiftMapping lifts;

    ImportPlanner(Validator validator, LiftMapping lifts) {
        this.validator = validator;
        this.lifts = lifts;
    }

    ImportPlan plan(UUID athleteId, ImportSource source, WorkoutFile file, ZoneId zone) {
        List<RowError> errors = new ArrayList<>(file.errors());
        Map<String, List<WorkoutRow>> workouts = new LinkedHashMap<>();
        for (WorkoutRow row : file.rows()) {
            WorkoutRow normalized = normalized(row);
            List<RowError> rowErrors = check(athleteId, normalized, zone, file.columns());
            if (rowErrors.isEmpty()) {
                workouts.computeIfAbsent(row.workoutKey(), key -> new ArrayList<>()).add(normalized);
            }
            errors.addAll(rowErrors);
        }
        List<PlannedSession> sessions = new ArrayList<>();
        ExerciseMatcher exercises = lifts.forAthlete(athleteId);
        workouts.forEach((key, rows) -> sessions.add(session(athleteId, source, key, rows, zone, exercises)));
        Set<Long> lines = new HashSet<>();
        file.rows().forEach(row -> lines.add(row.line()));
        file.ignored().forEach(row -> lines.add(row.line()));
        errors.stream().filter(error -> error.line() > 1).forEach(error -> lines.add(error.line()));
        errors.sort(java.util.Comparator.comparingLong(RowError::line));
        return new ImportPlan(lines.size(), sessions, errors, file.ignored());
    }

    private PlannedSession session(UUID athleteId, ImportSource source, String workoutKey, List<WorkoutRow> rows,
                                   ZoneId zone, ExerciseMatcher exercises) {
        WorkoutRow first = rows.get(0);
        UUID sessionId = nameId(athleteId, source, "session|" + workoutKey);
        Instant startedAt = instant(first.workoutStart(), zone);
        Instant end = first.workoutEnd() == null || first.workoutEnd().isBefore(first.workoutStart()) ? null
                : instant(first.workoutEnd(), zone);
        // an end no read model could hold (a start a moment ago plus an absurd duration) is as unknown as none
        Instant finishedAt = end != null && TrainingTime.contains(end) ? end : startedAt;
        StartSessionRequest start = new StartSessionRequest(sessionId, athleteId, first.workoutStart().toLocalDate(),
                startedAt, first.workoutName());
        List<PlannedSet> sets = SetClassifier.classify(rows, exercises).stream()
                .map(set -> new PlannedSet(set.row().line(), request(nameId(athleteId, source, "set|"
                        + set.row().identity()), set.kind(), set.lift(), set.row(), startedAt,
                        set.bodyweight() ? Set.of(SetFlag.BODYWEIGHT) : Set.of()), set.row().superset()))
                .toList();
        return new PlannedSession(first.line(), start, finishedAt, sets, first.workoutNote());
    }

    /** Every check a device's request goes through, applied to the row alone (its kind does not matter). */
    private List<RowError> check(UUID athleteId, WorkoutRow row, ZoneId zone, Map<Field, String> columns) {
        List<RowError> errors = new ArrayList<>();
        String lift = LiftName.slug(row.exercise());
        if (lift.isEmpty()) {
            errors.add(RowError.format(row.line(), columns.get(Field.EXERCISE),
                    "'" + row.exercise() + "' has no letters or digits to name a lift"));
            return errors;
        }
        Instant startedAt = instant(row.workoutStart(), zone);
        LogSetRequest probe = request(UUID.randomUUID(), SetKind.ACCESSORY, lift, row, startedAt, Set.of());
        StartSessionRequest session = new StartSessionRequest(UUID.randomUUID(), athleteId,
                row.workoutStart().toLocalDate(), startedAt, row.workoutName());
        for (ConstraintViolation<?> violation : violations(probe, session)) {
            String property = violation.getPropertyPath().toString();
            errors.add(RowError.format(row.line(), columns.getOrDefault(FIELD_OF_PROPERTY.get(property), property),
                    violation.getMessage()));
        }
        if (row.workoutNote() != null && row.workoutNote().length() > MAX_DESCRIPTION) {
            errors.add(RowError.format(row.line(), columns.get(Field.DESCRIPTION), "at most " + MAX_DESCRIPTION
                    + " characters"));
        }
        if (errors.isEmpty()) {
            try {
                SetValueRules.check(new SetDetails(lift, new Load(row.weight(), row.unit()), row.reps(), row.rpe(),
                        null, Set.of(), row.note()));
            } catch (RuleViolationException e) {
                errors.add(new RowError(row.line(), columns.get(FIELD_OF_RULE.get(e.rule())), e.rule().name(),
                        e.getMessage()));
            }
        }
        return errors;
    }

    private List<ConstraintViolation<?>> violations(LogSetRequest set, StartSessionRequest session) {
        List<ConstraintViolation<?>> violations = new ArrayList<>(validator.validate(set));
        violations.addAll(validator.validate(session));
        violations.sort(java.util.Comparator.comparing(violation -> violation.getPropertyPath().toString()));
        return violations;
    }

    private static LogSetRequest request(UUID setId, SetKind kind, String lift, WorkoutRow row, Instant performedAt,
                                         Set<SetFlag> flags) {
        return new LogSetRequest(setId, kind, lift, row.weight(), row.unit(), row.reps(), row.rpe(), null, flags,
                row.note(), performedAt);
    }

    private static WorkoutRow normalized(WorkoutRow row) {
        BigDecimal weight = row.weight().scale() > LOAD_DECIMALS
                ? row.weight().setScale(LOAD_DECIMALS, RoundingMode.HALF_UP) : row.weight();
        BigDecimal rpe = row.rpe() == null && row.marker() == SetMarker.FAILURE ? FAILURE_RPE : row.rpe();
        return new WorkoutRow(row.line(), row.identity(), row.workoutStart(), row.workoutEnd(), row.workoutName(),
                row.exercise(), row.marker(), weight, row.unit(), row.reps(), rpe, row.note(), row.weightEmpty(),
                row.workoutNote(), row.superset());
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    static UUID nameId(UUID athleteId, ImportSource source, String identity) {
        return UUID.nameUUIDFromBytes(("topset-import|" + athleteId + "|" + source.key() + "|" + identity)
                .getBytes(StandardCharsets.UTF_8));
    }
}
