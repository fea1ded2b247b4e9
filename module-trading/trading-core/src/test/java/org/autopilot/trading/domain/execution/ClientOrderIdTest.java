package org.autopilot.trading.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

    private static final UUID SIGNAL = UUID.fromString("3f1c2b9e-1111-4222-8333-944455556666");
    private static final UUID SUBSCRIPTION = UUID.fromString("7a6b5c4d-aaaa-4bbb-8ccc-dddddddddddd");

    @Test
    void sameSignalSubscriptionAndLegAlwaysGiveTheSameId() {
        assertEquals(ClientOrderId.of(SIGNAL, SUBSCRIPTION, "entry-1"), ClientOrderId.of(SIGNAL, SUBSCRIPTION, "entry-1"));
    }

    @Test
    void anyDifferenceGivesADifferentId() {
        Set<String> ids = new HashSet<>();
        for (String leg : new String[] {"exit-0", "entry-1", "entry-2"}) {
            ids.add(ClientOrderId.of(SIGNAL, SUBSCRIPTION, leg).value());
            ids.add(ClientOrderId.of(SIGNAL, UUID.randomUUID(), leg).value());
            ids.add(ClientOrderId.of(UUID.randomUUID(), SUBSCRIPTION, leg).value());
        }
        assertEquals(9, ids.size());
        assertNotEquals(ClientOrderId.of(SIGNAL, SUBSCRIPTION, "exit-0"), ClientOrderId.of(SUBSCRIPTION, SIGNAL, "exit-0"));
    }

    @Test
    void idsFitEveryVenue() {
        for (int i = 0; i < 1000; i++) {
            String id = ClientOrderId.of(UUID.randomUUID(), UUID.randomUUID(), "entry-" + (i % 100)).value();
            assertTrue(id.matches("ap[a-z2-7]{26}-[a-z]{2}\\d{1,2}"), id);
            assertTrue(id.length() + ":tp".length() <= 36, id);
        }
    }

    @Test
    void legsMustBeNamed() {
        assertThrows(IllegalArgumentException.class, () -> ClientOrderId.of(SIGNAL, SUBSCRIPTION, "Entry 1"));
        assertThrows(IllegalArgumentException.class, () -> ClientOrderId.of(SIGNAL, SUBSCRIPTION, null));
    }
}
