package dev.topset.analytics.review;

import java.util.Arrays;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Ordinary least-squares slope of y over x; points with a missing (NaN) x or y are left out.
 *
 * <p>Computed on arrays with the statistics Tablesaw itself uses for its columns ({@link StatUtils}' mean and sum,
 * deviations from the means), so the numbers are the ones a column-based computation gives, without the half dozen
 * temporary columns (each with its own number formatter) that computation built per slope.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /** Slope Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²; NaN with fewer than two points or when every x is equal. */
    static double slope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        double xMean = StatUtils.mean(xs);
        double yMean = StatUtils.mean(ys);
        double[] xx = new double[n];
        double[] xy = new double[n];
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - xMean;
            xx[i] = dx * dx;
            xy[i] = dx * (ys[i] - yMean);
        }
        double sxx = StatUtils.sum(xx);
        return sxx == 0 ? Double.NaN : StatUtils.sum(xy) / sxx;
    }
}
