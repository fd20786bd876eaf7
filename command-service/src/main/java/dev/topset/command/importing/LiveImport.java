package dev.topset.command.importing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A job running in this process: its progress as last told, and the SSE streams that follow it. Each change is
 * sent to every stream as an event named {@code progress}; the end as {@code completed} or {@code failed}, after
 * which the streams close.
 */
final class LiveImport {

    private volatile ImportJob job;
    private final List<SseEmitter> followers = new CopyOnWriteArrayList<>();
    private boolean finished;

    LiveImport(ImportJob job) {
        this.job = job;
    }

    ImportJob job() {
        return job;
    }

    void progress(int setsRecorded, int setsReplayed) {
        job = job.withProgress(setsRecorded, setsReplayed);
        followers.forEach(follower -> send(follower, "progress", job));
    }

    synchronized void finish(ImportJob last) {
        job = last;
        finished = true;
        String name = last.status().name().toLowerCase(Locale.ROOT);
        followers.forEach(follower -> {
            send(follower, name, last);
            follower.complete();
        });
        followers.clear();
    }

    /** The stream gets the job as it is now, then every change; a job that ended meanwhile closes it at once. */
    synchronized void follow(SseEmitter follower) {
        if (finished) {
            end(follower, job);
            return;
        }
        if (send(follower, "progress", job)) {
            followers.add(follower);
            Runnable leave = () -> followers.remove(follower);
            follower.onCompletion(leave);
            follower.onTimeout(leave);
            follower.onError(error -> leave.run());
        }
    }

    /** A stream of a job that is not running: its last state, then the end. */
    static void end(SseEmitter follower, ImportJob job) {
        String name = job.running() ? "progress" : job.status().name().toLowerCase(Locale.ROOT);
        if (send(follower, name, job)) {
            follower.complete();
        }
    }

    /** False when the client is gone: the job goes on without it. */
    private static boolean send(SseEmitter follower, String name, ImportJob job) {
        try {
            follower.send(SseEmitter.event().name(name).data(job, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            follower.completeWithError(gone);
            return false;
        }
    }
}
