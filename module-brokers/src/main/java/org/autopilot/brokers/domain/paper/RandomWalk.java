package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.autopilot.brokers.api.Quote;

/**
 * The demo market of the paper venues: quotes that wander at random. Each step multiplies the mid by one plus a
 * normally distributed amount with a standard deviation of one basis point. The walk keeps each symbol's exact mid,
 * so that moves smaller than a tick add up; the quotes it gives out are on the instrument's tick, the bid at least
 * one tick above zero, the spread one tick or half a basis point, whichever is wider. When the market was moved
 * elsewhere in between (a quote the walk did not produce), it walks on from that quote's mid. The same seed and the
 * same inputs give the same quotes.
 */
public final class RandomWalk {

    private static final BigDecimal STEP = new BigDecimal("0.0001");
    private static final BigDecimal HALF_BASIS_POINT = new BigDecimal("0.00005");

    private final Random random;
    private final Map<String, Quote> produced = new HashMap<>();
    private final Map<String, BigDecimal> exactMids = new HashMap<>();

    public RandomWalk(long seed) {
        this.random = new Random(seed);
    }

    /** The quote one step on from {@code from}. */
    public Quote next(Quote from, BigDecimal tick, Instant time) {
        BigDecimal mid = from.equals(produced.get(from.symbol())) ? exactMids.get(from.symbol()) : from.mid();
        BigDecimal moved = mid.multiply(BigDecimal.ONE.add(STEP.multiply(BigDecimal.valueOf(random.nextGaussian()))),
                MathContext.DECIMAL64);
        Quote next = around(from.symbol(), moved, tick, time);
        produced.put(from.symbol(), next);
        exactMids.put(from.symbol(), moved);
        return next;
    }

    /** A quote centred on {@code mid} as closely as the tick allows. */
    public static Quote around(String symbol, BigDecimal mid, BigDecimal tick, Instant time) {
        BigDecimal spread = onTick(mid.multiply(HALF_BASIS_POINT), tick, RoundingMode.CEILING).max(tick);
        BigDecimal bid = onTick(mid.subtract(spread.divide(BigDecimal.TWO)), tick, RoundingMode.HALF_EVEN).max(tick);
        return new Quote(symbol, bid, bid.add(spread), time);
    }

    private static BigDecimal onTick(BigDecimal price, BigDecimal tick, RoundingMode mode) {
        return price.divide(tick, 0, mode).multiply(tick);
    }
}
