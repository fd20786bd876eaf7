package dev.topset.launcher;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twelve weeks of a demo lifter's squat, bench press and deadlift, logged through the public API like
 * a phone would: warm-ups, one top set, three backoffs at about −12.5 %. Loads climb each week while the
 * top-set RPE creeps up and stalls near 9 in the last weeks, and backoff RPE drifts up within each
 * session — the pattern the analytics must recognise. All ids are derived from names, so loading twice
 * is a replay, never a duplicate.
 */
final class DemoData {

    static final UUID ATHLETE = id("demo-athlete");
    private static final int WEEKS = 12;
    private static final BigDecimal STEP = new BigDecimal("2.5");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record LiftProgram(String lift, double startKg, double weeklyKg, int reps) {
    }

    private static final Map<DayOfWeek, List<LiftProgram>> WEEK = new LinkedHashMap<>();

    static {
        LiftProgram squat = new LiftProgram("squat", 140, 2.5, 5);
        LiftProgram bench = new LiftProgram("bench press", 90, 1.25, 5);
        LiftProgram deadlift = new LiftProgram("deadlift", 180, 2.5, 3);
        WEEK.put(DayOfWeek.MONDAY, List.of(squat, bench));
        WEEK.put(DayOfWeek.WEDNESDAY, List.of(deadlift, bench));
        WEEK.put(DayOfWeek.FRIDAY, List.of(squat, bench));
    }

    private final CommandClient client;
    private final Random random = new Random(42);

    /** @param athleteToken the demo lifter's own token: the data is logged as the lifter's devices would */
    DemoData(String commandUrl, String athleteToken) {
        this.client = new CommandClient(commandUrl, "demo-loader", athleteToken);
    }

    /** Loads the demo history ending before {@code today}; returns false when it was already there. */
    boolean load(LocalDate today) throws IOException, InterruptedException {
        var registered = client.post("/athletes", Map.of("athleteId", ATHLETE, "name", "Demo Lifter",
                "preferredUnit", "KG", "bodyWeight", 83));
        if (registered.replayed()) {
            log.info("demo data already loaded");
            return false;
        }
        LocalDate firstMonday = today.minusWeeks(WEEKS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sets = 0;
        for (int week = 0; week < WEEKS; week++) {
            for (var day : WEEK.entrySet()) {
                LocalDate date = firstMonday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(day.getKey()));
                if (!date.isBefore(today)) {
                    continue;
                }
                sets += session(date, week, day.getValue());
            }
        }
        log.info("demo data loaded: {} sets", sets);
        return true;
    }

    private int session(LocalDate date, int week, List<LiftProgram> lifts) throws IOException, InterruptedException {
        UUID session = id("session-" + date);
        client.post("/sessions", Map.of("sessionId", session, "athleteId", ATHLETE, "date", date.toString(),
                "startedAt", date.atTime(17, 30).toInstant(ZoneOffset.UTC).toString(), "name", "Demo " + date));
        int sets = 0;
        for (LiftProgram program : lifts) {
            sets += lift(session, date, week, program);
        }
        client.post("/sessions/" + session + "/finish",
                Map.of("finishedAt", date.atTime(19, 0).toInstant(ZoneOffset.UTC).toString()));
        return sets;
    }

    private int lift(UUID session, LocalDate date, int week, LiftProgram program)
            throws IOException, InterruptedException {
        BigDecimal top = loadable(program.startKg() + program.weeklyKg() * week);
        // The top set gets harder week by week and stalls near RPE 9 in the last block.
        double topRpe = Math.min(9.0, 7.0 + 0.2 * week) + jitter();
        String prefix = session + "-" + program.lift();
        log(session, id(prefix + "-w1"), "WARMUP", program, loadable(top.doubleValue() * 0.5), 5, null);
        log(session, id(prefix + "-w2"), "WARMUP", program, loadable(top.doubleValue() * 0.75), 3, null);
        log(session, id(prefix + "-top"), "TOP", program, top, program.reps(), halfStep(topRpe));
        BigDecimal backoff = loadable(top.doubleValue() * 0.875);
        for (int set = 1; set <= 3; set++) {
            double rpe = topRpe - 1.0 + 0.5 * (set - 1) + jitter();
            int reps = rpe >= 9.5 ? program.reps() - 1 : program.reps();
            log(session, id(prefix + "-b" + set), "BACKOFF", program, backoff, reps, halfStep(rpe));
        }
        if (week == 2 && program.lift().equals("squat") && date.getDayOfWeek() == DayOfWeek.MONDAY) {
            // A typo fixed from the web afterwards: the second backoff had one rep less.
            client.patch("/sessions/" + session + "/sets/" + id(prefix + "-b2"),
                    Map.of("reps", program.reps() - 1, "reason", "miscounted"));
        }
        if (week == 4 && program.lift().equals("bench press") && date.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
            // A double tap on the watch logged an extra backoff; it is voided, not deleted.
            UUID extra = id(prefix + "-b4");
            log(session, extra, "BACKOFF", program, backoff, program.reps(), halfStep(topRpe));
            client.delete("/sessions/" + session + "/sets/" + extra + "?reason=double%20tap");
        }
        return 6;
    }

    private void log(UUID session, UUID setId, String kind, LiftProgram program, BigDecimal load, int reps,
                     BigDecimal rpe) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("setId", setId);
        body.put("kind", kind);
        body.put("lift", program.lift());
        body.put("load", load);
        body.put("unit", "KG");
        body.put("reps", reps);
        if (rpe != null) {
            body.put("rpe", rpe);
        }
        client.post("/sessions/" + session + "/sets", body);
    }

    private double jitter() {
        return random.nextInt(3) * 0.25 - 0.25;
    }

    private static BigDecimal halfStep(double rpe) {
        double clamped = Math.max(6.0, Math.min(10.0, rpe));
        return plain(BigDecimal.valueOf(Math.round(clamped * 2) / 2.0));
    }

    private static BigDecimal loadable(double kg) {
        return plain(BigDecimal.valueOf(kg).divide(STEP, 0, RoundingMode.HALF_UP).multiply(STEP));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("topset-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
