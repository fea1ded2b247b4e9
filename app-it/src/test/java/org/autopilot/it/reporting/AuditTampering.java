package org.autopilot.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.autopilot.it.support.InContainer;

/**
 * Changes audit rows as an attacker with direct database access would. On MySQL/MariaDB the append-only triggers
 * (reporting V2) refuse that, so the attacker needs DDL rights: drop the triggers, change, recreate them exactly as
 * they were. H2 has no such triggers; there the change goes straight in.
 */
final class AuditTampering {

    private AuditTampering() {
    }

    static boolean guardedByTriggers() {
        String product = InContainer.databaseProductName().toLowerCase();
        return product.contains("mysql") || product.contains("mariadb");
    }

    /** Asserts that the database itself refuses to update and to delete the entry, and that it is unchanged. */
    static void assertRefusesChanges(long sequence) {
        List<List<String>> before = row(sequence);
        assertRefused("update audit_entry set actor = ? where sequence_no = ?", "mallory", sequence);
        assertRefused("delete from audit_entry where sequence_no = ?", sequence);
        assertEquals(before, row(sequence), "a refused change leaves the entry as it was");
    }

    /** Runs the change with the append-only triggers out of the way, and puts them back whatever happens. */
    static void behindTheTriggers(Runnable change) {
        if (!guardedByTriggers()) {
            change.run();
            return;
        }
        List<List<String>> triggers = InContainer.rows("select trigger_name, action_timing, event_manipulation,"
                + " action_statement from information_schema.triggers"
                + " where event_object_table = 'audit_entry' and trigger_schema = database() order by trigger_name");
        assertEquals(2, triggers.size(), "the append-only triggers of reporting V2: " + triggers);
        triggers.forEach(t -> InContainer.update("drop trigger " + t.get(0)));
        try {
            change.run();
        } finally {
            triggers.forEach(t -> InContainer.update("create trigger " + t.get(0) + " " + t.get(1) + " " + t.get(2)
                    + " on audit_entry for each row " + t.get(3)));
        }
    }

    private static List<List<String>> row(long sequence) {
        return InContainer.rows("select * from audit_entry where sequence_no = ?", sequence);
    }

    private static void assertRefused(String sql, Object... params) {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> InContainer.update(sql, params),
                sql + " must be refused");
        SQLException refusal = assertInstanceOf(SQLException.class, failure.getCause());
        assertEquals("45000", refusal.getSQLState(), refusal.toString());
        assertTrue(refusal.getMessage().contains("audit entries are append-only"), refusal.getMessage());
    }
}
