package org.autopilot.brokers.infrastructure.persistence.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerPosition;

/** An open position of a paper venue (row of {@code paper_position}). */
@Entity
@Table(name = "paper_position")
class PaperPositionRecord {

    /** Venue and symbol. */
    @Embeddable
    record Key(@Column(name = "account_id") UUID accountId, @Column(name = "symbol") String symbol)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(nullable = false, precision = 36, scale = 12)
    private BigDecimal quantity;

    @Column(name = "average_price", nullable = false, precision = 36, scale = 12)
    private BigDecimal averagePrice;

    protected PaperPositionRecord() {
    }

    PaperPositionRecord(Key key) {
        this.id = key;
    }

    void set(BrokerPosition position) {
        quantity = Decimals.column(position.quantity());
        averagePrice = Decimals.column(position.averagePrice());
    }

    BrokerPosition toPosition() {
        return new BrokerPosition(id.symbol(), Decimals.value(quantity), Decimals.value(averagePrice));
    }
}
