package org.autopilot.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.reporting.api.AuditChainVerification;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.reporting.api.AuditVerificationReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jakarta Batch, inside WildFly: the job audit-chain-verification runs to completion over the real chain and
 * reports it intact; an out-of-band change of any stored column of an entry is reported as exactly that entry,
 * and a removed entry as its successor. On MySQL/MariaDB the database refuses a plain UPDATE and DELETE itself,
 * before the tampering and again after it, so the tampering goes behind its triggers ({@link AuditTampering}).
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainVerificationIT {

    /** Every stored column but the sequence number, with a change an attacker could make to it. */
    private static final Map<String, Function<String, Object>> TAMPERING = new LinkedHashMap<>();

    static {
        for (String text : List.of("actor", "action", "subject_type", "subject_id", "reason", "before_state",
                "after_state")) {
            TAMPERING.put(text, value -> value + "!");
        }
        TAMPERING.put("occurred_at_us", value -> Long.parseLong(value) + 1);
        TAMPERING.put("recorded_at_us", value -> Long.parseLong(value) - 1);
        TAMPERING.put("event_id", value -> UUID.randomUUID().toString());
        TAMPERING.put("previous_hash", value -> "f".repeat(64));
        TAMPERING.put("entry_hash", value -> "e".repeat(64));
    }

    private static final List<String> COLUMNS = List.of("sequence_no", "event_id", "occurred_at_us",
            "recorded_at_us", "actor", "action", "subject_type", "subject_id", "reason", "before_state",
            "after_state", "previous_hash", "entry_hash");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditChainVerificationIT.class, AuditTampering.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainVerification verification;

    @Test
    void intactChainIsReportedIntact() {
        List<Long> recorded = recordEntries(3);
        AuditVerificationReport intact = runVerification();
        assertNull(intact.firstBrokenSequence(), "untouched chain must verify");
        assertTrue(intact.entriesChecked() >= recorded.getLast(),
                "checked " + intact.entriesChecked() + " of at least " + recorded.getLast());
    }

    @Test
    void changingAnyStoredColumnBreaksExactlyThatEntry() {
        long victim = recordEntries(3).get(1);
        assertRefusedWhereGuarded(victim);
        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, Long> reported = new LinkedHashMap<>();
        AuditTampering.behindTheTriggers(() -> {
            for (Map.Entry<String, Function<String, Object>> column : TAMPERING.entrySet()) {
                String sql = "update audit_entry set " + column.getKey() + " = ? where sequence_no = ?";
                String original = value(column.getKey(), victim);
                assertEquals(1, InContainer.update(sql, column.getValue().apply(original), victim));
                expected.put(column.getKey(), victim);
                try {
                    reported.put(column.getKey(), runVerification().firstBrokenSequence());
                } finally {
                    InContainer.update(sql, original, victim);
                }
            }
        });
        assertEquals(expected, reported, "first broken entry reported per changed column");
        assertRefusedWhereGuarded(victim);
        assertNull(runVerification().firstBrokenSequence(), "restoring every column restores the chain");
    }

    @Test
    void removingAnEntryBreaksTheLinkOfItsSuccessor() {
        long victim = recordEntries(3).get(1);
        assertRefusedWhereGuarded(victim);
        List<String> row = InContainer.rows("select " + String.join(", ", COLUMNS)
                + " from audit_entry where sequence_no = ?", victim).getFirst();
        AuditTampering.behindTheTriggers(() ->
                assertEquals(1, InContainer.update("delete from audit_entry where sequence_no = ?", victim)));
        try {
            assertEquals(victim + 1, runVerification().firstBrokenSequence(),
                    "the entry after the gap no longer links to its predecessor");
        } finally {
            InContainer.update("insert into audit_entry (" + String.join(", ", COLUMNS) + ") values ("
                    + "?, ".repeat(COLUMNS.size() - 1) + "?)", row.toArray());
        }
        assertNull(runVerification().firstBrokenSequence(), "putting the entry back restores the chain");
    }

    /** On MySQL/MariaDB the database refuses a plain UPDATE and DELETE itself (its triggers are in place). */
    private static void assertRefusedWhereGuarded(long sequence) {
        if (AuditTampering.guardedByTriggers()) {
            AuditTampering.assertRefusesChanges(sequence);
        }
    }

    /** Records entries with every column filled, waits until all are in the chain, returns their sequences. */
    private List<Long> recordEntries(int count) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AuditEvent event = new AuditEvent(UUID.randomUUID(), Instant.now(), "it-user", "it.batch", "test",
                    "entry-" + i, "verification test", "{\"n\":" + i + "}", "{\"n\":" + (i + 1) + "}");
            audit.record(event);
            events.add(event);
        }
        return events.stream().map(e -> await().atMost(InContainer.PATIENCE).until(() -> InContainer.column(
                "select sequence_no from audit_entry where event_id = ?", e.eventId().toString()),
                sequences -> !sequences.isEmpty())).map(sequences -> Long.parseLong(sequences.getFirst())).toList();
    }

    private static String value(String column, long sequence) {
        return InContainer.column("select " + column + " from audit_entry where sequence_no = ?", sequence).getFirst();
    }

    private AuditVerificationReport runVerification() {
        long execution = verification.start("it-user");
        return await().atMost(InContainer.PATIENCE).until(() -> report(execution), Optional::isPresent).orElseThrow();
    }

    private Optional<AuditVerificationReport> report(long execution) {
        return verification.recentReports(50).stream().filter(r -> r.jobExecutionId() == execution).findFirst();
    }
}
