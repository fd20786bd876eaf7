package dev.topset.analytics.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The charts of a lift report, named as they appear in URLs ({@code charts/e1rm.png}). */
public enum ChartKind {
    E1RM("e1rm", "e1RM trend"),
    RPE("rpe", "Top-set RPE"),
    VOLUME("volume", "Backoff volume");

    private final String slug;
    private final String title;

    ChartKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Parses a URL name; the message lists the valid ones. */
    public static ChartKind fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("chart must be one of " + slugs() + ", got '" + slug + "'"));
    }

    public static String slugs() {
        return Arrays.stream(values()).map(ChartKind::slug).collect(Collectors.joining(", "));
    }
}
