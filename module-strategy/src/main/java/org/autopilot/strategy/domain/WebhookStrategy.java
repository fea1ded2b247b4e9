package org.autopilot.strategy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.autopilot.strategy.api.WebhookStrategyView;

/**
 * A strategy fed by webhooks. Guarantees: a unique non-blank name, well-formed upper-case allowed tickers, a
 * password that exists only as its hash, and valid source limits (see {@link SourceLimits}).
 */
@Entity
@Cacheable
@Table(name = "webhook_strategy")
public class WebhookStrategy {

    /** SIGNALS.md defaults. */
    static final int DEFAULT_PER_MINUTE = 60;
    static final int DEFAULT_PER_HOUR = 500;
    static final int MAX_PER_MINUTE = 1_000_000;

    private static final Pattern TICKER = Pattern.compile("[A-Z0-9][A-Z0-9 .:/_!-]{0,31}");

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "allowed_tickers", nullable = false)
    private String allowedTickers;

    @Column(name = "max_signal_age_seconds")
    private Integer maxSignalAgeSeconds;

    @Column(name = "rate_limit_per_minute", nullable = false)
    private int signalsPerMinute;

    @Column(name = "rate_limit_per_hour", nullable = false)
    private int signalsPerHour;

    @Column(name = "signing_secret_enc")
    private String signingSecretEncrypted;

    @Column(name = "allowed_sources", nullable = false)
    private String allowedSources;

    @Column(name = "trading_view_only", nullable = false)
    private boolean tradingViewOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WebhookStrategy() {
    }

    /** A new strategy whose password is {@code password} (kept only as a hash). */
    public static WebhookStrategy create(String name, Set<String> allowedTickers, Duration maxSignalAge,
                                         String password, Instant now) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("strategy name must be 1-120 characters");
        }
        for (String ticker : allowedTickers) {
            if (!TICKER.matcher(ticker).matches()) {
                throw new IllegalArgumentException("allowed ticker '" + ticker + "' is not a valid upper-case ticker");
            }
        }
        if (maxSignalAge != null && (maxSignalAge.isNegative() || maxSignalAge.isZero())) {
            throw new IllegalArgumentException("max signal age must be positive");
        }
        WebhookStrategy s = new WebhookStrategy();
        s.id = UUID.randomUUID();
        s.name = name.strip();
        s.passwordHash = WebhookPassword.hash(password);
        s.allowedTickers = String.join(",", new TreeSet<>(allowedTickers));
        s.maxSignalAgeSeconds = maxSignalAge == null ? null : Math.toIntExact(maxSignalAge.toSeconds());
        s.signalsPerMinute = DEFAULT_PER_MINUTE;
        s.signalsPerHour = DEFAULT_PER_HOUR;
        s.allowedSources = "";
        s.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return s;
    }

    /**
     * Sets how many signals the strategy accepts per minute and per hour: at least 1, at most
     * {@value #MAX_PER_MINUTE} a minute, and an hour allows at least a minute's worth.
     */
    public void limitRate(int perMinute, int perHour) {
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("signals per minute must be 1-" + MAX_PER_MINUTE + ", not " + perMinute);
        }
        if (perHour < perMinute || perHour > 60 * MAX_PER_MINUTE) {
            throw new IllegalArgumentException("signals per hour must be at least the signals per minute (" + perMinute
                    + ") and at most " + 60 * MAX_PER_MINUTE + ", not " + perHour);
        }
        this.signalsPerMinute = perMinute;
        this.signalsPerHour = perHour;
    }

    /** From now on every request must carry a Standard Webhooks signature made with this (encrypted) secret. */
    public void requireSignatures(String encryptedSecret) {
        this.signingSecretEncrypted = encryptedSecret;
    }

    /** The encrypted signing secret, when signatures are required. */
    public Optional<String> signingSecretEncrypted() {
        return Optional.ofNullable(signingSecretEncrypted);
    }

    /** Replaces where requests may come from; see {@link SourceLimits} for how the list and the switch combine. */
    public void limitSources(SourceLimits limits) {
        this.allowedSources = limits.storedAllowList();
        this.tradingViewOnly = limits.tradingViewOnly();
    }

    public SourceLimits sourceLimits() {
        return SourceLimits.stored(allowedSources, tradingViewOnly);
    }

    public boolean passwordMatches(String password) {
        return WebhookPassword.matches(password, passwordHash);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public WebhookStrategyView toView() {
        Set<String> tickers = allowedTickers.isEmpty() ? Set.of()
                : Arrays.stream(allowedTickers.split(",")).collect(Collectors.toUnmodifiableSet());
        return new WebhookStrategyView(id, name, tickers,
                maxSignalAgeSeconds == null ? null : Duration.ofSeconds(maxSignalAgeSeconds), signalsPerMinute,
                signalsPerHour, signingSecretEncrypted != null);
    }
}
