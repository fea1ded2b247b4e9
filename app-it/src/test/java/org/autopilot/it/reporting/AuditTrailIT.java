package org.autopilot.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * Reporting persistence and JMS, inside WildFly: an audit event travels as a persistent message over the
 * queue autopilot.audit to the single consumer, which appends it to the Flyway-created table audit_entry with
 * a hash linked to its predecessor. The send is transactional: a rolled-back caller leaves no event. An unreadable
 * message is kept in the dead-letter queue and does not stop the trail.
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

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory jms;

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

        // the duplicate was consumed too (queue drained) but not appended a second time
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
    void unreadableMessageGoesToTheDeadLetterQueueAndTheTrailGoesOn() {
        String garbage = "not an audit event " + UUID.randomUUID();
        AuditEvent after = AuditEvent.now("it-user", "it.after-garbage", "test", "after-garbage", null);
        try (JMSContext context = jms.createContext()) {
            context.createProducer().send(context.createQueue("autopilot.audit"), garbage);
        }
        audit.record(after);

        await().atMost(InContainer.PATIENCE).until(() -> !sequenceOf(after).isEmpty());
        await().atMost(InContainer.PATIENCE).until(() -> deadLetters().contains(garbage));
    }

    private List<String> deadLetters() throws Exception {
        List<String> texts = new ArrayList<>();
        try (JMSContext context = jms.createContext()) {
            QueueBrowser browser = context.createBrowser(context.createQueue("DLQ"));
            for (Object m : Collections.list(browser.getEnumeration())) {
                if (m instanceof TextMessage text) {
                    texts.add(text.getText());
                }
            }
        }
        return texts;
    }

    private static List<String> sequenceOf(AuditEvent event) {
        return InContainer.column("select sequence_no from audit_entry where event_id = ?", event.eventId().toString());
    }
}
