package org.autopilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
