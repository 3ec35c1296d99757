package org.onetrip.platform.personaldata;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals again, for its place, what a service stored before values were bound to where they live: names kept in
 * clear, and values sealed with only their key id. Runs at start, in the background, in batches, until a pass over a
 * column finds nothing left, which it records ({@code personal_data_resealed}): a column is read through once, not at
 * every start (everything written since is sealed for its place). An update applies only if the row still holds what
 * was read, so replicas doing it at once, or a change racing it, lose nothing. Each service declares its columns
 * ({@link Columns}); a service without personal data declares none.
 */
@ApplicationScoped
public class PersonalDataResealing {
    private static final Logger LOG = Logger.getLogger(PersonalDataResealing.class);
    private static final int BATCH = 500;

    /**
     * A column holding personal data: the table, its row key column, the column (these three are its {@link SealedAt}),
     * whether values were kept in clear before, and which rows hold personal data there (an SQL condition, or null
     * for all: an organisation's public credit code is not sealed).
     */
    public record Column(String table, String key, String column, boolean wasClear, String rows) {
        public Column(String table, String key, String column, boolean wasClear) {
            this(table, key, column, wasClear, null);
        }
    }

    /** The personal-data columns of one part of a service. */
    public interface Columns {
        List<Column> columns();
    }

    private final List<Columns> declared;
    private final AgroalDataSource dataSource;

    PersonalDataResealing(@All List<Columns> declared, AgroalDataSource dataSource) {
        this.declared = declared;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent start) {
        if (declared.stream().allMatch(d -> d.columns().isEmpty())) {
            return;
        }
        Thread worker = new Thread(this::resealAll, "personal-data-resealing");
        worker.setDaemon(true);
        worker.start();
    }

    /** Every declared column, until none holds a value not sealed for its place; how many were sealed again. */
    public int resealAll() {
        int total = 0;
        try {
            PersonalData personalData = io.quarkus.arc.Arc.container().instance(PersonalData.class).get();
            for (Columns d : declared) {
                for (Column c : d.columns()) {
                    if (resealed(c)) {
                        continue;
                    }
                    int done;
                    do {
                        done = resealBatch(personalData, c);
                        total += done;
                    } while (done == BATCH);
                    markResealed(c);
                }
            }
            if (total > 0) {
                LOG.infof("sealed %d personal-data values again for the rows they live in", total);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf(e, "sealing personal data again stopped; the next start goes on");
        }
        return total;
    }

    /** Whether a pass found nothing left in the column before: it is not read again. */
    private boolean resealed(Column c) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select 1 from personal_data_resealed where table_name = ? and column_name = ?")) {
            select.setString(1, c.table());
            select.setString(2, c.column());
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        }
    }

    private void markResealed(Column c) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into personal_data_resealed (table_name, column_name) values (?, ?) on conflict do nothing")) {
            insert.setString(1, c.table());
            insert.setString(2, c.column());
            insert.executeUpdate();
        }
    }

    private int resealBatch(PersonalData personalData, Column c) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("select " + c.key() + "::text, " + c.column() + " from " + c.table()
                    + " where " + c.column() + " is not null and " + c.column() + " not like 'v2:%'"
                    + (c.rows() == null ? "" : " and (" + c.rows() + ")") + " limit " + BATCH)) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update " + c.table() + " set " + c.column() + " = ? where "
                    + c.key() + "::text = ? and " + c.column() + " = ?")) {
                for (Map.Entry<String, String> row : found.entrySet()) {
                    SealedAt at = new SealedAt(c.table(), c.column(), row.getKey());
                    String plain = c.wasClear() ? row.getValue() : personalData.open(row.getValue(), at);
                    update.setString(1, personalData.seal(plain, at));
                    update.setString(2, row.getKey());
                    update.setString(3, row.getValue());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return found.size();
    }
}
