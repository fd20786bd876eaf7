package dev.topset.cli;

/** "[##########----------]  50% 70/140 sets": a job's progress on one terminal line. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    static String of(int done, int total) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        int percent = total <= 0 ? 100 : (int) Math.min(100, (long) done * 100 / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " "
                + done + "/" + total + " sets";
    }
}
