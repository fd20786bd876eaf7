package dev.topset.science.volume;

import dev.topset.api.training.LiftName;
import dev.topset.api.training.SetKind;
import dev.topset.science.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The few facts of a logged set that volume counting needs.
 *
 * @param date the athlete's local training date (weeks follow the athlete's calendar, not UTC)
 * @param lift lift name; normalised to its canonical key so "Paused Squat" and "paused-squat" count together
 * @param rpe  nullable
 * @param rir  nullable
 */
public record LoggedSet(LocalDate date, String lift, SetKind kind, BigDecimal rpe, Integer rir) {

    public LoggedSet {
        Objects.requireNonNull(date, "date");
        lift = LiftName.key(lift);
        Objects.requireNonNull(kind, "kind");
        rpe = rpe == null ? null : Inputs.requireRpe(rpe);
        if (rir != null) {
            Inputs.requireRir(rir);
        }
    }
}
