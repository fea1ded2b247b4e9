package org.autopilot.brokers.application.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.RollbackException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.autopilot.brokers.domain.paper.PaperExchange;
import org.autopilot.brokers.domain.paper.PaperOrderArchive;
import org.autopilot.brokers.domain.paper.PaperVenueSnapshot;
import org.junit.jupiter.api.Test;

/** The venues kept in memory between calls: one whose transaction did not commit is never used again. */
class PaperVenuesTest {

    private final UUID account = UUID.randomUUID();
    private final List<PaperVenueTransaction.HeldVenue> handedIn = new ArrayList<>();

    @Test
    void aVenueWhoseCommitFailedIsReadBackFromTheDatabaseNextTime() {
        PaperVenues venues = new PaperVenues();
        venues.transaction = new PaperVenueTransaction() {
            @Override
            public <T> Outcome<T> run(UUID accountId, HeldVenue held, Function<PaperExchange, T> call) {
                handedIn.add(held);
                if (handedIn.size() == 2) {
                    // what the @Transactional interceptor throws through the proxy when the commit fails
                    throw PaperVenuesTest.<RuntimeException>sneaky(new RollbackException("ARJUNA016053: Could not commit"));
                }
                return new Outcome<>(call.apply(null), new HeldVenue(venue(), handedIn.size()), List.of());
            }
        };

        venues.call(account, venue -> "first");
        assertThrows(RollbackException.class, () -> venues.call(account, venue -> "second"));
        venues.call(account, venue -> "third");

        assertEquals(3, handedIn.size());
        assertEquals(1L, handedIn.get(1).revision(), "the second call got the venue the first one committed");
        assertEquals(Arrays.asList(null, handedIn.get(1), null), handedIn, "after the failed commit: none held");
    }

    private static PaperExchange venue() {
        return new PaperExchange(PaperVenueSnapshot.opening("USD", new BigDecimal("1000")), BigDecimal.ZERO,
                symbol -> Optional.empty(), PaperOrderArchive.NONE, Clock.systemUTC());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception e) throws E {
        throw (E) e;
    }
}
