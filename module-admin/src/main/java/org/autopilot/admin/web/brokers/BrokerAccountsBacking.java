package org.autopilot.admin.web.brokers;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.admin.web.forms.FieldErrors;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;

/**
 * Lists broker accounts, opens paper accounts, and starts or stops an account's execution worker. A stopped worker
 * keeps the account's queued work; starting it again resumes with the oldest. Request scoped, so that a connection
 * registered on the same page is offered at once.
 */
@Named
@RequestScoped
public class BrokerAccountsBacking {

    private static final String FORM = "accountForm";
    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry("connection", "connection"),
            Map.entry("name", "accountName"), Map.entry("currency", "currency"), Map.entry("starting cash", "startingCash"),
            Map.entry("slippage", "slippage"));

    @Inject
    BrokerAccounts accounts;

    @Inject
    BrokerConnections connections;

    @Inject
    SignedInStaff staff;

    private List<BrokerAccountView> all;
    private Map<UUID, String> connectionNames;
    private List<BrokerConnectionView> paperConnections;
    private String connectionId;
    private String name;
    private String currency = "USD";
    private BigDecimal startingCash;
    private BigDecimal slippageBasisPoints;

    @PostConstruct
    void load() {
        all = accounts.all();
        List<BrokerConnectionView> known = connections.all();
        connectionNames = known.stream().collect(Collectors.toMap(BrokerConnectionView::id, BrokerConnectionView::name));
        paperConnections = known.stream().filter(c -> c.venue() == Venue.PAPER && c.enabled()).toList();
    }

    public void openPaperAccount() {
        try {
            BrokerAccountView opened = accounts.open(UUID.fromString(connectionId), name,
                    currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), startingCash,
                    slippageBasisPoints, staff.getUsername());
            FieldErrors.done("Paper account " + opened.name() + " opened", opened.currency() + " "
                    + opened.paperStartingCash().toPlainString() + ", its worker is running");
            load();
            name = null;
            startingCash = null;
            slippageBasisPoints = null;
        } catch (IllegalArgumentException e) {
            FieldErrors.show(FORM, e.getMessage(), FIELDS);
        }
    }

    public void startWorker(BrokerAccountView account) {
        accounts.setWorkerRunning(account.id(), true, staff.getUsername());
        FieldErrors.done("Worker of " + account.name() + " started", "it resumes with the oldest queued order");
        load();
    }

    public void stopWorker(BrokerAccountView account) {
        accounts.setWorkerRunning(account.id(), false, staff.getUsername());
        FieldErrors.done("Worker of " + account.name() + " stopped", "queued orders stay in the account's queue");
        load();
    }

    /** The account's connection by name (connections are never removed, so every account has one). */
    public String connectionOf(BrokerAccountView account) {
        return connectionNames.get(account.connectionId());
    }

    /** The connections a paper account can be opened at: enabled PAPER connections. */
    public List<BrokerConnectionView> getPaperConnections() {
        return paperConnections;
    }

    public List<BrokerAccountView> getAll() {
        return all;
    }

    public String getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(String connectionId) {
        this.connectionId = connectionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getStartingCash() {
        return startingCash;
    }

    public void setStartingCash(BigDecimal startingCash) {
        this.startingCash = startingCash;
    }

    public BigDecimal getSlippageBasisPoints() {
        return slippageBasisPoints;
    }

    public void setSlippageBasisPoints(BigDecimal slippageBasisPoints) {
        this.slippageBasisPoints = slippageBasisPoints;
    }
}
