package dev.topset.query.coaching;

import dev.topset.science.coaching.Prescription;
import java.util.List;

/**
 * The coaching for one lift of a session.
 *
 * @param defaultPlan  true when the athlete has no plan for the lift and the default plan applied
 * @param prescription backoffs after the lift's last top set; null before a top set (or when no barbell
 *                     backoff exists, e.g. a top set lighter than the bar)
 * @param guidance     what the sets said, in logging order: exactly what each set's answer carried, judged
 *                     with the current plan
 */
public record LiftCoaching(String lift, boolean defaultPlan, Prescription prescription, List<GuidanceItem> guidance) {
}
