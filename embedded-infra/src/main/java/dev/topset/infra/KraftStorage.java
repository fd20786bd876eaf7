package dev.topset.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a KRaft log directory once, like {@code kafka-storage.sh format}.
 *
 * <p>A KRaft node refuses to start on an unformatted directory: it needs {@code meta.properties}
 * (cluster id, node id, directory id) and the bootstrap metadata (metadata.version, features).
 * {@code EmbeddedKafkaKraftBroker}/{@code KafkaClusterTestKit} format fresh temp directories on every
 * start, so they cannot keep a log directory; we format only when the directory has never been formatted
 * and otherwise start on what is there. The cluster id is random: it only has to stay the same for the
 * life of the directory, and it is stored in it.
 */
final class KraftStorage {

    private KraftStorage() {
    }

    /** @return whether the directory was formatted just now (it was new) */
    static boolean formatIfNeeded(Path logDirectory, int nodeId, String controllerListenerName) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return false;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(nodeId)
                    .setControllerListenerName(controllerListenerName)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    // release version: defaults to the latest production metadata.version of this Kafka
                    .run();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create Kafka log directory " + logDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka log directory " + logDirectory, e);
        }
    }
}
