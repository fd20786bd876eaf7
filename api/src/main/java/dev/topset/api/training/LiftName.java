package dev.topset.api.training;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical key of a lift ("Paused Squat" → "paused-squat"), so that the phone, the watch and a CSV
 * import that spell a variation differently still land in one trend.
 */
public final class LiftName {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
    private static final Pattern VALID_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LiftName() {
    }

    /** Returns the canonical key, or throws {@link IllegalArgumentException} when no key can be made. */
    public static String key(String name) {
        if (name == null) {
            throw new IllegalArgumentException("lift name is required");
        }
        String key = SEPARATORS.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException(
                    "lift name must be 1-" + MAX_LENGTH + " letters, digits, spaces or hyphens: '" + name + "'");
        }
        return key;
    }

    public static boolean isValidKey(String key) {
        return key != null && key.length() <= MAX_LENGTH && VALID_KEY.matcher(key).matches();
    }
}
