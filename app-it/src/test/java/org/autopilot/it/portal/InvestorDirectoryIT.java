package org.autopilot.it.portal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.portal.api.InvestorDirectory;
import org.autopilot.portal.api.InvestorView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client-portal persistence inside WildFly: Flyway's investor table, idempotent enrolment, audited once. */
@ExtendWith(ArquillianExtension.class)
class InvestorDirectoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(InvestorDirectoryIT.class);
    }

    @Inject
    InvestorDirectory investors;

    @Test
    void flywayCreatedThePortalTables() {
        assertTrue(InContainer.appliedMigrations("portal").contains("1"));
    }

    @Test
    void enrolmentIsIdempotentAndAuditedOnce() {
        String username = "it-investor-" + UUID.randomUUID();
        InvestorView first = investors.enrol(username, "Ada Investor", "ada@example.test");
        InvestorView again = investors.enrol(username, "Someone Else", null);

        assertEquals(first.id(), again.id());
        assertEquals("Ada Investor", investors.byUsername(username).orElseThrow().displayName());
        assertEquals(again.registeredAt(), investors.byUsername(username).orElseThrow().registeredAt(),
                "a second visit does not re-register");
        await().atMost(InContainer.PATIENCE).until(() -> !InContainer.column(
                "select sequence_no from audit_entry where action = 'investor.registered' and actor = ?", username).isEmpty());
        assertEquals(1, InContainer.column(
                "select sequence_no from audit_entry where action = 'investor.registered' and actor = ?", username).size());
    }

    @Test
    void blankUsernameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> investors.enrol(" ", "x", null));
    }
}
