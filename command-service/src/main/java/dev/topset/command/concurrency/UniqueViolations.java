package dev.topset.command.concurrency;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append hit the unique (aggregateIdentifier, sequenceNumber) key, so that it raises a
 * {@code ConcurrencyException} (retried) instead of an {@code EventStoreException} (a 500). Axon's default
 * for JDBC looks for {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never
 * throws; PostgreSQL reports the violation as SQLSTATE 23505, often inside a {@link BatchUpdateException}.
 */
class UniqueViolations implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
            if (!(next instanceof BatchUpdateException) && next.getNextException() == next) {
                break;
            }
        }
        return false;
    }
}
