package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.brokers.api.BrokerCapabilities;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import static org.autopilot.trading.domain.planning.PlanningFixture.AAPL;
import static org.autopilot.trading.domain.planning.PlanningFixture.BTC;
import static org.autopilot.trading.domain.planning.PlanningFixture.d;
import static org.autopilot.trading.domain.planning.PlanningFixture.describe;
import static org.autopilot.trading.domain.planning.PlanningFixture.holding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The planner as tables of cases; each expected plan is written in PlanningFixture's compact form. */
class OrderPlannerTest {

    private final OrderPlanner planner = new OrderPlanner();

    private String plan(TradeSignal signal, MarketSnapshot market) {
        return plan(signal, p -> { }, OrderSettings.NONE, AAPL, market);
    }

    private String plan(TradeSignal signal, Consumer<PlanningFixture.Policy> policy, MarketSnapshot market) {
        return plan(signal, policy, OrderSettings.NONE, AAPL, market);
    }

    private String plan(TradeSignal signal, Consumer<PlanningFixture.Policy> policy, OrderSettings strategy,
                        InstrumentSpec instrument, MarketSnapshot market) {
        PlanningFixture.Policy p = new PlanningFixture.Policy();
        policy.accept(p);
        return describe(planner.plan(signal, p.build(), strategy, instrument, market));
    }

    private static TradeSignal signal(SignalAction action) {
        return TradeSignal.of("AAPL", action);
    }

    // --- SIGNALS.md action table: every row, every position -------------------------------------------------

    @ParameterizedTest(name = "{0} when position {1}")
    @CsvSource(delimiter = ';', value = {
            "BUY;    0;   cancel | ENTRY BUY 1 MARKET DAY",
            "BUY;   10;   rejected: add to position not allowed",
            "BUY;  -10;   cancel | EXIT BUY 10 MARKET DAY | ENTRY BUY 1 MARKET DAY after-exit-fill",
            "SELL;   0;   cancel | ENTRY SELL 1 MARKET DAY",
            "SELL;  10;   cancel | EXIT SELL 10 MARKET DAY | ENTRY SELL 1 MARKET DAY after-exit-fill",
            "SELL; -10;   rejected: add to position not allowed",
            "EXIT;   0;   rejected: no open position",
            "EXIT;  10;   EXIT SELL 10 MARKET DAY",
            "EXIT; -10;   EXIT BUY 10 MARKET DAY",
            "ADD;    0;   rejected: no open position",
            "ADD;   10;   ENTRY BUY 1 MARKET DAY",
            "ADD;  -10;   ENTRY SELL 1 MARKET DAY",
            "CANCEL; 0;   cancel",
            "CANCEL; 10;  cancel",
            "CANCEL; -10; cancel"})
    void actionTable(SignalAction action, String position, String expected) {
        assertEquals(expected, plan(signal(action), holding(position)));
    }

    @ParameterizedTest(name = "{0} when position {1}, add allowed")
    @CsvSource(delimiter = ';', value = {
            "BUY;   10; ENTRY BUY 1 MARKET DAY",
            "SELL; -10; ENTRY SELL 1 MARKET DAY"})
    void addToPositionWhenAllowed(SignalAction action, String position, String expected) {
        assertEquals(expected, plan(signal(action), p -> p.allowAdd = true, holding(position)));
    }

    @Test
    void withoutSideSwappingAReversalOnlyExits() {
        assertEquals("cancel | EXIT BUY 10 MARKET DAY",
                plan(signal(SignalAction.BUY), p -> p.sideSwapping = false, holding("-10")));
    }

