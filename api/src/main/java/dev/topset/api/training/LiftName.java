package dev.topset.api.training;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a lift is stored under, made from an exercise name in any script: "Paused Squat" → {@code paused-squat},
 * "Squat (Barbell)" → {@code squat-barbell}, "Присед со штангой" → {@code присед-со-штангой}, "スクワット" →
 * {@code スクワット}. The phone, the watch and an app export that spell a lift differently land in one trend, and
 * no lifter's language is refused.
 *
 * <p>Grammar of a key: 1 to {@value #MAX_LENGTH} UTF-16 characters, words of Unicode letters, combining marks and
 * decimal digits joined by single hyphens, NFKC-normalised and lower case ({@link Locale#ROOT}). For a name in
 * ASCII the key is {@code [^a-z0-9]+} turned into a hyphen and cut at 60, which is what the importers always made,
 * so every stored key keeps its history. A name without a single letter or digit ("—", "💪") has no key.
 */
public final class LiftName {

    public static final int MAX_LENGTH = 60;

    private LiftName() {
    }

    /** Returns the key, or throws {@link IllegalArgumentException} when the name has no letter or digit. */
    public static String key(String name) {
        if (name == null) {
            throw new IllegalArgumentException("lift name is required");
        }
        if (isAsciiKey(name)) {
            return name; // every stored event's name is a key already: no normalisation for each of a replay's sets
        }
        String key = slug(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("lift name must have a letter or digit: '" + name + "'");
        }
        return key;
    }

    /**
     * A name a lifter types on a device: 1-{@value #MAX_LENGTH} letters or digits of any script, words separated by
     * spaces, hyphens or underscores. Stricter than {@link #key}, which also reads app exports' names ("Squat
     * (Barbell)"): a device that sends markup, paths or a name longer than a key is refused rather than slugged.
     */
    public static boolean isTypedName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        boolean word = false;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isLetterOrDigit(codePoint)) {
                word = true;
            } else if (!isMark(codePoint) && codePoint != ' ' && codePoint != '-' && codePoint != '_') {
                return false;
            }
        }
        return word;
    }

    /** The key of a name a lifter typed (a path or a device's request); throws when it is not one, see above. */
    public static String typedKey(String name) {
        if (!isTypedName(name)) {
            throw new IllegalArgumentException("lift name must be 1-" + MAX_LENGTH + " letters or digits, words"
                    + " separated by spaces, hyphens or underscores: '" + name + "'");
        }
        return key(name);
    }

    /** True when {@code key} follows the grammar of the class comment, i.e. {@link #key} returns it unchanged. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return isAsciiKey(key) || !isAscii(key) && slug(key).equals(key);
    }

    /** The key of a name, or {@code ""} when the name has no letter or digit: the caller must not invent one. */
    public static String slug(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(Math.min(name.length(), MAX_LENGTH + 1));
        String text = normalized(name);
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            // a mark with no letter before it in its word (a stray accent after a space) separates, so
            // every word starts with a letter or digit
            boolean wordChar = isLetterOrDigit(codePoint) || isMark(codePoint) && !separated && !key.isEmpty();
            if (!wordChar) {
                separated = true;
                continue;
            }
            if (separated && !key.isEmpty()) {
                key.append('-');
            }
            separated = false;
            key.appendCodePoint(codePoint);
            if (key.length() > MAX_LENGTH) {
                break;
            }
        }
        return cut(key);
    }

    /**
     * NFKC folds compatibility forms ("ｓｑｕａｔ", "ℌ", ligatures) before lower-casing, and again after it,
     * because lower-casing can leave a sequence NFKC composes (İ → i + U+0307). Repeated until stable so
     * that the key of a key is the key itself.
     */
    private static String normalized(String name) {
        String text = name;
        for (int round = 0; round < 4; round++) {
            String next = Normalizer.normalize(
                    Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return text;
    }

    /** At most MAX_LENGTH characters, never half a surrogate pair, never a trailing hyphen. */
    private static String cut(StringBuilder key) {
        int end = Math.min(key.length(), MAX_LENGTH);
        if (end < key.length() && Character.isLowSurrogate(key.charAt(end)) && end > 0
                && Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(0, end);
    }

    private static boolean isLetterOrDigit(int codePoint) {
        return Character.isLetter(codePoint) || Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Words of {@code a-z} and {@code 0-9} joined by single hyphens, at most {@link #MAX_LENGTH} characters. */
    private static boolean isAsciiKey(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
