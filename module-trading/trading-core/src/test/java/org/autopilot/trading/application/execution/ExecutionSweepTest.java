package org.autopilot.trading.application.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.junit.jupiter.api.Test;

/** Which signals each sweep checks for a missing fan-out: since the last one found none missing, not two days. */
class ExecutionSweepTest {

    private static final Instant T = Instant.parse("2026-11-22T12:00:00Z");

    private final List<Instant[]> windows = new ArrayList<>();
    private final List<UUID> resent = new ArrayList<>();
    private List<UUID> missing = List.of();
    private final ExecutionSweep sweep = new ExecutionSweep();

    ExecutionSweepTest() {
        sweep.executions = (ExecutionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ExecutionRepository.class}, (proxy, method, args) -> {
                    assertEquals("signalsWithoutFanOut", method.getName());
                    windows.add(new Instant[] {(Instant) args[0], (Instant) args[1]});
                    return missing;
                });
        sweep.dispatch = resent::add;
    }

    @Test
    void theFirstSweepChecksTheWholeHorizonAndLaterOnesOnlyTheSignalsSinceItsGraceOverlap() {
        sweep.signals(T);
        sweep.signals(T.plusSeconds(15));
        sweep.signals(T.plusSeconds(30));

        assertWindow(0, T.minus(Duration.ofDays(2)), T.minusSeconds(30));
        assertWindow(1, T.minusSeconds(60), T.minusSeconds(15));
        assertWindow(2, T.minusSeconds(45), T);
    }

    @Test
    void aSweepThatFoundMissingSignalsLetsTheNextOneStartAtTheSamePoint() {
        sweep.signals(T);
        UUID lost = UUID.randomUUID();
        missing = List.of(lost);
        sweep.signals(T.plusSeconds(15));
        missing = List.of();
        sweep.signals(T.plusSeconds(30));
        sweep.signals(T.plusSeconds(45));

        assertEquals(List.of(lost), resent);
        assertWindow(1, T.minusSeconds(60), T.minusSeconds(15));
        assertWindow(2, T.minusSeconds(60), T);
        assertWindow(3, T.minusSeconds(30), T.plusSeconds(15));
    }

    @Test
    void noSweepLooksFurtherBackThanTheHorizon() {
        missing = List.of(UUID.randomUUID());
        sweep.signals(T);
        missing = List.of();
        sweep.signals(T.plus(Duration.ofDays(3)));
        sweep.signals(T.plus(Duration.ofDays(3)).plusSeconds(15));

        assertWindow(1, T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(3)).minusSeconds(30));
        assertWindow(2, T.plus(Duration.ofDays(3)).minusSeconds(60), T.plus(Duration.ofDays(3)).minusSeconds(15));
    }

    private void assertWindow(int sweepNo, Instant from, Instant to) {
        assertEquals(List.of(from, to), List.of(windows.get(sweepNo)), "window of sweep " + sweepNo);
    }
}
