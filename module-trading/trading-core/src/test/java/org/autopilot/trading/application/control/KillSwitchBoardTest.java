package org.autopilot.trading.application.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.SwitchVerdict;
import org.autopilot.trading.api.TradingState;
import org.junit.jupiter.api.Test;

/** The board's verdict over four levels, and its gate: a change waits for sends under way and binds every later one. */
class KillSwitchBoardTest {

    private final UUID account = UUID.randomUUID();
    private final UUID strategy = UUID.randomUUID();
    private final UUID subscription = UUID.randomUUID();
    private final List<String> committed = new ArrayList<>();
    private final KillSwitchBoard board = new KillSwitchBoard();

    KillSwitchBoardTest() {
        board.store = new KillSwitchStore() {
            @Override
            public List<KillSwitchView> all() {
                return List.of(view(SwitchLevel.PLATFORM, "platform", TradingState.ACTIVE));
            }

            @Override
            public KillSwitchView apply(SwitchLevel level, String scopeId, TradingState state, String reason, String actor) {
                committed.add(level + ":" + state);
                return new KillSwitchView(level, scopeId, state, reason, actor, Instant.now());
            }
        };
    }

    private static KillSwitchView view(SwitchLevel level, String scope, TradingState state) {
        return new KillSwitchView(level, scope, state, "initial state", "system", Instant.now());
    }

    private SwitchVerdict verdict() {
        return board.verdict(account, strategy, subscription);
    }

    @Test
    void everythingActiveAllowsEverything() {
        assertEquals(SwitchVerdict.ACTIVE, verdict());
        assertTrue(verdict().allows(false));
    }

    @Test
    void eachLevelStopsItsScopeAndNoOther() {
        Object[][] levels = {{SwitchLevel.PLATFORM, "platform"}, {SwitchLevel.BROKER_ACCOUNT, account.toString()},
                {SwitchLevel.STRATEGY, strategy.toString()}, {SwitchLevel.SUBSCRIPTION, subscription.toString()}};
        for (Object[] level : levels) {
            SwitchLevel switchLevel = (SwitchLevel) level[0];
            for (TradingState state : new TradingState[] {TradingState.REDUCING, TradingState.HALTED}) {
                board.change(switchLevel, (String) level[1], state, "test", "oscar");
                SwitchVerdict verdict = verdict();
                assertEquals(state, verdict.state(), switchLevel + " " + state);
                assertEquals(switchLevel, verdict.cause().level());
                assertTrue(verdict.allows(true) == (state == TradingState.REDUCING), "exits pass only when REDUCING");
                assertFalse(verdict.allows(false), "entries never pass");
                if (switchLevel != SwitchLevel.PLATFORM) {
                    assertEquals(TradingState.ACTIVE, board.verdict(UUID.randomUUID(), UUID.randomUUID(),
                            UUID.randomUUID()).state(), "another scope keeps trading");
                }
            }
            board.change(switchLevel, (String) level[1], TradingState.ACTIVE, "test over", "oscar");
            assertEquals(TradingState.ACTIVE, verdict().state());
        }
    }

    @Test
    void theMostRestrictiveSwitchWinsAndTheWidestNamesIt() {
        board.change(SwitchLevel.SUBSCRIPTION, subscription.toString(), TradingState.HALTED, "sub", "oscar");
        board.change(SwitchLevel.BROKER_ACCOUNT, account.toString(), TradingState.REDUCING, "acct", "oscar");
        assertEquals(TradingState.HALTED, verdict().state());
        assertEquals(SwitchLevel.SUBSCRIPTION, verdict().cause().level());
        board.change(SwitchLevel.STRATEGY, strategy.toString(), TradingState.HALTED, "strat", "oscar");
        assertEquals(SwitchLevel.STRATEGY, verdict().cause().level());
        assertEquals("strategy kill switch is HALTED (oscar: strat)", verdict().describe());
    }

    @Test
    void aChangeWaitsForTheSendUnderWayAndBindsTheNextOne() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<TradingState> inFlight = CompletableFuture.supplyAsync(() -> board.guarded(() -> {
            TradingState seen = verdict().state();
            sending.countDown();
            await(release);
            return seen;
        }));
        assertTrue(sending.await(5, TimeUnit.SECONDS));
        CompletableFuture<KillSwitchView> change = CompletableFuture.supplyAsync(() -> board.change(
                SwitchLevel.BROKER_ACCOUNT, account.toString(), TradingState.HALTED, "race", "oscar"));
        assertThrows(TimeoutException.class, () -> change.get(300, TimeUnit.MILLISECONDS),
                "the change must wait while an order is being sent");
        assertTrue(committed.isEmpty(), "nothing committed while the send was under way");
        release.countDown();
        assertEquals(TradingState.ACTIVE, inFlight.get(5, TimeUnit.SECONDS), "the send under way was checked before");
        assertEquals(TradingState.HALTED, change.get(5, TimeUnit.SECONDS).state());
        assertEquals(TradingState.HALTED, board.guarded(this::verdict).state(), "every later send sees the change");
    }

    @Test
    void aSwitchCannotChangeFromInsideAGuardedSend() {
        assertThrows(IllegalStateException.class, () -> board.guarded(() ->
                board.change(SwitchLevel.PLATFORM, "platform", TradingState.HALTED, "x", "oscar")));
        assertEquals(TradingState.ACTIVE, board.state(SwitchLevel.PLATFORM, "platform"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
