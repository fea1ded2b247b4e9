package org.autopilot.trading.domain.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An account's equity when its trading day began (the first time Autopilot looked that day), the base of its daily
 * P&L, and the day's peak equity seen so far, the base of its drawdown. Trading days follow New York's calendar date,
 * the paper session's home.
 */
@Entity
@Table(name = "account_trading_day")
public class TradingDay {

    public static final ZoneId CALENDAR = ZoneId.of("America/New_York");

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "trading_day") LocalDate day) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "opening_equity", nullable = false)
    private BigDecimal openingEquity;

    @Column(name = "peak_equity")
    private BigDecimal peakEquity;

    protected TradingDay() {
    }

    public static TradingDay open(UUID accountId, Instant now, BigDecimal equity) {
        TradingDay day = new TradingDay();
        day.key = new Key(accountId, dayOf(now));
        day.openingEquity = equity;
        day.peakEquity = equity;
        return day;
    }

    public static LocalDate dayOf(Instant at) {
        return at.atZone(CALENDAR).toLocalDate();
    }

    public BigDecimal openingEquity() {
        return openingEquity;
    }

    /** Takes an observation of the account's equity: the day's peak rises with it. */
    public void observe(BigDecimal equity) {
        if (equity.compareTo(peakEquity()) > 0) {
            peakEquity = equity;
        }
    }

    public BigDecimal peakEquity() {
        return peakEquity != null ? peakEquity : openingEquity;
    }
}
