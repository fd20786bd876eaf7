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

    private LiftName() {
    }

    /** Returns the canonical key, or throws {@link IllegalArgumentException} when no key can be made. */
    public static String key(String name) {
        if (name == null) {
            throw new IllegalArgumentException("lift name is required");
        }
        if (isValidKey(name)) {
            return name; // every stored event's name is a key already: no regex for each of a replay's million sets
        }
        String key = SEPARATORS.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException(
                    "lift name must be 1-" + MAX_LENGTH + " letters, digits, spaces or hyphens: '" + name + "'");
        }
        return key;
    }

    /** Words of {@code a-z} and {@code 0-9} joined by single hyphens, at most {@link #MAX_LENGTH} characters. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        char previous = '-'; // a key neither starts with a hyphen nor has two in a row
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }
}
