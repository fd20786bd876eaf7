package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = "Import a Strong or Hevy CSV export into your history, e.g."
        + " `topset import strong strong.csv --dry-run`.")
class ImportCommand implements Runnable {

    enum Source { strong, hevy }

    private static final long POLL_MILLIS = 250;

    @ParentCommand
    TopsetCli root;

    @Parameters(index = "0", description = "strong or hevy")
    Source source;

    @Parameters(index = "1", description = "the exported CSV file")
    Path file;

    @Option(names = "--dry-run", description = "report what would be imported, record nothing")
    boolean dryRun;

    @Option(names = "--strict", description = "reject the whole file when a row is bad (default: import the good"
            + " rows and list the bad ones)")
    boolean strict;

    @Option(names = "--unit", description = "kg or lb: the unit of Strong's Weight column (default: your preferred unit)")
    String unit;

    @Option(names = "--zone", description = "time zone of the export's times, e.g. Europe/Berlin (default UTC)")
    String zone;

    @Override
    public void run() {
        Terminal terminal = root.terminal;
        byte[] csv = read(file);
        String imports = terminal.settings.commandUrl() + "/athletes/" + terminal.settings.athleteId() + "/imports";
        String url = imports + "?source=" + source + "&dryRun=" + dryRun + "&skipBadRows=" + !strict
                + (unit == null ? "" : "&unit=" + encode(unit.toLowerCase(Locale.ROOT)))
                + (zone == null ? "" : "&zone=" + encode(zone));
        // a resent file is the same import on the service (its id comes from the content): it answers that job
        JsonNode answer = Retries.withSameIds(() -> terminal.api.post(url, "text/csv", csv));
        if (dryRun) {
            print(terminal, answer);
            return;
        }
        JsonNode plan = answer.path("report");
        if (!plan.isMissingNode()) {
            print(terminal, plan);
        }
        JsonNode job = follow(terminal, imports + "/" + answer.path("importId").asText(), answer);
        terminal.out.println("import " + job.path("importId").asText() + " " + job.path("status").asText()
                + ": recorded " + job.path("setsRecorded").asInt() + " new sets, "
                + job.path("setsReplayed").asInt() + " were already imported");
        if (!job.path("failure").isMissingNode()) {
            terminal.out.println("  failed: " + job.path("failure").asText());
        }
    }

    /** Reads the job until it ended, drawing its progress; the job runs on the service whatever happens here. */
    private static JsonNode follow(Terminal terminal, String jobUrl, JsonNode job) {
        JsonNode current = job;
        while ("RUNNING".equals(current.path("status").asText())) {
            terminal.out.print("\r" + ProgressBar.of(current.path("setsRecorded").asInt()
                    + current.path("setsReplayed").asInt(), current.path("setsPlanned").asInt()));
            terminal.out.flush();
            pause();
            current = Retries.withSameIds(() -> terminal.api.get(jobUrl));
        }
        terminal.out.println("\r" + ProgressBar.of(current.path("setsPlanned").asInt(),
                current.path("setsPlanned").asInt()));
        return current;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachableException("import progress", e);
        }
    }

    private static void print(Terminal terminal, JsonNode report) {
        terminal.out.println((report.path("dryRun").asBoolean() ? "dry run: " : "importing: ")
                + report.path("rows").asInt() + " rows, " + report.path("sessions").asInt() + " sessions, sets "
                + report.path("sets") + ", weights in " + report.path("unit").path("unit").asText() + " ("
                + report.path("unit").path("from").asText() + ")");
        if (report.path("dryRun").asBoolean()) {
            terminal.out.println("  would record " + report.path("setsRecorded").asInt() + " new sets, "
                    + report.path("setsReplayed").asInt() + " were already imported");
        }
        report.path("workouts").forEach(workout -> terminal.out.println("  " + workout.path("date").asText() + " "
                + workout.path("name").asText() + ": " + workout.path("sets") + " top " + workout.path("topSets")));
        report.path("errors").forEach(error -> terminal.out.println("  bad row: line " + error.path("line").asLong()
                + ", " + error.path("field").asText() + ": " + error.path("message").asText()));
        if (report.path("ignored").size() > 0) {
            terminal.out.println("  " + report.path("ignored").size() + " row(s) ignored (not strength sets)");
        }
        if (!report.path("accepted").asBoolean()) {
            terminal.out.println("  the file would be rejected: fix the bad rows or leave out --strict");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
