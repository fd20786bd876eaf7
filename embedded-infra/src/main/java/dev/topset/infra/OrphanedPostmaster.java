package dev.topset.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on a kept data directory by a JVM that was killed hard.
 *
 * <p>PostgreSQL runs as a child process; {@code kill -9} of the launcher (or an IDE's stop button) skips
 * the shutdown hook, so the postmaster keeps running and holds the directory, and the next start fails
 * with "lock file postmaster.pid already exists". zonky only reaps orphans in its own temp directories.
 *
 * <p>zonky holds an OS file lock on {@code epg-lock} in the data directory while its JVM lives. If we can
 * take that lock, the owning JVM is dead and the postmaster is an orphan; if not, a live process
 * (say, a second launcher) is using the directory and we must not touch it.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // a stale pid file after a crash or reboot: PostgreSQL recovers from that itself
        }
        ProcessHandle.Info info = process.get().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return; // cannot see what it is (another user's process): leave the decision to PostgreSQL
        }
        if (!isPostmasterOf(info, dataDirectory)) {
            // The pid was reused by an unrelated process. PostgreSQL would refuse to start because that pid
            // is alive, although no postmaster runs here (it would have written its own pid).
            log.warn("Removing stale {} (pid {} is now {})", pidFile, process.get().pid(), info.command().get());
            delete(pidFile);
            return;
        }
        if (lockedByLiveProcess(dataDirectory.resolve("epg-lock"))) {
            throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                    + " is in use by another running process (pid " + process.get().pid() + ")");
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left on {} by a killed JVM", process.get().pid(), dataDirectory);
        fastShutdown(process.get(), dataDirectory);
    }

    /** PostgresServer always passes an absolute {@code -D}, so comparing paths is enough. */
    private static boolean isPostmasterOf(ProcessHandle.Info info, Path dataDirectory) {
        if (!Path.of(info.command().get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        List<String> arguments = List.of(info.arguments().get());
        int flag = arguments.indexOf("-D");
        return flag >= 0 && flag + 1 < arguments.size()
                && Path.of(arguments.get(flag + 1)).equals(dataDirectory.toAbsolutePath().normalize());
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean lockedByLiveProcess(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fastShutdown(ProcessHandle postmaster, Path dataDirectory) {
        // SIGINT is PostgreSQL's "fast" shutdown: roll back the dead clients' transactions, checkpoint,
        // exit. Sent with kill(1) rather than pg_ctl, because pg_ctl refuses to run as root (zonky gets
        // around that with "unshare -U", which is more machinery than one signal needs).
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("could not signal orphaned PostgreSQL (pid " + postmaster.pid() + ")");
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping orphaned PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("orphaned PostgreSQL on " + dataDirectory + " did not stop", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
