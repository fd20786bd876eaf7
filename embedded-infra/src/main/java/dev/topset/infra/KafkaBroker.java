package dev.topset.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, built
 * from the Kafka jars on the classpath.
 *
 * <p>Why not {@code EmbeddedKafkaKraftBroker} / {@code KafkaClusterTestKit}: both always format fresh
 * temporary directories and pick new ports, but the launcher must keep its log directory across runs and
 * fault-tolerance tests need a broker that comes back on the same address. So we format the directory
 * ourselves once ({@link KraftStorage}) and run {@link KafkaRaftServer} with our own configuration
 * ({@link SingleNodeKraftConfig}), the same classes {@code kafka-server-start.sh} uses.
 *
 * <p>Kafka logs a lot at INFO. Nothing is configured here (a library must not change global logging);
 * applications should set the loggers {@code kafka}, {@code org.apache.kafka} and {@code state.change.logger}
 * to WARN.
 *
 * <p>Records are written to the OS page cache and not fsynced per message (Kafka's normal behaviour): a
 * process crash loses nothing, a power cut may lose the last seconds.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final Path logDirectory;
    private final boolean temporaryDirectory;
    private final int port;
    private final int controllerPort;
    private final Thread shutdownHook = new Thread(this::close, "kafka-broker-shutdown");

    private KafkaRaftServer server; // null while stopped; guarded by this
    private boolean closed;         // guarded by this

    private KafkaBroker(Path logDirectory, boolean temporaryDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.temporaryDirectory = temporaryDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public static KafkaBroker start(KafkaOptions options) {
        boolean temporary = options.logDirectory() == null;
        Path directory = temporary ? createTemporaryDirectory() : options.logDirectory().toAbsolutePath().normalize();
        // Both ports are fixed for the life of this object so a restart comes back on the same address.
        int port = options.port() != 0 ? options.port() : FreePort.pick();
        int controllerPort = FreePort.pick();
        while (controllerPort == port) {
            controllerPort = FreePort.pick();
        }
        KafkaBroker broker = new KafkaBroker(directory, temporary, port, controllerPort);
        // Stop cleanly (and remove a temporary directory) when the JVM exits without close(), e.g. on Ctrl-C.
        Runtime.getRuntime().addShutdownHook(broker.shutdownHook);
        try {
            broker.startServer();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary Kafka log directory", e);
        }
    }

    /** {@code host:port} for the clients' {@code bootstrap.servers}; the same before and after a restart. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Creates a topic (replication factor 1) unless it exists, and returns once every partition has a
     * leader. An existing topic is left untouched, even if its partitions or configs differ.
     */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        TopicCreator.createIfMissing(bootstrapServers(), name, partitions, configs);
    }

    /** Shuts the broker down cleanly; clients keep retrying until {@link #restart()}. No-op if stopped. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on port {} stopped in {} ms", port, (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the broker if it runs and starts it again on the same port and log directory. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("broker is closed");
        }
        stop();
        startServer();
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        boolean formatted = KraftStorage.formatIfNeeded(logDirectory, SingleNodeKraftConfig.NODE_ID,
                SingleNodeKraftConfig.CONTROLLER_LISTENER);
        KafkaRaftServer raftServer = new KafkaRaftServer(
                SingleNodeKraftConfig.create(logDirectory, port, controllerPort), Time.SYSTEM);
        try {
            // Returns once the broker is registered and unfenced, i.e. ready for clients.
            raftServer.startup();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        server = raftServer;
        log.info("Kafka broker started on {} in {} ms ({}{})", bootstrapServers(), (System.nanoTime() - started) / 1_000_000,
                temporaryDirectory ? "throwaway" : "log directory " + logDirectory, formatted ? ", newly formatted" : "");
    }

    /** Stops the broker for good; a temporary log directory is deleted, a given one is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            removeShutdownHook();
            if (temporaryDirectory) {
                deleteQuietly(logDirectory);
            }
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run; close() is idempotent
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            Utils.delete(directory.toFile());
        } catch (IOException e) {
            log.warn("Could not delete temporary Kafka log directory {}", directory, e);
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + logDirectory + "]";
    }
}
