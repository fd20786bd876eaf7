package dev.topset.analytics.review;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Ordinary least-squares slope of y over x, computed on Tablesaw columns; rows with a missing y are left out. */
final class GroupByLeastSquares {

    private GroupByLeastSquares() {
    }

    /** Slope Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²; NaN with fewer than two points or when every x is equal. */
    static double slope(DoubleColumn x, DoubleColumn y) {
        Table points = Table.create(x.copy().setName("x"), y.copy().setName("y")).dropRowsWithMissingValues();
        if (points.rowCount() < 2) {
            return Double.NaN;
        }
        DoubleColumn dx = points.doubleColumn("x").subtract(points.doubleColumn("x").mean());
        DoubleColumn dy = points.doubleColumn("y").subtract(points.doubleColumn("y").mean());
        double sxx = dx.multiply(dx).sum();
        return sxx == 0 ? Double.NaN : dx.multiply(dy).sum() / sxx;
    }
}
