/**
 * Training science for top set + backoff training, as pure deterministic Java (no Spring, no I/O), so
 * every service computes the same numbers from the same inputs and the numbers can be table-tested.
 *
 * <ul>
 *   <li>{@code units} — kg ↔ lb without drift</li>
 *   <li>{@code rpe} — the published RTS chart and the RPE ↔ RIR scale; nothing outside them is guessed</li>
 *   <li>{@code e1rm} — named formulas and {@link dev.topset.science.e1rm.E1rm#standard the default strategy}</li>
 *   <li>{@code plates} — rounding to loadable weight, plates per side</li>
 *   <li>{@code backoff} — from a top set to a backoff load</li>
 *   <li>{@code volume} — hard sets per week and lift</li>
 *   <li>{@code guidance} — in-session stop / bad-day / max-test rules</li>
 *   <li>{@code coaching} — a logged set against the lift's plan: the guidance it triggers and the backoffs
 *       prescribed after a top set (what command-service answers and query-service's session view repeats)</li>
 *   <li>{@code exercise} — the exercise catalogue: an app's exercise name → the exercise and key its sets
 *       belong to, and the key of any name in any script (docs/exercise-catalogue.md)</li>
 * </ul>
 * Invalid input raises {@link dev.topset.science.ScienceRuleException} naming the broken
 * {@link dev.topset.science.ScienceRule}.
 */
package dev.topset.science;
