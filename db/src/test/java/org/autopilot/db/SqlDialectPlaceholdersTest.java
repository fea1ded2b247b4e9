package org.autopilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlDialectPlaceholdersTest {

    @ParameterizedTest
    @CsvSource({"H2, TIMESTAMP(6)", "MySQL, DATETIME(6)", "MariaDB, DATETIME(6)"})
    void instantColumnTypeFollowsTheDatabase(String product, String type) {
        assertEquals(type, FlywayMigrationIntegrator.SqlDialectPlaceholders.forDatabase(product).get("instant"));
    }

    @ParameterizedTest
    @CsvSource({"H2, CLOB", "MariaDB, LONGTEXT"})
    void largeTextColumnTypeFollowsTheDatabase(String product, String type) {
        assertEquals(type, FlywayMigrationIntegrator.SqlDialectPlaceholders.forDatabase(product).get("clob"));
    }

    @ParameterizedTest
    @CsvSource({"H2, ALTER COLUMN", "MariaDB, MODIFY COLUMN"})
    void columnChangeFollowsTheDatabase(String product, String clause) {
        assertEquals(clause, FlywayMigrationIntegrator.SqlDialectPlaceholders.forDatabase(product).get("alterColumn"));
    }

    @ParameterizedTest
    @CsvSource({"MySQL", "MariaDB"})
    void auditEntriesRefuseUpdatesAndDeletesThroughTriggersOnMysql(String product) {
        Map<String, String> placeholders = FlywayMigrationIntegrator.SqlDialectPlaceholders.forDatabase(product);
        assertEquals("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'",
                placeholders.get("auditNoUpdate"));
        assertEquals("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'",
                placeholders.get("auditNoDelete"));
    }

    @Test
    void h2GetsAHarmlessStatementInsteadOfTheTriggers() {
        Map<String, String> placeholders = FlywayMigrationIntegrator.SqlDialectPlaceholders.forDatabase("H2");
        assertEquals("SELECT 1", placeholders.get("auditNoUpdate"));
        assertEquals("SELECT 1", placeholders.get("auditNoDelete"));
    }
}
