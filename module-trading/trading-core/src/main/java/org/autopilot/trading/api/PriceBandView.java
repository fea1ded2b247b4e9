package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.autopilot.strategy.api.AssetClass;

/** How far (in percent) a priced order may stray from the last quote in an asset class (fat-finger check). */
public record PriceBandView(AssetClass assetClass, BigDecimal percent, String changedBy, Instant changedAt) {
}