    // --- sentiment ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} {2} when position {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "BUY;  FLAT;     -;   -10; cancel | EXIT BUY 10 MARKET DAY",
            "BUY;  FLAT;     5;   -10; cancel | EXIT BUY 10 MARKET DAY",
            "SELL; FLAT;     -;    10; cancel | EXIT SELL 10 MARKET DAY",
            "BUY;  FLAT;     -;    10; rejected: buy with sentiment flat contradicts the long position",
            "BUY;  FLAT;     -;     0; ignored: no open position to reduce",
            "BUY;  BEARISH;  5;   -10; cancel | EXIT BUY 5 MARKET DAY",
            "SELL; BULLISH;  4;    10; cancel | EXIT SELL 4 MARKET DAY",
            "SELL; BULLISH;  20;   10; cancel | EXIT SELL 10 MARKET DAY",
            "BUY;  BULLISH;  -;     0; cancel | ENTRY BUY 1 MARKET DAY",
            "SELL; BEARISH;  2;    10; cancel | EXIT SELL 10 MARKET DAY | ENTRY SELL 2 MARKET DAY after-exit-fill"})
    void sentiment(SignalAction action, Sentiment sentiment, String quantity, String position, String expected) {
        TradeSignal signal = signal(action).withSentiment(sentiment);
        if (quantity != null) {
            signal = signal.withQuantity(d(quantity), null);
        }
        // the last row: a bearish sell reverses a long; subtract-exit-quantity would leave nothing, so it is off here
        assertEquals(expected, plan(signal, p -> p.subtractExitQuantity = false, holding(position)));
    }

    @Test
    void exitWithASentimentIsInvalid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> signal(SignalAction.EXIT).withSentiment(Sentiment.FLAT));
        assertEquals("invalid-sentiment-action: exit takes no sentiment", e.getMessage());
    }

    // --- exit quantity -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "exit {0} {1} from {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "4;  -;                   10;  EXIT SELL 4 MARKET DAY",
            "15; -;                   10;  EXIT SELL 10 MARKET DAY",
            "50; PERCENT_OF_POSITION; 10;  EXIT SELL 5 MARKET DAY",
            "33; PERCENT_OF_POSITION; 10;  EXIT SELL 3 MARKET DAY",
            "1;  PERCENT_OF_POSITION; 10;  rejected: exit quantity rounds to zero at the instrument's lot step",
            "25; PERCENT_OF_POSITION; -8;  EXIT BUY 2 MARKET DAY"})
    void exitQuantity(String quantity, QuantityType type, String position, String expected) {
        assertEquals(expected, plan(signal(SignalAction.EXIT).withQuantity(d(quantity), type), holding(position)));
    }

    @Test
    void exitIgnoresTheSignalQuantityWhenTheSubscriptionDoesNotUseIt() {
        assertEquals("EXIT SELL 10 MARKET DAY", plan(signal(SignalAction.EXIT).withQuantity(d("4"), null),
                p -> p.useSignal = new SignalToggles(false, true, true, true, true, true), holding("10")));
    }

    // --- side swapping quantities --------------------------------------------------------------------------------

    @ParameterizedTest(name = "sell {0} from long {1}, subtract {2}")
    @CsvSource(delimiter = ';', value = {
            "100; 50; true;  cancel | EXIT SELL 50 MARKET DAY | ENTRY SELL 50 MARKET DAY after-exit-fill",
            "100; 50; false; cancel | EXIT SELL 50 MARKET DAY | ENTRY SELL 100 MARKET DAY after-exit-fill",
            "30;  50; true;  cancel | EXIT SELL 50 MARKET DAY",
            "50;  50; true;  cancel | EXIT SELL 50 MARKET DAY"})
    void sideSwapQuantities(String quantity, String position, boolean subtract, String expected) {
        assertEquals(expected, plan(signal(SignalAction.SELL).withQuantity(d(quantity), null),
                p -> p.subtractExitQuantity = subtract, holding(position)));
    }

    // --- allowed sides -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} with {1} when position {2}")
    @CsvSource(delimiter = ';', value = {
            "SELL; LONG_ONLY;  0;   ignored: short entries not allowed (long only)",
            "SELL; LONG_ONLY;  10;  cancel | EXIT SELL 10 MARKET DAY",
            "BUY;  SHORT_ONLY; 0;   ignored: long entries not allowed (short only)",
            "BUY;  SHORT_ONLY; -10; cancel | EXIT BUY 10 MARKET DAY",
            "BUY;  LONG_ONLY;  0;   cancel | ENTRY BUY 1 MARKET DAY"})
    void allowedSides(SignalAction action, AllowedSides sides, String position, String expected) {
        assertEquals(expected, plan(signal(action), p -> p.sides = sides, holding(position)));
    }

    // --- sizing ----------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1} {0} (multiplier {2})")
    @CsvSource(delimiter = ';', value = {
            "3;    FIXED_QUANTITY;    1;   cancel | ENTRY BUY 3 MARKET DAY",
            "3;    FIXED_QUANTITY;    2;   cancel | ENTRY BUY 6 MARKET DAY",
            "2.9;  FIXED_QUANTITY;    1;   cancel | ENTRY BUY 2 MARKET DAY",
            "1000; DOLLAR_AMOUNT;     1;   cancel | ENTRY BUY 10 MARKET DAY",
            "1050; DOLLAR_AMOUNT;     1;   cancel | ENTRY BUY 10 MARKET DAY",
            "1050; DOLLAR_AMOUNT;     2;   cancel | ENTRY BUY 21 MARKET DAY",
            "50;   DOLLAR_AMOUNT;     1;   rejected: quantity 0.5 rounds to zero at the instrument's lot step",
            "10;   PERCENT_OF_EQUITY; 1;   cancel | ENTRY BUY 100 MARKET DAY",
            "10;   PERCENT_OF_POSITION; 1; rejected: percent_of_position sizes exits only",
            "200;  RISK_DOLLAR_AMOUNT; 1;  rejected: risk_dollar_amount sizing needs a stop loss with a stop price"})
    void sizing(String quantity, QuantityType type, String multiplier, String expected) {
        assertEquals(expected, plan(signal(SignalAction.BUY).withQuantity(d(quantity), type),
                p -> p.multiplier = d(multiplier), holding("0")));
    }

    @Test
    void percentOfEquityLeavesUnrealizedProfitOut() {
        assertEquals("cancel | ENTRY BUY 95 MARKET DAY",
                plan(signal(SignalAction.BUY).withQuantity(d("10"), QuantityType.PERCENT_OF_EQUITY),
                        PlanningFixture.withUnrealized(holding("0"), "5000")));
    }

    @Test
    void theBrokerIsAskedForEquityOnlyByPercentOfEquitySizing() {
        MarketSnapshot held = holding("0");
        MarketSnapshot unreachable = new MarketSnapshot(held.position(), held.bid(), held.ask(), held.last(), () -> {
            throw new IllegalStateException("equity asked");
        }, held.now(), held.broker());
        for (QuantityType type : List.of(QuantityType.FIXED_QUANTITY, QuantityType.DOLLAR_AMOUNT)) {
            assertEquals("cancel | ENTRY BUY 10 MARKET DAY",
                    plan(signal(SignalAction.BUY).withQuantity(d(type == QuantityType.FIXED_QUANTITY ? "10" : "1000"),
                            type), unreachable), type.name());
        }
        TradeSignal equitySized = signal(SignalAction.BUY).withQuantity(d("10"), QuantityType.PERCENT_OF_EQUITY);
        assertThrows(IllegalStateException.class, () -> plan(equitySized, unreachable));
    }

    @Test
    void riskDollarAmountDividesByTheDistanceToTheStop() {
        assertEquals("cancel | ENTRY BUY 100 MARKET DAY sl 98",
                plan(signal(SignalAction.BUY).withQuantity(d("200"), QuantityType.RISK_DOLLAR_AMOUNT)
                        .withBracket(null, StopLoss.at(d("98"))), holding("0")));
    }

    @Test
    void fractionalInstrumentsRoundDownToTheirLotStep() {
        assertEquals("cancel | ENTRY BUY 3.3333 MARKET DAY", plan(TradeSignal.of("BTC/USD", SignalAction.BUY)
                .withQuantity(d("333.339"), QuantityType.DOLLAR_AMOUNT), p -> { }, OrderSettings.NONE, BTC, holding("0")));
    }

    @Test
    void sizingFallsBackToTheSignalPriceAndOtherwiseRefuses() {
        TradeSignal dollars = signal(SignalAction.BUY).withQuantity(d("1000"), QuantityType.DOLLAR_AMOUNT);
        MarketSnapshot noQuote = PlanningFixture.withoutQuote(holding("0"));
        assertEquals("rejected: no price to size the order: no quote and no signal price", plan(dollars, noQuote));
        assertEquals("cancel | ENTRY BUY 20 MARKET DAY", plan(dollars.withPrice(d("50")), noQuote));
    }

    @Test
    void precedenceSignalThenSubscriptionThenStrategyThenPlatform() {
        OrderSettings strategy = new OrderSettings(QuantityType.FIXED_QUANTITY, d("7"), OrderType.LIMIT, null,
                TimeInForce.GTC, null, null);
        assertEquals("cancel | ENTRY BUY 7 LIMIT GTC limit 100",
                plan(signal(SignalAction.BUY), p -> { }, strategy, AAPL, holding("0")));
        assertEquals("cancel | ENTRY BUY 4 LIMIT GTC limit 100", plan(signal(SignalAction.BUY),
                p -> p.own = new OrderSettings(QuantityType.FIXED_QUANTITY, d("4"), null, null, null, null, null),
                strategy, AAPL, holding("0")));
        assertEquals("cancel | ENTRY BUY 2 MARKET IOC", plan(signal(SignalAction.BUY).withQuantity(d("2"), null)
                        .withOrder(OrderType.MARKET, null, null).withCancel(null, false),
                p -> p.own = new OrderSettings(QuantityType.FIXED_QUANTITY, d("4"), null, null, TimeInForce.IOC, null, null),
                strategy, AAPL, holding("0")));
    }

    // --- take profit and stop loss by precedence: signal (when used), subscription, strategy, none -------------------

    private static final OrderSettings STRATEGY_BRACKET = new OrderSettings(null, null, null, null, null,
            new TakeProfit(null, d("10"), null), StopLoss.percent(d("5")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "strategy only;                          -;          -;         -;         -;         true;  cancel | ENTRY BUY 1 MARKET DAY tp 110 sl 95",
            "subscription beats strategy;            -;          -;         amount:3;  amount:1;  true;  cancel | ENTRY BUY 1 MARKET DAY tp 103 sl 99",
            "signal beats both;                      percent:2;  price:97;  amount:3;  amount:1;  true;  cancel | ENTRY BUY 1 MARKET DAY tp 102 sl 97",
            "signal ignored when not used;           percent:2;  price:97;  amount:3;  amount:1;  false; cancel | ENTRY BUY 1 MARKET DAY tp 103 sl 99",
            "signal ignored, strategy next;          percent:2;  price:97;  -;         -;         false; cancel | ENTRY BUY 1 MARKET DAY tp 110 sl 95",
            "signal's stop, subscription's target;   -;          price:97;  amount:3;  -;         true;  cancel | ENTRY BUY 1 MARKET DAY tp 103 sl 97"})
    void bracketDefaultsByPrecedence(String name, String signalTp, String signalSl, String ownTp, String ownSl,
                                     boolean useSignal, String expected) {
        TradeSignal signal = signal(SignalAction.BUY).withBracket(signalTp == null ? null : takeProfit(signalTp),
                signalSl == null ? null : stopLoss(signalSl));
        OrderSettings own = new OrderSettings(null, null, null, null, null, ownTp == null ? null : takeProfit(ownTp),
                ownSl == null ? null : stopLoss(ownSl));
        assertEquals(expected, plan(signal, p -> {
            p.own = own;
            p.useSignal = new SignalToggles(true, true, true, true, useSignal, useSignal);
        }, STRATEGY_BRACKET, AAPL, holding("0")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "BUY;  stop_limit;  cancel | ENTRY BUY 1 MARKET DAY sl 98 sl-limit 97.5",
            "SELL; stop_limit;  cancel | ENTRY SELL 1 MARKET DAY sl 102 sl-limit 102.5",
            "BUY;  trail_amount; cancel | ENTRY BUY 1 MARKET DAY trail 1.5",
            "SELL; trail_percent; cancel | ENTRY SELL 1 MARKET DAY trail 0.8%"})
    void stopLossDefaultsOfEveryType(SignalAction action, String kind, String expected) {
        StopLoss loss = switch (kind) {
            case "stop_limit" -> new StopLoss(StopLossType.STOP_LIMIT, null, d("2"), null, null, null, null, d("0.5"));
            case "trail_amount" -> new StopLoss(StopLossType.TRAILING_STOP, null, null, null, null, d("1.5"), null);
            default -> new StopLoss(StopLossType.TRAILING_STOP, null, null, null, null, null, d("0.8"));
        };
        assertEquals(expected, plan(signal(action), p -> { },
                new OrderSettings(null, null, null, null, null, null, loss), AAPL, holding("0")));
    }

    @Test
    void riskSizingTakesTheStopFromTheDefaults() {
        OrderSettings strategy = new OrderSettings(QuantityType.RISK_DOLLAR_AMOUNT, d("200"), null, null, null, null,
                new StopLoss(StopLossType.STOP, null, null, d("2"), null, null, null));
        assertEquals("cancel | ENTRY BUY 100 MARKET DAY sl 98",
                plan(signal(SignalAction.BUY), p -> { }, strategy, AAPL, holding("0")));
    }

    @Test
    void aLimitOffsetBeyondZeroIsRefused() {
        StopLoss loss = new StopLoss(StopLossType.STOP_LIMIT, null, null, d("50"), null, null, null, d("60"));
        assertEquals("rejected: the stop loss limit -10 is not a positive price", plan(signal(SignalAction.BUY),
                p -> { }, new OrderSettings(null, null, null, null, null, null, loss), AAPL, holding("0")));
    }

    // --- prices: rounding to the tick ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} limit {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "BUY;  LIMIT;      100.017; -;      cancel | ENTRY BUY 1 LIMIT DAY limit 100.01",
            "SELL; LIMIT;      100.011; -;      cancel | ENTRY SELL 1 LIMIT DAY limit 100.02",
            "BUY;  LIMIT;      -;       -;      cancel | ENTRY BUY 1 LIMIT DAY limit 100",
            "BUY;  STOP;       -;       101.004; cancel | ENTRY BUY 1 STOP DAY stop 101",
            "SELL; STOP_LIMIT; 98.001;  98.499; cancel | ENTRY SELL 1 STOP_LIMIT DAY limit 98.01 stop 98.5"})
    void pricesRoundToTheTick(SignalAction action, OrderType type, String limit, String stop, String expected) {
        assertEquals(expected, plan(signal(action).withOrder(type, limit == null ? null : d(limit),
                stop == null ? null : d(stop)), holding("0")));
    }

    // --- broker fallbacks ------------------------------------------------------------------------------------------

    @Test
    void unsupportedOrderTypeFallsBackToTheSubscriptionDefaultOrIsRejected() {
        MarketSnapshot marketOnly = PlanningFixture.withBroker(holding("0"),
                new BrokerCapabilities(Set.of(OrderType.MARKET), Set.of(TimeInForce.DAY, TimeInForce.GTC), true));
        TradeSignal limit = signal(SignalAction.BUY).withOrder(OrderType.LIMIT, d("99"), null);
        assertEquals("cancel | ENTRY BUY 1 MARKET DAY", plan(limit,
                p -> p.own = new OrderSettings(null, null, OrderType.MARKET, null, null, null, null), marketOnly));
        assertEquals("rejected: order type limit is not supported by the broker and the subscription has no supported"
                + " default", plan(limit, marketOnly));
    }

    @Test
    void unsupportedTimeInForceFallsBackToTheSubscriptionDefaultOrIsRejected() {
        MarketSnapshot dayGtc = PlanningFixture.withBroker(holding("0"),
                new BrokerCapabilities(Set.of(OrderType.values()), Set.of(TimeInForce.DAY, TimeInForce.GTC), true));
        TradeSignal ioc = new TradeSignal("AAPL", SignalAction.BUY, null, null, null, null, null, null, null,
                TimeInForce.IOC, null, null, null, false);
        assertEquals("cancel | ENTRY BUY 1 MARKET GTC", plan(ioc,
                p -> p.own = new OrderSettings(null, null, null, null, TimeInForce.GTC, null, null), dayGtc));
        assertEquals("rejected: time in force ioc is not supported by the broker and the subscription has no supported"
                + " default", plan(ioc, dayGtc));
    }

    // --- brackets --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} tp {1} sl {2}")
    @CsvSource(delimiter = ';', value = {
            "BUY;  percent:5;    percent:2;   cancel | ENTRY BUY 1 MARKET DAY tp 105 sl 98",
            "SELL; amount:3;     amount:1.5;  cancel | ENTRY SELL 1 MARKET DAY tp 97 sl 101.5",
            "BUY;  price:110.004; price:95.006; cancel | ENTRY BUY 1 MARKET DAY tp 110.01 sl 95.01",
            "BUY;  price:99;     percent:2;   rejected: take profit 99 is not above the entry price 100",
            "BUY;  percent:5;    price:101;   rejected: stop loss 101 is not below the entry price 100",
            "SELL; percent:5;    price:99;    rejected: stop loss 99 is not above the entry price 100"})
    void brackets(SignalAction action, String takeProfit, String stopLoss, String expected) {
        assertEquals(expected, plan(signal(action).withBracket(takeProfit(takeProfit), stopLoss(stopLoss)), holding("0")));
    }

    @Test
    void brokerWithoutBracketsRefusesRatherThanDroppingTheStop() {
        MarketSnapshot noBrackets = PlanningFixture.withBroker(holding("0"),
                new BrokerCapabilities(Set.of(OrderType.values()), Set.of(TimeInForce.values()), false));
        assertEquals("rejected: the broker does not support brackets; refusing to send the entry without its legs",
                plan(signal(SignalAction.BUY).withBracket(null, StopLoss.percent(d("2"))), noBrackets));
    }

    @ParameterizedTest(name = "invalid: {0}")
    @CsvSource(delimiter = ';', value = {
            "takeProfit needs exactly one of limitPrice, percent, amount",
            "stopLoss needs exactly one of stopPrice, percent, amount",
            "stopLoss.limitPrice goes with type stop_limit, and only with it",
            "a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent",
            "stopLoss.limitOffset goes with type stop_limit, and only with it",
            "a stop_limit stopLoss takes limitPrice or limitOffset, not both",
            "takeProfit values must be positive, got -1"})
    void bracketValidation(String message) {
        Runnable build = switch (message) {
            case "takeProfit needs exactly one of limitPrice, percent, amount" -> () -> new TakeProfit(d("1"), d("2"), null);
            case "stopLoss needs exactly one of stopPrice, percent, amount" ->
                    () -> new StopLoss(StopLossType.STOP, null, null, null, null, null, null);
            case "stopLoss.limitPrice goes with type stop_limit, and only with it" ->
                    () -> new StopLoss(StopLossType.STOP_LIMIT, d("95"), null, null, null, null, null);
            case "a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent" ->
                    () -> new StopLoss(StopLossType.TRAILING_STOP, null, null, null, null, d("1"), d("1"));
            case "stopLoss.limitOffset goes with type stop_limit, and only with it" ->
                    () -> new StopLoss(StopLossType.STOP, null, d("2"), null, null, null, null, d("1"));
            case "a stop_limit stopLoss takes limitPrice or limitOffset, not both" ->
                    () -> new StopLoss(StopLossType.STOP_LIMIT, null, d("2"), null, d("97"), null, null, d("1"));
            default -> () -> new TakeProfit(null, d("-1"), null);
        };
        assertEquals(message, assertThrows(IllegalArgumentException.class, build::run).getMessage());
    }

    // --- trading windows across the 2026 US daylight-saving change (8 March) --------------------------------------

    private static final ExchangeSessions REGULAR_HOURS = ExchangeSessions.parse("Mon-Fri 09:30-16:00", "windows");

    /** Regular hours, and a window past midnight as futures sessions have (Sunday 18:00 to Monday 17:00, …). */
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = ';', value = {
            "Mon-Fri 09:30-16:00; 2026-03-06T14:35:00Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Mon-Fri 09:30-16:00; 2026-03-06T14:29:59Z; ignored: entry ignored: outside trading window",
            "Mon-Fri 09:30-16:00; 2026-03-06T13:35:00Z; ignored: entry ignored: outside trading window",
            "Mon-Fri 09:30-16:00; 2026-03-09T13:35:00Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Mon-Fri 09:30-16:00; 2026-03-09T20:00:00Z; ignored: entry ignored: outside trading window",
            "Mon-Fri 09:30-16:00; 2026-03-09T19:59:59Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Mon-Fri 09:30-16:00; 2026-03-07T15:00:00Z; ignored: entry ignored: outside trading window",
            "Sun-Thu 18:00-17:00; 2026-03-08T22:00:00Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Sun-Thu 18:00-17:00; 2026-03-09T06:00:00Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Sun-Thu 18:00-17:00; 2026-03-09T21:30:00Z; ignored: entry ignored: outside trading window",
            "Sun-Thu 18:00-17:00; 2026-03-13T20:59:00Z; cancel | ENTRY BUY 1 MARKET DAY",
            "Sun-Thu 18:00-17:00; 2026-03-13T22:30:00Z; ignored: entry ignored: outside trading window"})
    void windowsFollowTheExchangeClockAcrossDst(String windows, String now, String expected) {
        assertEquals(expected, plan(signal(SignalAction.BUY), p -> p.windows = ExchangeSessions.parse(windows, "windows"),
                PlanningFixture.at(holding("0"), Instant.parse(now))));
    }

    @Test
    void exitsOutsideWindowsFollowTheSubscription() {
        MarketSnapshot night = PlanningFixture.at(holding("10"), Instant.parse("2026-03-04T03:00:00Z"));
        assertEquals("EXIT SELL 10 MARKET DAY", plan(signal(SignalAction.EXIT), p -> p.windows = REGULAR_HOURS, night));
        assertEquals("ignored: outside trading window", plan(signal(SignalAction.EXIT), p -> {
            p.windows = REGULAR_HOURS;
            p.exitsOutsideWindows = false;
        }, night));
        assertEquals("cancel | EXIT SELL 10 MARKET DAY", plan(signal(SignalAction.SELL), p -> p.windows = REGULAR_HOURS,
                night), "a reversal outside the window exits but does not enter");
    }

    @Test
    void ignoreTradingWindowsBypassesThem() {
        MarketSnapshot night = PlanningFixture.at(holding("0"), Instant.parse("2026-03-04T03:00:00Z"));
        assertEquals("cancel | ENTRY BUY 1 MARKET DAY", plan(signal(SignalAction.BUY).withCancel(null, true),
                p -> p.windows = REGULAR_HOURS, night));
    }

    // --- cancel step -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "signal cancel={0}, subscription cancels={1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "-;     true;  cancel | ENTRY BUY 1 MARKET DAY",
            "-;     false; ENTRY BUY 1 MARKET DAY",
            "false; true;  ENTRY BUY 1 MARKET DAY",
            "true;  false; cancel | ENTRY BUY 1 MARKET DAY"})
    void cancelStep(Boolean cancel, boolean subscriptionCancels, String expected) {
        assertEquals(expected, plan(signal(SignalAction.BUY).withCancel(cancel, false),
                p -> p.cancelOpenOrders = subscriptionCancels, holding("0")));
    }

    @ParameterizedTest
    @EnumSource(SignalAction.class)
    void planningIsDeterministic(SignalAction action) {
        assertEquals(plan(signal(action), holding("10")), plan(signal(action), holding("10")));
    }

    private static TakeProfit takeProfit(String spec) {
        String[] kv = spec.split(":");
        return switch (kv[0]) {
            case "percent" -> new TakeProfit(null, d(kv[1]), null);
            case "amount" -> new TakeProfit(null, null, d(kv[1]));
            default -> new TakeProfit(d(kv[1]), null, null);
        };
    }

    private static StopLoss stopLoss(String spec) {
        String[] kv = spec.split(":");
        return switch (kv[0]) {
            case "percent" -> StopLoss.percent(d(kv[1]));
            case "amount" -> new StopLoss(StopLossType.STOP, null, null, d(kv[1]), null, null, null);
            default -> StopLoss.at(d(kv[1]));
        };
    }
}
