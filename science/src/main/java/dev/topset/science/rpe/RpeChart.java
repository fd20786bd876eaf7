package dev.topset.science.rpe;

import dev.topset.science.Inputs;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The Reactive Training Systems RPE chart: percentage of 1RM for 1–12 reps at RPE 6.5–10 in half
 * steps, exactly as published (see {@code shared/reference/rpe_chart.csv}; the test compares every cell).
 *
 * <p>Out-of-table rule: any reps outside 1–12 or RPE outside 6.5–10 (or not on a half step) is
 * rejected with {@link OutsideRpeChartException}. Callers that can live without the chart ask
 * {@link #covers} first and pick their own fallback (the default e1RM strategy falls back to Epley and
 * says so in its method name), so no number is ever silently invented.
 */
public final class RpeChart {

    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 12;
    public static final BigDecimal MIN_RPE = new BigDecimal("6.5");
    public static final BigDecimal MAX_RPE = BigDecimal.TEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Rows: RPE 10, 9.5, ... 6.5 (top to bottom as RTS prints it); columns: reps 1..12.
    // Kept as literal strings so each cell is the published decimal, not a binary approximation.
    private static final String[][] PUBLISHED = {
            {"100.0", "95.5", "92.2", "89.2", "86.3", "83.7", "81.1", "78.6", "76.2", "73.9", "70.7", "68.0"}, // 10
            {"97.8", "93.9", "90.7", "87.8", "85.0", "82.4", "79.9", "77.4", "75.1", "72.3", "69.4", "66.7"},  // 9.5
            {"95.5", "92.2", "89.2", "86.3", "83.7", "81.1", "78.6", "76.2", "73.9", "70.7", "68.0", "65.3"},  // 9
            {"93.9", "90.7", "87.8", "85.0", "82.4", "79.9", "77.4", "75.1", "72.3", "69.4", "66.7", "64.0"},  // 8.5
            {"92.2", "89.2", "86.3", "83.7", "81.1", "78.6", "76.2", "73.9", "70.7", "68.0", "65.3", "62.6"},  // 8
            {"90.7", "87.8", "85.0", "82.4", "79.9", "77.4", "75.1", "72.3", "69.4", "66.7", "64.0", "61.3"},  // 7.5
            {"89.2", "86.3", "83.7", "81.1", "78.6", "76.2", "73.9", "70.7", "68.0", "65.3", "62.6", "59.9"},  // 7
            {"87.8", "85.0", "82.4", "79.9", "77.4", "75.1", "72.3", "69.4", "66.7", "64.0", "61.3", "58.6"},  // 6.5
    };

    private static final BigDecimal[][] PERCENT = new BigDecimal[PUBLISHED.length][];

    static {
        for (int row = 0; row < PUBLISHED.length; row++) {
            PERCENT[row] = new BigDecimal[PUBLISHED[row].length];
            for (int col = 0; col < PUBLISHED[row].length; col++) {
                PERCENT[row][col] = new BigDecimal(PUBLISHED[row][col]);
            }
        }
    }

    private RpeChart() {
    }

    /** True when the chart has a published cell for these reps at this RPE. */
    public static boolean covers(int reps, BigDecimal rpe) {
        return rowOf(rpe) >= 0 && reps >= MIN_REPS && reps <= MAX_REPS;
    }

    /**
     * Percentage of 1RM (e.g. {@code 86.3} for 5 reps at RPE 9) with the published one decimal.
     *
     * @throws OutsideRpeChartException when the pair is outside the chart
     */
    public static BigDecimal percentOf1rm(int reps, BigDecimal rpe) {
        return find(reps, rpe).orElseThrow(() -> new OutsideRpeChartException(
                "the RPE chart covers " + MIN_REPS + "-" + MAX_REPS + " reps at RPE " + MIN_RPE + "-" + MAX_RPE
                        + " in steps of 0.5, got " + reps + " reps at RPE " + describe(rpe)));
    }

    /** The same cell as a fraction (0.863), exact. */
    public static BigDecimal fractionOf1rm(int reps, BigDecimal rpe) {
        return percentOf1rm(reps, rpe).divide(HUNDRED);
    }

    /** The cell, or empty when the chart does not cover the pair. */
    public static Optional<BigDecimal> find(int reps, BigDecimal rpe) {
        int row = rowOf(rpe);
        if (row < 0 || reps < MIN_REPS || reps > MAX_REPS) {
            return Optional.empty();
        }
        return Optional.of(PERCENT[row][reps - 1]);
    }

    /** Row index for an RPE on the chart (10 → 0, 9.5 → 1, ... 6.5 → 7), or -1 when not on it. */
    private static int rowOf(BigDecimal rpe) {
        if (rpe == null || rpe.compareTo(MIN_RPE) < 0 || rpe.compareTo(MAX_RPE) > 0) {
            return -1;
        }
        BigDecimal halfSteps = MAX_RPE.subtract(rpe).multiply(BigDecimal.valueOf(2));
        if (halfSteps.stripTrailingZeros().scale() > 0) {
            return -1;
        }
        return halfSteps.intValueExact();
    }

    private static String describe(BigDecimal rpe) {
        return rpe == null ? "(none)" : Inputs.plain(rpe).toPlainString();
    }
}
