package org.autopilot.it.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Strategy persistence inside WildFly: Flyway's instrument table and a full round trip through the catalog. */
@ExtendWith(ArquillianExtension.class)
class InstrumentCatalogIT {

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
    void registeredInstrumentReadsBackWithItsExactSpecification() {
        InstrumentSpec spec = new InstrumentSpec("IT" + ThreadLocalRandom.current().nextInt(1_000_000), AssetClass.STOCK,
                "USD", "XNAS", ZoneId.of("America/New_York"), new BigDecimal("0.01"), new BigDecimal("0.0001"), true);
        InstrumentView registered = catalog.register(spec);

        InstrumentView read = catalog.bySymbol(spec.symbol()).orElseThrow();
        assertEquals(registered.id(), read.id());
        assertEquals(spec, read.spec(), "BigDecimal tick and lot survive the database unchanged");
        assertTrue(catalog.all().stream().anyMatch(i -> i.id().equals(registered.id())));
    }

    @Test
    void duplicateSymbolIsRefusedAndNothingChanges() {
        InstrumentSpec spec = new InstrumentSpec("DUP" + ThreadLocalRandom.current().nextInt(1_000_000), AssetClass.CRYPTO,
                "USD", "PAPER", ZoneId.of("UTC"), new BigDecimal("0.01"), new BigDecimal("0.00000001"), true);
        catalog.register(spec);
        int before = catalog.all().size();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> catalog.register(spec));
        assertTrue(error.getMessage().contains("already registered"), error.getMessage());
        assertEquals(before, catalog.all().size());
    }
}
