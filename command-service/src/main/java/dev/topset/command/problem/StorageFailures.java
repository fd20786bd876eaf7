package dev.topset.command.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a lost or refused database connection anywhere in a cause chain: Axon and Spring wrap it
 * differently depending on where in the unit of work it surfaced.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isConnectionLoss(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SocketException) {
                return true;
            }
            // SQLSTATE class 08 = connection exception; 57P = operator intervention (shutdown, cannot connect now)
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
