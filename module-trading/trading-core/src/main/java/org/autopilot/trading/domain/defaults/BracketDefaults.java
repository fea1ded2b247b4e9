package org.autopilot.trading.domain.defaults;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.TakeProfitDefault;
import org.autopilot.trading.domain.planning.StopLoss;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.TakeProfit;

/**
 * Standing take-profit and stop-loss legs, relative to the entry price (a default cannot know prices). Accepted
 * only when the planner's {@link TakeProfit} and {@link StopLoss} accept them too; each refusal names its field.
 */
@Embeddable
public class BracketDefaults {

    private static final int DIGITS = 16;
    private static final int DECIMALS = 8;

    @Column(name = "take_profit_percent", precision = 24, scale = 8)
    private BigDecimal takeProfitPercent;

    @Column(name = "take_profit_amount", precision = 24, scale = 8)
    private BigDecimal takeProfitAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_loss_type")
    private StopLossType stopLossType;

    @Column(name = "stop_loss_percent", precision = 24, scale = 8)
    private BigDecimal stopLossPercent;

    @Column(name = "stop_loss_amount", precision = 24, scale = 8)
    private BigDecimal stopLossAmount;

    @Column(name = "stop_loss_limit_offset", precision = 24, scale = 8)
    private BigDecimal stopLossLimitOffset;

    @Column(name = "stop_loss_trail_amount", precision = 24, scale = 8)
    private BigDecimal stopLossTrailAmount;

    @Column(name = "stop_loss_trail_percent", precision = 24, scale = 8)
    private BigDecimal stopLossTrailPercent;

    protected BracketDefaults() {
    }

    /**
     * Validated legs; either may be null (no such leg at this level).
     *
     * @throws InvalidSetting naming the field ({@code takeProfit.percent}, {@code stopLoss.limitOffset}, ...)
     */
    public static BracketDefaults of(TakeProfitDefault takeProfit, StopLossDefault stopLoss) {
        BracketDefaults b = new BracketDefaults();
        if (takeProfit != null) {
            requireExactlyOne("takeProfit", "takeProfit needs exactly one of percent, amount",
                    takeProfit.percent(), takeProfit.amount());
            b.takeProfitPercent = Decimals.positive("takeProfit.percent", takeProfit.percent(), DIGITS, DECIMALS);
            b.takeProfitAmount = Decimals.positive("takeProfit.amount", takeProfit.amount(), DIGITS, DECIMALS);
        }
        if (stopLoss != null) {
            b.acceptStopLoss(stopLoss);
        }
        // the planner's own rules have the last word
        b.takeProfit();
        b.stopLoss();
        return b;
    }

    private void acceptStopLoss(StopLossDefault sl) {
        if (sl.type() == null) {
            throw new InvalidSetting("stopLoss.type", "stopLoss.type is required: stop, stop_limit or trailing_stop");
        }
        stopLossType = StopLossType.valueOf(sl.type().name());
        if (stopLossType == StopLossType.TRAILING_STOP) {
            if (sl.percent() != null || sl.amount() != null || sl.limitOffset() != null) {
                throw new InvalidSetting("stopLoss", "a trailing_stop stopLoss takes trailAmount or trailPercent only");
            }
            requireExactlyOne("stopLoss", "a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent",
                    sl.trailAmount(), sl.trailPercent());
            stopLossTrailAmount = Decimals.positive("stopLoss.trailAmount", sl.trailAmount(), DIGITS, DECIMALS);
            stopLossTrailPercent = Decimals.percentBelowHundred("stopLoss.trailPercent", sl.trailPercent());
            return;
        }
        if (sl.trailAmount() != null || sl.trailPercent() != null) {
            throw new InvalidSetting("stopLoss", "stopLoss.trailAmount and trailPercent go with type trailing_stop only");
        }
        requireExactlyOne("stopLoss", "stopLoss needs exactly one of percent, amount", sl.percent(), sl.amount());
        stopLossPercent = Decimals.percentBelowHundred("stopLoss.percent", sl.percent());
        stopLossAmount = Decimals.positive("stopLoss.amount", sl.amount(), DIGITS, DECIMALS);
        if ((stopLossType == StopLossType.STOP_LIMIT) != (sl.limitOffset() != null)) {
            throw new InvalidSetting("stopLoss.limitOffset", stopLossType == StopLossType.STOP_LIMIT
                    ? "stopLoss.limitOffset is required for type stop_limit"
                    : "stopLoss.limitOffset goes with type stop_limit only");
        }
        stopLossLimitOffset = Decimals.positive("stopLoss.limitOffset", sl.limitOffset(), DIGITS, DECIMALS);
    }

    private static void requireExactlyOne(String field, String message, BigDecimal... values) {
        if (Stream.of(values).filter(Objects::nonNull).count() != 1) {
            throw new InvalidSetting(field, message);
        }
    }

    /** The planner's take profit, null when none is set. */
    public TakeProfit takeProfit() {
        return takeProfitPercent == null && takeProfitAmount == null ? null
                : new TakeProfit(null, takeProfitPercent, takeProfitAmount);
    }

    /** The planner's stop loss, null when none is set. */
    public StopLoss stopLoss() {
        return stopLossType == null ? null : new StopLoss(stopLossType, null, stopLossPercent, stopLossAmount, null,
                stopLossTrailAmount, stopLossTrailPercent, stopLossLimitOffset);
    }

    public TakeProfitDefault takeProfitDefault() {
        return takeProfitPercent == null && takeProfitAmount == null ? null
                : new TakeProfitDefault(Decimals.plain(takeProfitPercent), Decimals.plain(takeProfitAmount));
    }

    public StopLossDefault stopLossDefault() {
        return stopLossType == null ? null : new StopLossDefault(StopLossDefault.Type.valueOf(stopLossType.name()),
                Decimals.plain(stopLossPercent), Decimals.plain(stopLossAmount), Decimals.plain(stopLossLimitOffset),
                Decimals.plain(stopLossTrailAmount), Decimals.plain(stopLossTrailPercent));
    }
}
