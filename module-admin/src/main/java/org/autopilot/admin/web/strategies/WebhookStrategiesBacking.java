package org.autopilot.admin.web.strategies;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;

/**
 * Lists webhook strategies, creates new ones, changes their rate limits and switches on request signing; a new
 * strategy's URL (with its password) and a new signing secret are shown once.
 */
@Named
@RequestScoped
public class WebhookStrategiesBacking {

    @Inject
    WebhookStrategies strategies;

    @Inject
    SignedInStaff staff;

    @Inject
    HttpServletRequest request;

    private List<WebhookStrategyView> all;
    private String name;
    private String allowedTickers;
    private Integer maxSignalAgeSeconds;
    private String newWebhookUrl;
    private String newSigningSecret;
    private String rateStrategyId;
    private Integer perMinute;
    private Integer perHour;

    @PostConstruct
    void load() {
        all = strategies.all();
    }

    public void create() {
        Set<String> tickers = Arrays.stream(allowedTickers == null ? new String[0] : allowedTickers.split("[,\\s]+"))
                .filter(t -> !t.isBlank()).map(t -> t.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        try {
            WebhookSecret secret = strategies.create(name, tickers,
                    maxSignalAgeSeconds == null ? null : Duration.ofSeconds(maxSignalAgeSeconds), staff.getUsername());
            newWebhookUrl = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + secret.path();
            all = strategies.all();
            name = null;
            allowedTickers = null;
            maxSignalAgeSeconds = null;
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Strategy not created", e.getMessage()));
        }
    }

    /** Opens the rate-limit dialog on the strategy's current limits. */
    public void editRate(WebhookStrategyView strategy) {
        rateStrategyId = strategy.id().toString();
        perMinute = strategy.signalsPerMinute();
        perHour = strategy.signalsPerHour();
    }

    /** Saves the dialog's limits; a refusal stays in the dialog with the reason and changes nothing. */
    public void saveRate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            WebhookStrategyView saved = strategies.limitRate(UUID.fromString(rateStrategyId), perMinute, perHour,
                    staff.getUsername());
            all = strategies.all();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Rate limit saved",
                    saved.name() + ": " + saved.signalsPerMinute() + "/min, " + saved.signalsPerHour() + "/h"));
        } catch (IllegalArgumentException e) {
            faces.addMessage("rateForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Rate limit not changed",
                    e.getMessage()));
            faces.validationFailed();
        }
    }

    /** Requires signed requests from now on (or rotates the secret) and shows the secret once. */
    public void requireSignatures(WebhookStrategyView strategy) {
        newSigningSecret = strategies.requireSignatures(strategy.id(), staff.getUsername());
        all = strategies.all();
    }

    /** Set only in the request that issued it; never stored in clear. */
    public String getNewSigningSecret() {
        return newSigningSecret;
    }

    public List<WebhookStrategyView> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAllowedTickers() {
        return allowedTickers;
    }

    public void setAllowedTickers(String allowedTickers) {
        this.allowedTickers = allowedTickers;
    }

    public Integer getMaxSignalAgeSeconds() {
        return maxSignalAgeSeconds;
    }

    public void setMaxSignalAgeSeconds(Integer maxSignalAgeSeconds) {
        this.maxSignalAgeSeconds = maxSignalAgeSeconds;
    }

    /** Set only in the request that created a strategy; never stored. */
    public String getNewWebhookUrl() {
        return newWebhookUrl;
    }

    public String getRateStrategyId() {
        return rateStrategyId;
    }

    public void setRateStrategyId(String rateStrategyId) {
        this.rateStrategyId = rateStrategyId;
    }

    /** The name of the strategy in the rate-limit dialog (also after a refused save, a new request). */
    public String getRateStrategyName() {
        return all.stream().filter(s -> s.id().toString().equals(rateStrategyId)).map(WebhookStrategyView::name)
                .findFirst().orElse("");
    }

    public Integer getPerMinute() {
        return perMinute;
    }

    public void setPerMinute(Integer perMinute) {
        this.perMinute = perMinute;
    }

    public Integer getPerHour() {
        return perHour;
    }

    public void setPerHour(Integer perHour) {
        this.perHour = perHour;
    }
}
