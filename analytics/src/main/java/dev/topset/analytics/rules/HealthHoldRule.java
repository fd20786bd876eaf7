package dev.topset.analytics.rules;

import static dev.topset.analytics.rules.Facts.facts;

import dev.topset.analytics.review.SessionSummary;
import dev.topset.api.training.Load;
import java.util.List;

/**
 * Pain, illness or a technique breakdown anywhere in the window — a set or session flag, or words in a set or
 * session note ({@link HealthWords}) — holds the load, and the advice itself says why. The seeds: "pain, major
 * technique change, or return from injury makes top-set feedback less reliable"; "add load only when reps,
 * technique, and recovery agree". Safety before any trend: asked right after the rules that decide whether there
 * is a trend at all.
 */
public final class HealthHoldRule implements ReviewRule {

    @Override
    public RuleOutcome evaluate(ReviewContext context) {
        List<HealthNote> notes = context.circumstances().healthNotes();
        if (notes.isEmpty()) {
            return RuleOutcome.pass("no pain, illness or technique note or flag in the window");
        }
        SessionSummary latest = context.latest();
        Load hold = context.rounding().nearest(latest.topLoad());
        int reps = context.holdReps();
        HealthNote newest = notes.get(notes.size() - 1);
        String why = notes.stream().map(HealthNote::describe).distinct().reduce((a, b) -> a + "; " + b).orElseThrow();
        String advice = switch (newest.concern()) {
            case PAIN -> "Hold the top set at " + hold + " x " + reps + ": pain was noted (" + newest.describe()
                    + "). Add load only after sessions without pain; see someone qualified if it persists.";
            case ILLNESS -> "Hold the top set at " + hold + " x " + reps + ": illness was noted (" + newest.describe()
                    + "). Recover first; the trend of sick days is no basis for more load.";
            case TECHNIQUE -> "Hold the top set at " + hold + " x " + reps + ": a technique breakdown was noted ("
                    + newest.describe() + "). Own the reps at this load before adding more.";
        };
        return new RuleOutcome.Fired(RecommendationType.HOLD, advice,
                "pain, illness or technique make the top-set trend unreliable: " + why,
                Suggestion.topSet(hold, reps), notes.stream().map(HealthNote::session).distinct().toList(),
                facts().number("healthNotes", notes.stream().map(HealthNote::describe).toList())
                        .perSession("topLoad", context.sessions(), SessionSummary::topLoad)
                        .perSession("topRpe", context.sessions(), SessionSummary::topRpe).map());
    }
}
