package org.autopilot.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Optional;
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
 * Jakarta Batch, inside WildFly: the job audit-chain-verification runs to completion over the real chain,
 * reports it intact, and reports the exact entry an out-of-band edit of the table broke.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainVerificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditChainVerificationIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainVerification verification;

    @Test
    void intactChainIsReportedIntactAndATamperedEntryIsFound() {
        AuditEvent last = null;
        for (int i = 0; i < 5; i++) {
            last = AuditEvent.now("it-user", "it.batch", "test", "entry-" + i, null);
            audit.record(last);
        }
        String lastEvent = last.eventId().toString();
        await().atMost(InContainer.PATIENCE).until(() ->
                !InContainer.column("select sequence_no from audit_entry where event_id = ?", lastEvent).isEmpty());
        long chainLength = Long.parseLong(InContainer.column("select max(sequence_no) from audit_entry").getFirst());

        AuditVerificationReport intact = runVerification();
        assertNull(intact.firstBrokenSequence(), "untouched chain must verify");
        assertTrue(intact.entriesChecked() >= chainLength, "checked " + intact.entriesChecked() + " of " + chainLength);

        long victim = Long.parseLong(InContainer.column(
                "select sequence_no from audit_entry where event_id = ?", lastEvent).getFirst());
        String original = InContainer.column("select actor from audit_entry where sequence_no = ?", victim).getFirst();
        assertEquals(1, InContainer.update("update audit_entry set actor = ? where sequence_no = ?", "mallory", victim));
        try {
            AuditVerificationReport broken = runVerification();
            assertEquals(victim, broken.firstBrokenSequence(), "the edited entry is the first broken link");
        } finally {
            InContainer.update("update audit_entry set actor = ? where sequence_no = ?", original, victim);
        }
        assertNull(runVerification().firstBrokenSequence(), "restoring the field restores the chain");
    }

    private AuditVerificationReport runVerification() {
        long execution = verification.start("it-user");
        return await().atMost(InContainer.PATIENCE).until(() -> report(execution), Optional::isPresent).orElseThrow();
    }

    private Optional<AuditVerificationReport> report(long execution) {
        return verification.recentReports(50).stream().filter(r -> r.jobExecutionId() == execution).findFirst();
    }
}
