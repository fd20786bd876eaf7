package dev.topset.command.importing;

import dev.topset.api.session.SetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import dev.topset.api.training.SetFlag;
import dev.topset.command.importing.ExportLayout.Field;
import dev.topset.command.importing.PlannedSession.PlannedSet;
import dev.topset.command.rule.Rule;
import dev.topset.command.session.LogSetRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Compares a planned import with what earlier imports stored, before anything is sent: a re-export in which
 * a workout was renamed, a set edited, or a set inserted before others (which shifts the row identities)
 * would otherwise stop the import half way at the first refused command. Each disagreement becomes a row
 * error with the rule the command would break.
 */
@Component
class ImportConflicts {

    private final EventStore eventStore;

    ImportConflicts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @param alreadyStored planned sets that are stored with the same content (they will replay) */
    record Checked(List<PlannedSession> sessions, List<RowError> errors, int alreadyStored) {
    }

    /** The sessions and sets that do not conflict, and an error for each one that does. */
    Checked check(List<PlannedSession> sessions, Map<Field, String> columns) {
        List<PlannedSession> clean = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int alreadyStored = 0;
        for (PlannedSession planned : sessions) {
            PlannedSession session = planned;
            Optional<StoredSession> stored = StoredSession.read(eventStore, session.start().sessionId());
            while (stored.isPresent() && stored.get().takenBackByUndo()) {
                session = session.afterUndo();
                stored = StoredSession.read(eventStore, session.start().sessionId());
            }
            if (stored.isEmpty()) {
                clean.add(session);
                continue;
            }
            StoredSession existing = stored.get();
            var start = session.start();
            if (!existing.start().localDate().equals(start.date()) || !Objects.equals(existing.start().name(), start.name())) {
                errors.add(new RowError(session.line(), columns.get(Field.WORKOUT_NAME), Rule.SESSION_ID_REUSED.name(),
                        "this workout was imported before as '" + existing.start().name() + "' on "
                                + existing.start().localDate() + "; its date or name changed since"));
                continue;
            }
            List<PlannedSet> sets = new ArrayList<>();
            for (PlannedSet set : session.sets()) {
                SetLogged before = existing.sets().get(set.request().setId());
                if (before == null && existing.finished()) {
                    errors.add(new RowError(set.line(), columns.get(Field.EXERCISE), Rule.SESSION_FINISHED.name(),
                            "a set that was not in the earlier import of this finished workout (" + start.date()
                                    + " " + start.name() + ")"));
                } else if (before != null && sameNumbersInAnotherUnit(before.details(), details(set.request()))) {
                    errors.add(new RowError(set.line(), columns.get(Field.WEIGHT), Rule.IMPORT_UNIT_CHANGED.name(),
                            "this row was imported before in " + before.details().load().unit() + " ("
                                    + describe(before.details()) + "), this import reads it in "
                                    + set.request().unit() + ": import with unit="
                                    + before.details().load().unit().name().toLowerCase(Locale.ROOT)
                                    + ", or undo the earlier import first"));
                } else if (before != null && !sameNumbers(before.details(), details(set.request()))) {
                    errors.add(new RowError(set.line(), columns.get(Field.WEIGHT), Rule.SET_ID_REUSED.name(),
                            "this row was imported before as " + before.kind() + " " + describe(before.details())
                                    + "; the export changed since (a set edited, or one inserted before it)"));
                } else if (before != null && (before.kind() != set.request().kind()
                        || !before.details().lift().equals(set.request().lift())
                        || !before.details().flags().equals(set.request().flags()))) {
                    // the same row, classified by an earlier importer (an accessory under the app's own name
                    // before the exercise catalogue): it stays as it was stored, nothing is sent for it
                    alreadyStored++;
                } else {
                    alreadyStored += before == null ? 0 : 1;
                    sets.add(set);
                }
            }
            clean.add(new PlannedSession(session.line(), start, session.finishedAt(), sets, session.description()));
        }
        return new Checked(clean, errors, alreadyStored);
    }

    /** The same set as lifted: everything but how an importer classified it (its lift key). */
    private static boolean sameNumbers(SetDetails stored, SetDetails planned) {
        return stored.load().equals(planned.load()) && stored.reps() == planned.reps()
                && Objects.equals(stored.rpe(), planned.rpe()) && Objects.equals(stored.rir(), planned.rir())
                && withoutBodyweight(stored.flags()).equals(withoutBodyweight(planned.flags()))
                && Objects.equals(stored.note(), planned.note());
    }

    /** An importer before the BODYWEIGHT flag stored the same set without it: the same set, as stored. */
    private static Set<SetFlag> withoutBodyweight(Set<SetFlag> flags) {
        Set<SetFlag> rest = EnumSet.noneOf(SetFlag.class);
        rest.addAll(flags);
        rest.remove(SetFlag.BODYWEIGHT);
        return rest;
    }

    /** The same numbers, but the planned load read in another unit than the stored one. */
    private static boolean sameNumbersInAnotherUnit(SetDetails stored, SetDetails planned) {
        LoadUnit storedUnit = stored.load().unit();
        return planned.load().unit() != storedUnit && sameNumbers(stored, new SetDetails(planned.lift(),
                new Load(planned.load().amount(), storedUnit), planned.reps(), planned.rpe(), planned.rir(),
                planned.flags(), planned.note()));
    }

    /** The details the set command would carry (normalised the same way). */
    private static SetDetails details(LogSetRequest request) {
        return new SetDetails(request.lift(), new Load(request.load(), request.unit()), request.reps(), request.rpe(),
                request.rir(), request.flags(), request.note());
    }

    private static String describe(SetDetails set) {
        return set.lift() + " " + set.load().amount().stripTrailingZeros().toPlainString() + " " + set.load().unit()
                + " x " + set.reps() + (set.rpe() == null ? "" : " @ " + set.rpe().toPlainString());
    }
}
