package org.autopilot.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Helpers for tests that run inside WildFly: direct SQL against the application's datasource. */
public final class InContainer {

    /** How long asynchronous work (JMS, batch) may take before a test gives up. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private InContainer() {
    }

    public static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/AutopilotDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database behind the application's datasource as its driver names it ("H2", "MariaDB", "MySQL"). */
    public static String databaseProductName() {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    /** The first column of every row of a query. */
    public static List<String> column(String sql, Object... params) {
        return rows(sql, params).stream().map(List::getFirst).toList();
    }

    /** Every row of a query, each as its columns' text (null stays null). */
    public static List<List<String>> rows(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Versions of the successfully applied Flyway migrations of a module (db/migrations/&lt;module&gt;). */
    public static List<String> appliedMigrations(String module) {
        try (Connection c = dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("select * from " + tableName(c, "flyway_history_" + module));
             ResultSet rs = ps.executeQuery()) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                if (rs.getBoolean("success") && rs.getString("version") != null && !"0".equals(rs.getString("version"))) {
                    versions.add(rs.getString("version"));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("no Flyway history for module " + module, e);
        }
    }

    /** The table's name as the database stored it (H2 keeps Flyway's quoted lower case), quoted for SQL. */
    private static String tableName(Connection c, String name) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    String quote = c.getMetaData().getIdentifierQuoteString();
                    return quote + tables.getString("TABLE_NAME") + quote;
                }
            }
        }
        throw new SQLException("no table " + name);
    }

    public static int update(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
