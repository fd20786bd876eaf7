package dev.topset.science.rpe;

import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;

/**
 * A (reps, RPE) pair the published chart does not cover. We reject rather than extrapolate: the chart's
 * numbers are what coaches check, and an invented 15-rep or RPE-6 percentage would look just as
 * authoritative while being nobody's published figure.
 */
public class OutsideRpeChartException extends ScienceRuleException {

    public OutsideRpeChartException(String detail) {
        super(ScienceRule.RPE_CHART_RANGE, detail);
    }
}
