package dev.topset.command.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A Hevy export as a lifter's 20 months write it: four workouts a week (upper/lower), the app's own exercise names,
 * warm-ups, working sets with slowly rising loads, the odd RPE, drop and failure set, supersets of accessories,
 * workout descriptions, bodyweight exercises with an empty weight and timed planks. Deterministic for a seed.
 */
final class HevyExportGenerator {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final String HEADER = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
            + "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
            + "\"duration_seconds\",\"rpe\"\n";

    /** An exercise of a workout: its name in Hevy, its first working load (0: bodyweight), reps, weekly gain. */
    private record Slot(String name, double startKg, int reps, double gainPerWeek, boolean accessory) {
    }

    private static final List<List<Slot>> WORKOUTS = List.of(
            List.of(new Slot("Bench Press (Barbell)", 80, 5, 0.4, false),
                    new Slot("Overhead Press (Barbell)", 45, 6, 0.2, false),
                    new Slot("Bent Over Row (Barbell)", 60, 8, 0.3, false),
                    new Slot("Lat Pulldown (Cable)", 55, 10, 0.2, true),
                    new Slot("Lateral Raise (Dumbbell)", 8, 15, 0.05, true),
                    new Slot("Triceps Pushdown (Cable - Straight Bar)", 25, 12, 0.1, true)),
            List.of(new Slot("Squat (Barbell)", 100, 5, 0.5, false),
                    new Slot("Romanian Deadlift (Barbell)", 90, 8, 0.4, false),
                    new Slot("Leg Press (Machine)", 160, 10, 0.8, true),
                    new Slot("Lying Leg Curl (Machine)", 40, 12, 0.15, true),
                    new Slot("Standing Calf Raise (Machine)", 60, 12, 0.2, true),
                    new Slot("Hanging Leg Raise", 0, 12, 0, true)),
            List.of(new Slot("Incline Bench Press (Dumbbell)", 26, 8, 0.1, false),
                    new Slot("Pull Up", 0, 8, 0, false),
                    new Slot("Seated Cable Row - V Grip (Cable)", 60, 10, 0.2, true),
                    new Slot("Shoulder Press (Dumbbell)", 20, 10, 0.08, true),
                    new Slot("Bicep Curl (Dumbbell)", 12, 12, 0.05, true),
                    new Slot("Skullcrusher (Barbell)", 25, 10, 0.08, true)),
            List.of(new Slot("Deadlift (Barbell)", 140, 3, 0.6, false),
                    new Slot("Front Squat", 70, 5, 0.3, false),
                    new Slot("Bulgarian Split Squat", 16, 8, 0.06, true),
                    new Slot("Hip Thrust (Barbell)", 100, 10, 0.5, true),
                    new Slot("Back Extension (Weighted)", 10, 15, 0.05, true),
                    new Slot("Leg Extension (Machine)", 45, 12, 0.15, true)));
    private static final List<String> TITLES = List.of("Upper A", "Lower A", "Upper B", "Lower B");

    private HevyExportGenerator() {
    }

    static String generate(int weeks, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime monday = LocalDateTime.of(2025, 3, 3, 7, 0);
        for (int week = 0; week < weeks; week++) {
            for (int day = 0; day < 4; day++) {
                if (random.nextInt(20) == 0) {
                    continue; // a missed workout
                }
                LocalDateTime start = monday.plusWeeks(week).plusDays(new int[] {0, 1, 3, 4}[day])
                        .plusMinutes(random.nextInt(90));
                LocalDateTime end = start.plusMinutes(55 + random.nextInt(40));
                String description = random.nextInt(4) == 0 ? "Week " + (week % 4 + 1) + ", felt " +
                        (random.nextBoolean() ? "strong" : "tired") : "";
                workout(csv, random, TITLES.get(day), start, end, description, WORKOUTS.get(day), week);
            }
            if (week % 2 == 0) {
                // a plank finisher once a fortnight: timed, not a strength set
                LocalDateTime start = monday.plusWeeks(week).plusDays(5).plusHours(2);
                row(csv, "Core", start, start.plusMinutes(15), "", "Plank", "", 0, "normal", "", "", "60", "");
            }
        }
        return csv.toString();
    }

    private static void workout(StringBuilder csv, Random random, String title, LocalDateTime start,
                                LocalDateTime end, String description, List<Slot> slots, int week) {
        int superset = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            // the last two accessories are often done as a superset
            String supersetId = slot.accessory() && i >= slots.size() - 2 && week % 3 != 0 ? String.valueOf(superset)
                    : "";
            double working = slot.startKg() + slot.gainPerWeek() * week - (week % 4 == 3 ? slot.startKg() * 0.1 : 0);
            int index = 0;
            if (!slot.accessory() && slot.startKg() > 0) {
                for (double warmup : new double[] {0.5, 0.7, 0.85}) {
                    row(csv, title, start, end, description, slot.name(), supersetId, index++, "warmup",
                            kg(working * warmup), String.valueOf(Math.max(1, slot.reps() - 1)), "", "");
                }
            }
            int workingSets = slot.accessory() ? 3 : 4;
            for (int set = 0; set < workingSets; set++) {
                boolean last = set == workingSets - 1;
                String type = last && random.nextInt(8) == 0 ? "failure" : "normal";
                String rpe = !slot.accessory() && random.nextInt(3) == 0 ? String.valueOf(7 + random.nextInt(5) * 0.5)
                        : "";
                double load = set == 0 || slot.accessory() ? working : working * 0.9;
                int reps = slot.reps() + (set == 0 ? 0 : random.nextInt(3)) + (slot.accessory() ? random.nextInt(4) : 0);
                row(csv, title, start, end, description, slot.name(), supersetId, index++, type,
                        slot.startKg() == 0 ? "" : kg(load), String.valueOf(reps), "", rpe);
            }
            if (slot.accessory() && slot.startKg() > 0 && random.nextInt(6) == 0) {
                row(csv, title, start, end, description, slot.name(), supersetId, index, "dropset", kg(working * 0.7),
                        String.valueOf(slot.reps()), "", "");
            }
        }
    }

    private static String kg(double value) {
        // Hevy stores kilograms and exports them as the app computed them, plates of 1.25 kg
        return BigDecimal.valueOf(Math.round(value / 1.25) * 1.25).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static void row(StringBuilder csv, String title, LocalDateTime start, LocalDateTime end, String description,
                            String exercise, String supersetId, int index, String type, String weight, String reps,
                            String duration, String rpe) {
        csv.append('"').append(title).append("\",\"").append(TIME.format(start)).append("\",\"")
                .append(TIME.format(end)).append("\",\"").append(description).append("\",\"").append(exercise)
                .append("\",").append(supersetId).append(",\"\",").append(index).append(",\"").append(type)
                .append("\",").append(weight).append(',').append(reps).append(",,").append(duration).append(',')
                .append(rpe).append('\n');
    }
}
