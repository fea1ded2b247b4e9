package org.autopilot.admin.web.control;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.forms.RiskLimitsForm;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.StaleEdit;

/**
 * A strategy's risk limits, checked across all its accounts (order size and notional, open orders, orders per
 * minute, duplicates); positions, exposure and daily loss are account limits, set on each account's page.
 */
@Named
@ViewScoped
public class StrategyLimitsBacking implements Serializable {

    private static final String FORM = "strategyLimitsForm";
    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("maxOrderQuantity", "maxOrderQuantity"), Map.entry("maxOrderNotional", "maxOrderNotional"),
            Map.entry("maxOpenOrders", "maxOpenOrders"), Map.entry("maxOrdersPerMinute", "maxOrdersPerMinute"),
            Map.entry("duplicateWindowSeconds", "duplicateWindowSeconds"));

    @Inject
    RiskControl risk;

    @Inject
    SignedInStaff staff;

    private String strategyId;
    private String strategyName;
    private long version = -1;
    private RiskLimitsForm form = new RiskLimitsForm();

    public void prepare(WebhookStrategyView strategy) {
        strategyId = strategy.id().toString();
        strategyName = strategy.name();
        RiskLimitsView view = risk.limits(RiskScope.STRATEGY, strategyId);
        version = view.version();
        form = RiskLimitsForm.of(view.limits());
    }

    public void save() {
        try {
            version = risk.change(RiskScope.STRATEGY, strategyId, form.toLimits(), version, staff.getUsername()).version();
            FormMessages.done(null, "Risk limits of " + strategyName + " saved", "They apply to the strategy's next order.");
        } catch (StaleEdit stale) {
            FormMessages.refusalAt(FORM, stale.getMessage());
        } catch (IllegalArgumentException e) {
            FormMessages.refusal(FORM, e.getMessage(), FIELDS);
        }
    }

    public String getStrategyName() {
        return strategyName;
    }

    public RiskLimitsForm getForm() {
        return form;
    }
}
