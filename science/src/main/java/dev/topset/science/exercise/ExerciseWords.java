package dev.topset.science.exercise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The words of an exercise name as matching compares them: "Squat (Barbell)", "Barbell Squat", "squat -
 * barbell" and "BARBELL  SQUATS" are all {@code [barbell, squat]}. Case, punctuation, word order, plurals,
 * "&" against "and", and the spellings apps and lifters use for the same thing ("DB", "RDL", "pullup",
 * "flyes") do not count; everything else does, so "Paused Squat" stays apart from "Squat".
 *
 * @param words the words, sorted; empty when the name has none
 */
record ExerciseWords(SortedSet<String> words) {

    /**
     * Words that carry no meaning in an exercise name. "s" is what is left of an apostrophe in the keys
     * the importers stored accessories under ("knee-raise-captain-s-chair"), so such a key still finds
     * "Knee Raise (Captain's Chair)".
     */
    private static final Set<String> FILLER = Set.of("and", "with", "the", "a", "an", "on", "of", "to", "in", "s");

    /** One word spelled or abbreviated several ways (already singular) → the words it stands for. */
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("db", List.of("dumbbell")), Map.entry("dbs", List.of("dumbbell")),
            Map.entry("bb", List.of("barbell")), Map.entry("kb", List.of("kettlebell")),
            Map.entry("bw", List.of("bodyweight")), Map.entry("banded", List.of("band")),
            Map.entry("rdl", List.of("romanian", "deadlift")), Map.entry("sldl", List.of("stiff", "leg", "deadlift")),
            Map.entry("ohp", List.of("overhead", "press")), Map.entry("dl", List.of("deadlift")),
            Map.entry("ssb", List.of("safety", "bar")),
            Map.entry("pushup", List.of("push", "up")), Map.entry("pullup", List.of("pull", "up")),
            Map.entry("chinup", List.of("chin", "up")), Map.entry("situp", List.of("sit", "up")),
            Map.entry("stepup", List.of("step", "up")), Map.entry("tbar", List.of("t", "bar")),
            Map.entry("trapbar", List.of("trap", "bar")), Map.entry("hexbar", List.of("trap", "bar")),
            Map.entry("ezbar", List.of("ez", "bar")), Map.entry("pause", List.of("paused")),
            Map.entry("flye", List.of("fly")), Map.entry("calve", List.of("calf")), Map.entry("ups", List.of("up")));

    /** Two words written apart or together ("pull down", "skull crusher") → the one word matching uses. */
    private static final Map<String, String> JOINED = Map.of(
            "pull down", "pulldown", "push down", "pushdown", "press down", "pressdown",
            "skull crusher", "skullcrusher", "hyper extension", "hyperextension", "hex bar", "trap bar",
            "one arm", "single arm", "one leg", "single leg", "1 arm", "single arm", "1 leg", "single leg");

    public ExerciseWords {
        words = Collections.unmodifiableSortedSet(new TreeSet<>(words));
    }

    /** The words of a name; none for {@code null} or a name without letters or digits. */
    public static ExerciseWords of(String name) {
        List<String> raw = split(name == null ? "" : name).stream().map(ExerciseWords::singular).toList();
        SortedSet<String> words = new TreeSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String pair = i + 1 < raw.size() ? raw.get(i) + " " + raw.get(i + 1) : "";
            List<String> spelled = JOINED.containsKey(pair) ? List.of(JOINED.get(pair).split(" "))
                    : SPELLINGS.getOrDefault(raw.get(i), List.of(raw.get(i)));
            if (JOINED.containsKey(pair)) {
                i++;
            }
            spelled.stream().filter(word -> !FILLER.contains(word)).forEach(words::add);
        }
        return new ExerciseWords(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The equipment the words name, when they name exactly one ("Cable Machine" counts as cable). */
    public Optional<Equipment> equipment() {
        return EquipmentWords.find(words).map(EquipmentWords.Found::equipment);
    }

    /** The words without those naming the equipment: what is left of "Front Squat (Barbell)" is the front squat. */
    public ExerciseWords withoutEquipment() {
        return EquipmentWords.find(words).map(found -> {
            SortedSet<String> rest = new TreeSet<>(words);
            rest.removeAll(found.words());
            return new ExerciseWords(rest);
        }).orElse(this);
    }

    /** The words joined by single spaces: the form alias maps are keyed by. */
    public String form() {
        return String.join(" ", words);
    }

    @Override
    public String toString() {
        return form();
    }

    private static List<String> split(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                // "Captain's Chair" is one word with an apostrophe, not "captain s chair"
                .replaceAll("['’ʼ`]", "");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(codePoint);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * English plurals to the singular ("squats", "lunges", "crunches", "raises", "biceps" → "bicep"), for
     * ASCII words only: other languages' endings are left alone rather than guessed.
     */
    private static String singular(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word;
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
