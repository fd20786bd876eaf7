package dev.topset.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the replay is compared with: one JDBC client reading the same events sequentially from the event store
 * ({@code DomainEventEntry} in global order, payload bytes fetched, cursor-based fetches), doing nothing with them.
 */
final class SequentialReadBaseline {

    private static final int FETCH = 10_000;

    private final String jdbcUrl;

    /** @param jdbcUrl the database of the {@code DomainEventEntry} table that holds the replayed events */
    SequentialReadBaseline(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** @return {rows, payload bytes, seconds} */
    double[] run() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
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
