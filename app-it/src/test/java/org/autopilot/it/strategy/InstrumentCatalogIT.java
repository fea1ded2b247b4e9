package org.autopilot.it.strategy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.strategy.api.StaleVersionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy persistence inside WildFly: Flyway's instrument table, a full round trip through the catalog, and
 * audited revisions guarded by the version they were made from.
 */
@ExtendWith(ArquillianExtension.class)
class InstrumentCatalogIT {

    private static final String ACTOR = "it-admin";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(InstrumentCatalogIT.class);
    }

    @Inject
    InstrumentCatalog catalog;

    @Test
    void flywayCreatedTheStrategyTables() {
        assertTrue(InContainer.appliedMigrations("strategy").contains("1"));
    }

    @Test
    void theSeededInstrumentsTradeInTheirExchangesSessions() {
        assertTrue(InContainer.appliedMigrations("strategy").contains("7"));
        Map<String, String> expected = Map.of("AAPL", "Mon-Fri 09:30-16:00", "SPY", "Mon-Fri 09:30-16:00",
                "BTCUSD", "24/7", "ETHUSD", "24/7", "ESZ2026", "Sun-Thu 17:00-16:00", "NQZ2026", "Sun-Thu 17:00-16:00",
                "CLF2027", "Sun-Thu 18:00-17:00", "EURUSD", "Sun-Thu 17:00-17:00");
        expected.forEach((symbol, sessions) -> assertEquals(ExchangeSessions.parse(sessions),
                catalog.bySymbol(symbol).orElseThrow().spec().sessions(), symbol));
    }

    @Test
    void sessionsAreStoredRevisedAndAuditedAsTheirCanonicalText() {
        String symbol = "SES" + ThreadLocalRandom.current().nextInt(1_000_000);
        InstrumentView registered = catalog.register(stock(symbol, "0.01"), ACTOR);
        InstrumentSpec s = registered.spec();
        InstrumentSpec futures = new InstrumentSpec(symbol, s.assetClass(), s.currency(), s.exchangeCode(),
                ZoneId.of("America/Chicago"), ExchangeSessions.parse("thu,Sun-Wed 17:00-16:00"), s.tickSize(),
                s.lotStep(), s.fractional());

        InstrumentView updated = catalog.update(symbol, registered.version(), futures, ACTOR);

        assertEquals("Sun-Thu 17:00-16:00", catalog.bySymbol(symbol).orElseThrow().spec().sessions().toString());
        assertEquals(List.of("Sun-Thu 17:00-16:00"), InContainer.column("select sessions from instrument where symbol = ?",
                symbol));
        String row = await().atMost(InContainer.PATIENCE).until(() -> auditOf(registered, "instrument.updated"),
                rows -> !rows.isEmpty()).getFirst();
        assertTrue(row.contains("sessions=Mon-Fri 09:30-16:00") && row.contains("sessions=Sun-Thu 17:00-16:00"), row);
        assertEquals(updated, catalog.update(symbol, updated.version(), futures, ACTOR), "the same sessions change nothing");
    }

    @Test
    void registeredInstrumentReadsBackWithItsExactSpecificationAndIsAudited() {
        InstrumentSpec spec = stock("IT" + ThreadLocalRandom.current().nextInt(1_000_000), "0.01");
        InstrumentView registered = catalog.register(spec, ACTOR);

        InstrumentView read = catalog.bySymbol(spec.symbol()).orElseThrow();
        assertEquals(registered.id(), read.id());
        assertEquals(spec, read.spec(), "BigDecimal tick and lot survive the database unchanged");
        assertTrue(catalog.all().stream().anyMatch(i -> i.id().equals(registered.id())));
        List<String> audited = await().atMost(InContainer.PATIENCE).until(() -> auditOf(registered, "instrument.registered"),
                rows -> !rows.isEmpty());
        assertTrue(audited.getFirst().contains("tickSize=0.01"), audited.getFirst());
    }

    @Test
    void duplicateSymbolIsRefusedAndNothingChanges() {
        InstrumentSpec spec = new InstrumentSpec("DUP" + ThreadLocalRandom.current().nextInt(1_000_000), AssetClass.CRYPTO,
                "USD", "PAPER", ZoneId.of("UTC"), ExchangeSessions.ALWAYS_OPEN, new BigDecimal("0.01"),
                new BigDecimal("0.00000001"), true);
        catalog.register(spec, ACTOR);
        int before = catalog.all().size();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> catalog.register(spec, ACTOR));
        assertTrue(error.getMessage().contains("already registered"), error.getMessage());
        assertEquals(before, catalog.all().size());
    }

    @Test
    void revisionIsStoredVersionedAndAuditedWithBeforeAndAfter() {
        String symbol = "UPD" + ThreadLocalRandom.current().nextInt(1_000_000);
        InstrumentView registered = catalog.register(stock(symbol, "0.01"), ACTOR);

        InstrumentView updated = catalog.update(symbol, registered.version(), stock(symbol, "0.05"), ACTOR);

        assertEquals(new BigDecimal("0.05"), updated.spec().tickSize());
        assertEquals(registered.version() + 1, updated.version());
        assertEquals(updated, catalog.bySymbol(symbol).orElseThrow(), "what the update answers is what is stored");
        String row = await().atMost(InContainer.PATIENCE).until(() -> auditOf(registered, "instrument.updated"),
                rows -> !rows.isEmpty()).getFirst();
        assertTrue(row.startsWith(ACTOR + "|specification of " + symbol + " changed|"), row);
        String[] states = row.split("\\|");
        assertTrue(states[2].contains("tickSize=0.01") && states[2].contains("version=" + registered.version()), row);
        assertTrue(states[3].contains("tickSize=0.05") && states[3].contains("version=" + updated.version()), row);
    }

    @Test
    void staleRenamingAndUnknownRevisionsChangeNothing() {
        String symbol = "STL" + ThreadLocalRandom.current().nextInt(1_000_000);
        InstrumentView registered = catalog.register(stock(symbol, "0.01"), ACTOR);
        InstrumentView current = catalog.update(symbol, registered.version(), stock(symbol, "0.02"), ACTOR);

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> catalog.update(symbol, registered.version(), stock(symbol, "0.10"), ACTOR));
        assertTrue(stale.getMessage().contains("read it again"), stale.getMessage());
        IllegalArgumentException renamed = assertThrows(IllegalArgumentException.class,
                () -> catalog.update(symbol, current.version(), stock(symbol + "X", "0.10"), ACTOR));
        assertTrue(renamed.getMessage().startsWith("symbol cannot change"), renamed.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> catalog.update("NOSUCH" + symbol, 0, stock("NOSUCH" + symbol, "0.10"), ACTOR));
        assertEquals("no instrument NOSUCH" + symbol, unknown.getMessage());

        assertEquals(current, catalog.bySymbol(symbol).orElseThrow());
        assertEquals(current, catalog.update(symbol, current.version(), stock(symbol, "0.020"), ACTOR),
                "the same values change nothing, not even the version");

        // one consumer appends in order: once the last real change is in, anything recorded before it is too
        InstrumentView last = catalog.update(symbol, current.version(), stock(symbol, "0.03"), ACTOR);
        List<String> updates = await().atMost(InContainer.PATIENCE).until(() -> auditOf(registered, "instrument.updated"),
                rows -> rows.stream().anyMatch(r -> r.contains("version=" + last.version())));
        assertEquals(2, updates.size(), "only the two real changes are audited: " + updates);
    }

    private static InstrumentSpec stock(String symbol, String tick) {
        return new InstrumentSpec(symbol, AssetClass.STOCK, "USD", "XNAS", ZoneId.of("America/New_York"),
                ExchangeSessions.parse("Mon-Fri 09:30-16:00"), new BigDecimal(tick), BigDecimal.ONE, false);
    }

    /** actor|reason|before|after of the instrument's audit entries with that action. */
    private static List<String> auditOf(InstrumentView instrument, String action) {
        return InContainer.column("select concat(actor, '|', reason, '|', coalesce(before_state, ''), '|', after_state) "
                + "from audit_entry where subject_type = 'instrument' and subject_id = ? and action = ? order by sequence_no",
                instrument.id().toString(), action);
    }
}
