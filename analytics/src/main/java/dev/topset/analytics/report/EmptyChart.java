package dev.topset.analytics.report;

/**
 * What a report says where a chart would have nothing to draw. Imported histories are the usual case: the apps
 * rarely record RPE, and a lift done as one working set a day has no backoffs.
 */
final class EmptyChart {

    private EmptyChart() {
    }

    /** Said once on a page none of whose lifts has an RPE. */
    static String noRpeAnywhere() {
        return "No effort charts: no set in this period was logged with an RPE or RIR (app exports rarely have it). "
                + "Log one with the top set (140x5@8) to see how hard each session was against the plan's target.";
    }

    static String oneSession(String lift) {
        return "One session of " + lift + " so far: its charts start with the second.";
    }

    static String sentence(ChartKind kind, String lift) {
        return switch (kind) {
            case E1RM -> "No e1RM for " + lift + ": no top set has reps the estimate covers.";
            case RPE -> "No effort chart for " + lift + ": no set was logged with an RPE or RIR. Log one with the "
                    + "top set (140x5@8) to see how hard each session was against the plan's target.";
            case VOLUME -> "No backoff volume for " + lift + ": no session has sets after its top set.";
        };
    }
}
