package dev.topset.ingest.rebuild;

import java.util.regex.Pattern;

/**
 * Names of the schemas a rebuild works with. They go into DDL ({@code ALTER SCHEMA ... RENAME}, {@code SET LOCAL
 * search_path}), which takes no bind parameters, so only plain identifiers are accepted.
 */
final class SchemaNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

    private SchemaNames() {
    }

    static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches();
    }

    static String fresh(String live, String rebuildId) {
        return live + "_rebuild_" + rebuildId;
    }

    static String retired(String live, String rebuildId) {
        return live + "_retired_" + rebuildId;
    }

    /** LIKE pattern of the fresh schemas a crashed rebuild may have left behind. */
    static String leftoverPattern(String live) {
        return live.replace("_", "\\_") + "\\_rebuild\\_%";
    }
}
