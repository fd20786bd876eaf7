package dev.topset.benchmarks;

import dev.topset.security.devtokens.DevTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Devices that logged offline catching up: each sends whole sessions through {@code POST /sync}, one batch of a
 * session start and {@code setsPerBatch} sets after the other (closed loop, as the ingest's devices do with single
 * sets).
 */
final class SyncBenchmark {

    private final String commandUrl;
    private final DevTokens tokens;
    private final int devices;
    private final int setsPerBatch;
    private final Duration warmup;
    private final Duration duration;

    SyncBenchmark(String commandUrl, DevTokens tokens, int devices, int setsPerBatch, Duration warmup,
                  Duration duration) {
        this.commandUrl = commandUrl;
        this.tokens = tokens;
        this.devices = devices;
        this.setsPerBatch = setsPerBatch;
        this.warmup = warmup;
        this.duration = duration;
    }

    /** Operations are batches; {@link #setsPerBatch} sets each. */
    Measurement run(PhaseCost cost) throws Exception {
        List<ClosedLoopLoad.Operation> syncing = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            UUID athlete = UUID.randomUUID();
            SetLoggingClient device = new SetLoggingClient(commandUrl, athlete, tokens.athlete(athlete));
            device.register();
            syncing.add(() -> device.syncSession(setsPerBatch));
        }
        return ClosedLoopLoad.measure("sync: " + setsPerBatch + "-set batches via /sync (" + devices + " devices)",
                syncing, warmup, duration, cost);
    }

    int setsPerBatch() {
        return setsPerBatch;
    }
}
