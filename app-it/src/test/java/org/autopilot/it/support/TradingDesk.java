package org.autopilot.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.PaperMarket;
import org.autopilot.brokers.api.PaperVenueLog;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.api.Venue;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.SignalDetail;
import org.autopilot.trading.application.execution.WorkerStates;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The set-up and observations the in-container trading tests share (deployed with every test war): fresh paper
 * accounts and strategies, a still market at a given quote, waiting until a signal has settled, and what the paper
 * venue's own log received.
 */
@ApplicationScoped
public class TradingDesk {

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Inject
    ExecutionLog log;

    @Inject
    PaperMarket market;

    @Inject
    PaperVenueLog venue;

    @Inject
    WorkerStates workers;

    /** A paper account with a million USD on a connection of its own. */
    public BrokerAccountView paperAccount(String prefix) {
        UUID connection = connections.register(prefix + "-paper-" + UUID.randomUUID(), Venue.PAPER, null).id();
        return accounts.open(connection, prefix + "-" + UUID.randomUUID(), "USD", new BigDecimal("1000000"),
                BigDecimal.ONE, "it-admin");
    }

    public WebhookSecret strategy(String prefix, String... tickers) {
        return strategies.create(prefix + "-" + UUID.randomUUID(), Set.of(tickers), null, "it-admin");
    }

    /** Stops the random walk and sets the symbol's quote. */
    public void quote(String symbol, String bid, String ask) {
        market.setRandomWalk(false);
        market.publish(new Quote(symbol, new BigDecimal(bid), new BigDecimal(ask), Instant.now()));
    }

    /** Waits until every delivery of the signal is finished; on timeout says which accounts' workers were running. */
    public SignalDetail settled(UUID signal) {
        try {
            return await().ignoreExceptions().atMost(InContainer.PATIENCE).until(() -> log.signal(signal).orElseThrow(),
                    d -> d.summary().subscriptions() > 0 && d.summary().inProgress() == 0);
        } catch (ConditionTimeoutException e) {
            String states = log.signal(signal).map(d -> d.deliveries().stream()
                    .map(v -> v.accountId() + " " + v.status() + ", worker running=" + workers.isRunning(v.accountId()))
                    .collect(Collectors.joining("; "))).orElse("no such signal");
            throw new AssertionError("signal " + signal + " did not settle: " + states, e);
        }
    }

    /** Orders the paper venue received for the account (its own log, not Autopilot's records). */
    public long submits(UUID accountId) {
        return venue.log(accountId).stream().filter(e -> e.kind().equals("SUBMIT")).count();
    }
}
