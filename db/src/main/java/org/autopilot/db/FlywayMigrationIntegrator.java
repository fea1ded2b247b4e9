package org.autopilot.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates a module's tables while its persistence unit boots. Hibernate calls integrators before it runs
 * schema validation, so the schema is current by the time {@code hibernate.hbm2ddl.auto=validate} checks it,
 * on the first deployment as on every later one.
 *
 * <p>A persistence unit opts in with the property {@value #MODULE_PROPERTY}; each module keeps its own
 * history table, so modules evolve their schemas independently.
 */
public final class FlywayMigrationIntegrator implements Integrator {

    /** Persistence-unit property naming the module whose migrations to apply. */
    public static final String MODULE_PROPERTY = "autopilot.flyway.module";

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    /**
     * The persistence units of one deployment boot in parallel; their DDL must not: H2 takes an exclusive
     * lock on its catalogue for every DDL statement and gives up after its lock timeout.
     */
    private static final Object MIGRATION_LOCK = new Object();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        Object module = sessionFactory.getProperties().get(MODULE_PROPERTY);
        if (module == null) {
            return;
        }
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
        MigrateResult result;
        synchronized (MIGRATION_LOCK) {
            result = migrate(dataSource, module.toString());
        }
        LOG.info(() -> "Flyway " + module + ": " + result.migrationsExecuted + " migration(s) applied, schema at "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion));
    }

    private static MigrateResult migrate(DataSource dataSource, String module) {
        return Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                // other modules' tables share the schema: start an empty history below V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(SqlDialectPlaceholders.forDatabase(productName(dataSource)))
                .load()
                .migrate();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Flyway holds nothing after migrate()
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name for migrations", e);
        }
    }

    /** Column types, column changes and guards that the two supported databases spell differently. */
    static final class SqlDialectPlaceholders {

        /** What the append-only triggers of the audit chain answer to any change (reporting V2). */
        static final String APPEND_ONLY = "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'";

        /** Where a database cannot run the statement a placeholder stands for, it runs this instead. */
        static final String NOTHING = "SELECT 1";

        private SqlDialectPlaceholders() {
        }

        static Map<String, String> forDatabase(String productName) {
            boolean mysql = productName.toLowerCase().contains("mysql") || productName.toLowerCase().contains("mariadb");
            // MySQL's TIMESTAMP ends in 2038 and auto-updates; DATETIME(6) is the UTC instant column there
            return Map.of("instant", mysql ? "DATETIME(6)" : "TIMESTAMP(6)",
                          "clob", mysql ? "LONGTEXT" : "CLOB",
                          "alterColumn", mysql ? "MODIFY COLUMN" : "ALTER COLUMN",
                          // H2 runs only Java triggers, which its WildFly module cannot load (see reporting V2)
                          "auditNoUpdate", mysql ? appendOnlyTrigger("update") : NOTHING,
                          "auditNoDelete", mysql ? appendOnlyTrigger("delete") : NOTHING);
        }

        private static String appendOnlyTrigger(String event) {
            return "CREATE TRIGGER audit_entry_no_" + event + " BEFORE " + event.toUpperCase()
                    + " ON audit_entry FOR EACH ROW " + APPEND_ONLY;
        }
    }
}
