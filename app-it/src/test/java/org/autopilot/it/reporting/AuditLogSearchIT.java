package org.autopilot.it.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditLog;
import org.autopilot.reporting.api.AuditQuery;
import org.autopilot.reporting.api.AuditTrail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AuditLog.search against the real chain, inside WildFly: each filter alone and together, newest first, the
 * limit, and a LIKE wildcard in people's text taken literally. Other tests append concurrently, so every event
 * here carries this run's unique tag in its action and ids, and every search is narrowed by it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogSearchIT {

    private static final Instant T0 = Instant.parse("2001-02-03T10:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditLogSearchIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    private String tag;
    private final List<AuditEvent> recorded = new ArrayList<>();

    @BeforeEach
    void recordTaggedEvents() {
        tag = "it-search-" + UUID.randomUUID().toString().substring(0, 8);
        record(0, "alice-" + tag, "order.denied", "order", "ord-1");
        record(1, "alice-" + tag, "order.cancelled", "order", "ord-2");
        record(2, "bob-" + tag, "strategy.updated", "strategy", "str-1");
        record(3, "bob-" + tag, "orderly", "order", "ord-3");
        record(4, "bob-" + tag, "order_x", "order", "ord-4");
        await().atMost(InContainer.PATIENCE).until(() -> search(null, tag + ".", null, null, null, null, 10).size(),
                n -> n == recorded.size());
    }

    @Test
    void actionMatchesAsAPrefixNewestFirst() {
        List<AuditEntryView> found = search(null, tag + ".order.", null, null, null, null, 10);
        assertEquals(List.of("ord-2-" + tag, "ord-1-" + tag), subjectIds(found));
        assertNewestFirst(found);
    }

    @Test
    void wildcardsInTheActionAreLiteral() {
        assertEquals(List.of("ord-4-" + tag), subjectIds(search(null, tag + ".order_", null, null, null, null, 10)));
    }

    @Test
    void actorMatchesExactly() {
        assertEquals(List.of("ord-4-" + tag, "ord-3-" + tag, "str-1-" + tag),
                subjectIds(search("bob-" + tag, null, null, null, null, null, 10)));
        assertTrue(search("bob-" + tag.substring(0, tag.length() - 1), tag + ".", null, null, null, null, 10).isEmpty(),
                "a prefix of the actor is not the actor");
    }

    @Test
    void subjectTypeMatchesExactlyAndSubjectIdAnywhere() {
        assertEquals(List.of("ord-4-" + tag, "ord-3-" + tag, "ord-2-" + tag, "ord-1-" + tag),
                subjectIds(search(null, null, "order", tag, null, null, 10)));
        assertEquals(List.of("ord-1-" + tag), subjectIds(search(null, null, null, "ord-1-" + tag, null, null, 10)));
        assertEquals(List.of("str-1-" + tag), subjectIds(search(null, null, "strategy", "1-" + tag, null, null, 10)));
        assertTrue(search(null, null, "orde", tag, null, null, 10).isEmpty(), "the subject type is not a prefix");
    }

    @Test
    void timeWindowIncludesFromAndExcludesTo() {
        assertEquals(List.of("str-1-" + tag, "ord-2-" + tag), subjectIds(search(null, tag + ".", null, null,
                T0.plusSeconds(1), T0.plusSeconds(3), 10)));
        assertTrue(search(null, tag + ".", null, null, T0.plusSeconds(5), null, 10).isEmpty());
    }

    @Test
    void limitKeepsTheNewest() {
        List<AuditEntryView> all = search(null, tag + ".", null, null, null, null, 10);
        assertEquals(all.subList(0, 2), search(null, tag + ".", null, null, null, null, 2));
    }

    @Test
    void entriesCarryTheirStatesAndHashes() {
        AuditEntryView entry = search(null, null, null, "ord-1-" + tag, null, null, 10).getFirst();
        AuditEvent event = recorded.getFirst();
        assertEquals(event.occurredAt(), entry.occurredAt());
        assertEquals(event.actor(), entry.actor());
        assertEquals(event.reason(), entry.reason());
        assertEquals(event.before(), entry.before());
        assertEquals(event.after(), entry.after());
        assertEquals(InContainer.column("select entry_hash from audit_entry where sequence_no = ?", entry.sequence())
                .getFirst(), entry.entryHash());
        assertEquals(InContainer.column("select previous_hash from audit_entry where sequence_no = ?",
                entry.sequence()).getFirst(), entry.previousHash());
        assertEquals(64, entry.entryHash().length());
    }

    private void record(int second, String actor, String action, String subjectType, String subjectId) {
        AuditEvent event = new AuditEvent(UUID.randomUUID(), T0.plusSeconds(second), actor, tag + "." + action,
                subjectType, subjectId + "-" + tag, "search test " + second, "{\"step\":" + second + "}",
                "{\"step\":" + (second + 1) + "}");
        audit.record(event);
        recorded.add(event);
    }

    private List<AuditEntryView> search(String actor, String action, String subjectType, String subjectId,
                                        Instant from, Instant to, int limit) {
        return log.search(new AuditQuery(actor, action, subjectType, subjectId, from, to, limit));
    }

    private static List<String> subjectIds(List<AuditEntryView> entries) {
        return entries.stream().map(AuditEntryView::subjectId).toList();
    }

    private static void assertNewestFirst(List<AuditEntryView> entries) {
        assertEquals(entries.stream().sorted(Comparator.comparingLong(AuditEntryView::sequence).reversed()).toList(),
                entries);
    }
}
