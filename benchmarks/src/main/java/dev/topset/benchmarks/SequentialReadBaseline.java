package dev.topset.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What the replay is compared with: one JDBC client reading the same events sequentially from the event store
 * ({@code DomainEventEntry} in global order, payload bytes fetched, cursor-based fetches), doing nothing with them.
 */
final class SequentialReadBaseline {

    private static final int FETCH = 10_000;

    private final DataSource events;

    SequentialReadBaseline(DataSource events) {
        this.events = events;
    }

    /** @return {rows, payload bytes, seconds} */
    double[] run() throws SQLException {
        try (Connection connection = events.getConnection()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT globalIndex, aggregateIdentifier, sequenceNumber, payloadType, payload "
                            + "FROM DomainEventEntry ORDER BY globalIndex")) {
                read.setFetchSize(FETCH);
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        result.getLong(1);
                        result.getString(2);
                        result.getLong(3);
                        result.getString(4);
                        bytes += result.getBytes(5).length;
                        rows++;
                    }
                }
            }
            connection.commit();
            return new double[] {rows, bytes, (System.nanoTime() - started) / 1e9};
        }
    }
}
