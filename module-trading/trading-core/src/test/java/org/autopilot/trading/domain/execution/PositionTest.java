package org.autopilot.trading.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    /** fills: side:qty@price separated by spaces; expected quantity, average and realized P&L after them. */
    @ParameterizedTest(name = "{0} -> {1} @ {2}, realized {3}")
    @CsvSource({
            "BUY:10@100,                          10,  100,    0",
            "BUY:10@100 BUY:30@104,               40,  103,    0",
            "BUY:10@100 SELL:4@110,               6,   100,    40",
            "BUY:10@100 SELL:10@95,               0,   0,      -50",
            "BUY:10@100 SELL:15@110,              -5,  110,    100",
            "SELL:8@50 BUY:3@45,                  -5,  50,     15",
            "SELL:8@50 BUY:8@55,                  0,   0,      -40",
            "SELL:8@50 SELL:2@60,                 -10, 52,     0",
            "BUY:0.5@60000 SELL:0.2@61000,        0.3, 60000,  200",
    })
    void fillsBuildThePosition(String fills, BigDecimal quantity, BigDecimal average, BigDecimal realized) {
        Position p = Position.flat(UUID.randomUUID(), "X", NOW);
        for (String fill : fills.trim().split(" ")) {
            String[] sideRest = fill.split(":");
            String[] qtyPrice = sideRest[1].split("@");
            p.apply(OrderSide.valueOf(sideRest[0]), new BigDecimal(qtyPrice[0]), new BigDecimal(qtyPrice[1]), NOW);
        }
        assertEquals(0, quantity.compareTo(p.quantity()), "quantity " + p.quantity());
        assertEquals(0, average.compareTo(p.averagePrice()), "average " + p.averagePrice());
        assertEquals(0, realized.compareTo(p.realizedPnl()), "realized " + p.realizedPnl());
    }

    @ParameterizedTest(name = "open P&L of {0} at mark {1} is {2}")
    @CsvSource({"BUY, 110, 100", "SELL, 110, -100", "BUY, 90, -100"})
    void openPnlFollowsTheMark(OrderSide side, BigDecimal mark, BigDecimal expected) {
        Position p = Position.flat(UUID.randomUUID(), "X", NOW);
        p.apply(side, BigDecimal.TEN, new BigDecimal("100"), NOW);
        assertEquals(0, expected.compareTo(p.unrealizedPnl(mark)));
        assertEquals(0, BigDecimal.ZERO.compareTo(p.unrealizedPnl(null)), "without a mark: the last fill price");
    }
}
