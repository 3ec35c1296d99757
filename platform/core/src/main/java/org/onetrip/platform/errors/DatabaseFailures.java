package org.onetrip.platform.errors;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What a failure of the database says about the request: an outage (the server away, refusing work, or no connection
 * to be had in time) is nobody's fault and passes; a value the database refused as data came from the request; a
 * unique constraint names the record the request would have repeated. Read from the cause chain, once for the HTTP
 * answers and the inbox alike.
 */
public final class DatabaseFailures {
    /** SQLSTATE classes of a database that is away or refusing work: connection, resources, operator. */
    private static final List<String> UNAVAILABLE_STATES = List.of("08", "53", "57P");

    private DatabaseFailures() {
    }

    /** The database cannot be reached or will not work now: the same request may pass later. */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && UNAVAILABLE_STATES.stream().anyMatch(state::startsWith)) {
                    return true;
                }
                // The pool found no connection in time (Agroal says so without an SQLSTATE).
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value the database refused as data (SQLSTATE class 22: too long, out of range, a NUL byte). */
    public static boolean badData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** Two requests changed the same row at once (a version or a lock said so), not a duplicate. */
    public static boolean concurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The unique constraint the request would have broken (its name), if that is what failed. */
    public static Optional<String> uniqueConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return Optional.of(violation.getConstraintName() == null ? "" : violation.getConstraintName());
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Optional.of("");
            }
        }
        return Optional.empty();
    }
}
