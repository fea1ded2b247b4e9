package org.autopilot.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail inside WildFly: an event is recorded in the outbox table audit_outbox within the caller's
 * transaction (a rolled-back caller leaves no event), and the single drainer appends it to the Flyway-created table
 * audit_entry with a hash linked to its predecessor, removing it from the outbox in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Resource
    UserTransaction tx;

    @Test
    void flywayCreatedTheReportingTables() {
        assertTrue(InContainer.appliedMigrations("reporting").contains("1"));
    }

    @Test
    void recordedEventIsAppendedOnceAndLinkedToItsPredecessor() {
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Instant.now(), "it-user", "it.recorded", "test",
                "subject-1", "integration test", "{\"a\":1}", "{\"a\":2}");
        audit.record(event);
        audit.record(event);

        await().atMost(InContainer.PATIENCE).until(() -> !sequenceOf(event).isEmpty());
        long sequence = Long.parseLong(sequenceOf(event).getFirst());
        String previous = InContainer.column("select previous_hash from audit_entry where sequence_no = ?", sequence).getFirst();
        String expected = sequence == 1 ? "0".repeat(64)
                : InContainer.column("select entry_hash from audit_entry where sequence_no = ?", sequence - 1).getFirst();
        assertEquals(expected, previous, "entry links to its predecessor's hash");
        assertEquals(64, InContainer.column("select entry_hash from audit_entry where sequence_no = ?", sequence).getFirst().length());

        // the duplicate left the outbox too but was not appended a second time
        AuditEvent marker = AuditEvent.now("it-user", "it.marker", "test", "after-duplicate", null);
        audit.record(marker);
        await().atMost(InContainer.PATIENCE).until(() -> !sequenceOf(marker).isEmpty());
        assertEquals(1, sequenceOf(event).size());
    }

    @Test
    void eventOfARolledBackTransactionIsNeverAppended() throws Exception {
        AuditEvent rolledBack = AuditEvent.now("it-user", "it.rolled-back", "test", "rollback", null);
        tx.begin();
        audit.record(rolledBack);
        tx.rollback();

        AuditEvent committed = AuditEvent.now("it-user", "it.committed", "test", "commit", null);
        tx.begin();
        audit.record(committed);
        tx.commit();

        await().atMost(InContainer.PATIENCE).until(() -> !sequenceOf(committed).isEmpty());
        assertTrue(sequenceOf(rolledBack).isEmpty(), "the rolled-back event must not reach the chain");
    }

    @Test
    void appendedEventsLeaveTheOutboxAndEventsOfOneTransactionKeepTheirOrder() throws Exception {
        AuditEvent first = AuditEvent.now("it-user", "it.first", "test", "order", null);
        AuditEvent second = AuditEvent.now("it-user", "it.second", "test", "order", null);
        tx.begin();
        audit.record(first);
        audit.record(second);
        tx.commit();

        await().atMost(InContainer.PATIENCE).until(() -> !sequenceOf(second).isEmpty());
        assertTrue(Long.parseLong(sequenceOf(first).getFirst()) < Long.parseLong(sequenceOf(second).getFirst()));
        assertEquals(List.of(), InContainer.column("select id from audit_outbox where event_id in (?, ?)",
                first.eventId().toString(), second.eventId().toString()));
    }

    private static List<String> sequenceOf(AuditEvent event) {
        return InContainer.column("select sequence_no from audit_entry where event_id = ?", event.eventId().toString());
    }
}
