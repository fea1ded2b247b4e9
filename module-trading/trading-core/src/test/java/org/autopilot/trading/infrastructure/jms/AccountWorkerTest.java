package org.autopilot.trading.infrastructure.jms;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.RollbackException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.trading.application.execution.DeliveryProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account worker against a real (embedded) Artemis broker: a backlog is taken as one batch, and a batch that fails
 * is rolled back and its messages are then handled one by one, in queue order, so every delivery takes effect once
 * and a delivery that keeps failing is given up alone; an account's queue never has two workers.
 */
class AccountWorkerTest {

    private static EmbeddedActiveMQ broker;
    private static ConnectionFactory connections;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName())));
        broker.start();
        connections = new ActiveMQConnectionFactory("vm://0");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.stop();
    }

    @Test
    void aBacklogIsDeliveredAsOneBatch() throws Exception {
        List<UUID> ids = ids(6);
        RecordingProcessor processor = run(ids, new RecordingProcessor(Map.of()));

        assertEquals(List.of(ids), processor.batches);
        assertEquals(List.of(), processor.singles, "nothing handled alone");
        assertEquals(ids, processor.effective);
    }

    @Test
    void aFailedBatchIsRolledBackAndItsDeliveriesAreRetriedOneByOneInQueueOrder() throws Exception {
        List<UUID> ids = ids(6);
        // the third delivery fails twice (say a lock timeout), then works
        RecordingProcessor processor = run(ids, new RecordingProcessor(Map.of(ids.get(2), 2)));

        assertEquals(List.of(ids), processor.batches, "the backlog was first tried as one batch");
        assertEquals(ids, processor.effective, "each delivery took effect exactly once, in queue order");
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(2), ids.get(3), ids.get(4), ids.get(5)),
                processor.singles, "after the rollback: one by one, the failing one retried before the rest");
        assertEquals(List.of(), processor.failed);
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAloneAndTheOthersTakeEffect() throws Exception {
        List<UUID> ids = ids(4);
        RecordingProcessor processor = run(ids, new RecordingProcessor(Map.of(ids.get(1), Integer.MAX_VALUE)));

        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(3)), processor.effective);
        assertEquals(1, processor.failed.size(), () -> "failed: " + processor.failed);
        assertTrue(processor.failed.getFirst().startsWith(ids.get(1) + " gave up after " + AccountWorker.MAX_ATTEMPTS
                + " attempts: IllegalStateException: delivery " + ids.get(1) + " failed"), processor.failed::getFirst);
    }

    @Test
    void aFailedCommitIsRetriedLikeAnyFailureAndDoesNotEndTheWorker() throws Exception {
        List<UUID> ids = ids(1);
        // the @Transactional interceptor throws the commit's checked RollbackException through the proxy
        RecordingProcessor processor = run(ids, new RecordingProcessor(Map.of(ids.getFirst(), 1)) {
            @Override
            void failAttempt(UUID deliveryId) {
                throw AccountWorkerTest.<RuntimeException>sneaky(new RollbackException("ARJUNA016053: Could not commit"));
            }
        });

        assertEquals(ids, processor.effective);
        assertEquals(List.of(ids.getFirst(), ids.getFirst()), processor.singles, "retried after the failed commit");
    }

    @Test
    void anAccountStartedAgainGetsANewWorkerOnlyOnceTheStoppedOneHasEnded() throws Exception {
        UUID accountId = UUID.randomUUID();
        AtomicBoolean wanted = new AtomicBoolean(true);
        List<Thread> started = new CopyOnWriteArrayList<>();
        AccountWorkers workers = new AccountWorkers();
        workers.connections = connections;
        workers.processor = new RecordingProcessor(Map.of());
        workers.threads = proxy(ManagedThreadFactory.class, (method, args) -> {
            Thread thread = new Thread((Runnable) args[0], "account-worker-test");
            started.add(thread);
            return thread;
        });
        workers.accounts = proxy(BrokerAccounts.class, (method, args) -> List.of(new BrokerAccountView(accountId,
                UUID.randomUUID(), "paper 1", true, "USD", BigDecimal.ONE, BigDecimal.ZERO, wanted.get(), Instant.now())));
        try {
            workers.reconcile();
            assertEquals(1, started.size());
            assertTrue(workers.isRunning(accountId));
            await().atMost(Duration.ofSeconds(10)).until(() -> consumers(accountId) == 1); // waiting in its receive

            wanted.set(false);
            workers.reconcile();
            assertFalse(workers.isRunning(accountId));
            wanted.set(true);
            workers.reconcile(); // the stopped worker is still waiting in its receive
            assertEquals(1, started.size(), "no second consumer on the queue while the first may still take a message");

            started.getFirst().join(Duration.ofMillis(AccountWorker.POLL_MILLIS + 3000));
            assertFalse(started.getFirst().isAlive(), "a stopped worker ends within its poll");
            workers.reconcile();
            assertEquals(2, started.size());
            assertTrue(workers.isRunning(accountId));
        } finally {
            workers.stopAll();
            for (Thread thread : started) {
                thread.join(Duration.ofMillis(AccountWorker.POLL_MILLIS + 3000));
            }
        }
    }

    private static long consumers(UUID accountId) {
        org.apache.activemq.artemis.core.server.Queue queue = broker.getActiveMQServer()
                .locateQueue(ExecutionQueues.accountQueue(accountId));
        return queue == null ? 0 : queue.getConsumerCount();
    }

    /** An implementation of {@code type} whose every method answers {@code answer} (method name, arguments). */
    private static <T> T proxy(Class<T> type, BiFunction<String, Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.apply(method.getName(), args)));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception e) throws E {
        throw (E) e;
    }

    private static List<UUID> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }

    /** Queues a "deliver" message per id, then runs a worker until every message has been dealt with. */
    private static RecordingProcessor run(List<UUID> deliveryIds, RecordingProcessor processor) throws Exception {
        UUID accountId = UUID.randomUUID();
        try (JMSContext jms = connections.createContext()) {
            Queue queue = jms.createQueue(ExecutionQueues.accountQueue(accountId));
            JMSProducer producer = jms.createProducer();
            for (UUID id : deliveryIds) {
                producer.setProperty(ExecutionQueues.KIND, ExecutionQueues.DELIVER)
                        .setProperty(ExecutionQueues.DELIVERY_ID, id.toString())
                        .send(queue, jms.createTextMessage());
            }
        }
        AccountWorker worker = new AccountWorker(accountId, connections, processor, new Semaphore(1));
        Thread thread = new Thread(worker, "account-worker-test");
        thread.start();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> processor.done() == deliveryIds.size() && queueEmpty(accountId));
        } finally {
            worker.stop();
            thread.join(Duration.ofSeconds(5));
        }
        return processor;
    }

    private static boolean queueEmpty(UUID accountId) {
        try (JMSContext jms = connections.createContext()) {
            return !jms.createBrowser(jms.createQueue(ExecutionQueues.accountQueue(accountId))).getEnumeration()
                    .hasMoreElements();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stands in for the processor: a delivery "takes effect" when its transaction would commit, so a failed batch
     * leaves no effect, as the rolled-back database transaction would.
     */
    static class RecordingProcessor extends DeliveryProcessor {

        final List<List<UUID>> batches = new ArrayList<>();
        final List<UUID> singles = new ArrayList<>();
        final List<UUID> effective = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        private final Map<UUID, Integer> failuresLeft;

        RecordingProcessor(Map<UUID, Integer> failures) {
            this.failuresLeft = new HashMap<>(failures);
        }

        synchronized int done() {
            return effective.size() + failed.size();
        }

        @Override
        public synchronized void deliver(UUID deliveryId, boolean redelivered) {
            singles.add(deliveryId);
            attempt(deliveryId);
            effective.add(deliveryId);
        }

        @Override
        public synchronized void deliverAll(List<UUID> deliveryIds) {
            batches.add(List.copyOf(deliveryIds));
            deliveryIds.forEach(this::attempt);
            effective.addAll(deliveryIds);
        }

        @Override
        public synchronized void release(UUID deliveryId) {
            throw new AssertionError("no release was queued");
        }

        @Override
        public synchronized void fail(UUID deliveryId, String reason) {
            failed.add(deliveryId + " " + reason);
        }

        private void attempt(UUID deliveryId) {
            int left = failuresLeft.getOrDefault(deliveryId, 0);
            if (left > 0) {
                failuresLeft.put(deliveryId, left - 1);
                failAttempt(deliveryId);
            }
        }

        /** How a failing attempt fails. */
        void failAttempt(UUID deliveryId) {
            throw new IllegalStateException("delivery " + deliveryId + " failed");
        }
    }
}
