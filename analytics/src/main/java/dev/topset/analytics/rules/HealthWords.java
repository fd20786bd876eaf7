package dev.topset.analytics.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in a set or session note that mean pain or illness. Deliberately a short English list (documented in
 * {@code docs/advice.md}): a missed word costs one review that does not hold the load, a wrong one holds a lift
 * that was fine; both are cheap next to a long list nobody can check. Whole words only ("ill" is not "drill" or
 * "still"), case-insensitive; a word right after "no", "not" or "without", or followed by "free" ("pain-free"), does
 * not count. "Sore" is left out on purpose: muscle soreness is the normal answer to training, not a reason to hold.
 */
public final class HealthWords {

    static final List<String> PAIN = List.of("pain", "painful", "hurt", "hurts", "hurting", "injury", "injured",
            "tweak", "tweaked", "strain", "strained", "twinge");
    static final List<String> ILLNESS = List.of("sick", "ill", "illness", "flu", "fever", "covid");

    private static final Pattern PAIN_WORDS = pattern(PAIN);
    private static final Pattern ILLNESS_WORDS = pattern(ILLNESS);

    private HealthWords() {
    }

    /** Pain before illness when a note names both: pain is about this lift. */
    public static Optional<HealthNote.Concern> concernIn(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        String text = note.toLowerCase(Locale.ROOT);
        if (mentions(PAIN_WORDS, text)) {
            return Optional.of(HealthNote.Concern.PAIN);
        }
        if (mentions(ILLNESS_WORDS, text)) {
            return Optional.of(HealthNote.Concern.ILLNESS);
        }
        return Optional.empty();
    }

    private static boolean mentions(Pattern words, String text) {
        Matcher matcher = words.matcher(text);
        while (matcher.find()) {
            String before = text.substring(0, matcher.start()).stripTrailing();
            String after = text.substring(matcher.end());
            boolean negated = before.endsWith(" no") || before.equals("no") || before.endsWith(" not")
                    || before.equals("not") || before.endsWith("without");
            boolean free = after.matches("^[- ]?free\\b.*");
            if (!negated && !free) {
                return true;
            }
        }
        return false;
    }

    private static Pattern pattern(List<String> words) {
        return Pattern.compile("\\b(" + String.join("|", words) + ")\\b");
    }
}
