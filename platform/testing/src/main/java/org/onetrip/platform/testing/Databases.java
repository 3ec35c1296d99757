package org.onetrip.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

final class Databases {
    private Databases() {
    }

    /** Creates the test databases on a server that does not have them yet. */
    static void ensure(String baseUrl, String user, String password, String adminDatabase) {
        try (Connection c = DriverManager.getConnection(baseUrl + "/" + adminDatabase, user, password);
             Statement s = c.createStatement()) {
            for (String db : TestInfrastructure.DATABASES.split(",")) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                s.execute("create database " + db);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test databases at " + baseUrl, e);
        }
    }
}
