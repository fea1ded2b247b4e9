package org.autopilot.trading.infrastructure.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.trading.application.execution.DeliveryProcessor;
import org.autopilot.trading.application.execution.WorkerStates;

/**
 * Keeps one worker thread per broker account whose worker should run, and none for the others: started at
 * deployment and reconciled every two seconds with the accounts' desired worker state. A stopped worker leaves
 * its queue as it is; the next start resumes with the oldest message.
 */
@Singleton
@Startup
@LocalBean
@Local(WorkerStates.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccountWorkers implements WorkerStates {

    private static final Logger LOG = Logger.getLogger(AccountWorkers.class.getName());

    @Resource
    ManagedThreadFactory threads;

    /** Not the pooled XA factory: the worker acknowledges after its own JTA transaction committed. */
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Inject
    BrokerAccounts accounts;

    @Inject
    DeliveryProcessor processor;

    /**
     * How many workers may process a message at the same time. Each holds two database connections while it does
     * (its own transaction and the venue's), so this stays well below half the datasource pool (40): more workers
     * than that would wait on each other for connections until the pool times out.
     */
    private final Semaphore processing = new Semaphore(Integer.getInteger("autopilot.execution.parallel-accounts", 12));

    private final Map<UUID, AccountWorker> workers = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        reconcile();
    }

    /**
     * Starts the workers that should run and stops the others. A new worker starts only once the account's previous
     * one has ended: a stopping worker may still be waiting in a receive, and two consumers of one queue would take
     * its messages out of order.
     */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public synchronized void reconcile() {
        for (BrokerAccountView account : accounts.all()) {
            AccountWorker worker = workers.get(account.id());
            if (account.workerRunning() && (worker == null || worker.ended())) {
                AccountWorker started = new AccountWorker(account.id(), connections, processor, processing);
                threads.newThread(started).start();
                workers.put(account.id(), started);
                LOG.info(() -> "worker of account " + account.name() + " started");
            } else if (!account.workerRunning() && worker != null) {
                if (worker.running()) {
                    worker.stop();
                    LOG.info(() -> "worker of account " + account.name() + " stopped; its queue keeps pending work");
                }
                if (worker.ended()) {
                    workers.remove(account.id());
                }
            }
        }
    }

    /** Whether the account's worker is consuming now. */
    @Override
    public boolean isRunning(UUID accountId) {
        AccountWorker worker = workers.get(accountId);
        return worker != null && worker.running();
    }

    @PreDestroy
    void stopAll() {
        workers.values().forEach(AccountWorker::stop);
        workers.clear();
    }
}
