import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop webhook load: requests are scheduled at a fixed rate (request i at start + i/rate) and sent
 * asynchronously whether or not earlier ones were answered; each latency is measured from the request's
 * scheduled send time to the arrival of the complete answer, so a stalled server or client cannot hide
 * queueing delay (no coordinated omission).
 *
 * Usage: java bench/WebhookLoad.java <webhook-url> <rate-per-second> <seconds> [warm-up-seconds] [GET]
 * With GET the same schedule sends plain GET requests (the health endpoint: the floor of server and machine).
 * With WEBHOOK_LATENCY_LOG=<file> the measured run's requests are also written there, one line each: scheduled send
 * time (epoch ms), latency (ms) and how late this client sent it (ms), to see when the slow ones happen.
 */
public class WebhookLoad {
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        boolean get = args.length > 4 && args[4].equals("GET");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        if (warmUp > 0) {
            System.out.println("warm-up: " + warmUp + " s at " + rate + "/s (not recorded)");
            run(http, url, rate, warmUp, get);
        }
        long epochStart = System.currentTimeMillis() - System.nanoTime() / 1_000_000;
        Result r = run(http, url, rate, seconds, get);
        String log = System.getenv("WEBHOOK_LATENCY_LOG");
        if (log != null && !log.isBlank()) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < r.latencyNanos.length; i++) {
                lines.append(epochStart + r.scheduledNanos[i] / 1_000_000).append(' ')
                        .append(String.format("%.2f %.2f", r.latencyNanos[i] / 1e6, r.sendLagNanos[i] / 1e6))
                        .append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(log), lines);
        }
        long[] ok = Arrays.stream(r.latencyNanos).filter(v -> v >= 0).sorted().toArray();
        System.out.printf("requests=%d rate=%.0f/s duration=%ds statuses=%s max-send-lag=%.1fms%n",
                r.latencyNanos.length, rate, seconds, r.statuses, r.maxSendLagNanos / 1e6);
        System.out.printf("RESULT webhook_ack_ms p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f (n=%d, 2xx only)%n",
                pct(ok, 50), pct(ok, 90), pct(ok, 99), pct(ok, 99.9), ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6, ok.length);
        System.exit(0);
    }

    record Result(long[] latencyNanos, long[] scheduledNanos, long[] sendLagNanos, Map<String, Integer> statuses,
                  long maxSendLagNanos) {
    }

    static Result run(HttpClient http, URI url, double rate, int seconds, boolean get) throws Exception {
        int n = (int) Math.round(rate * seconds);
        long[] latency = new long[n];
        long[] schedule = new long[n];
        long[] lag = new long[n];
        Arrays.fill(latency, -1);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[n];
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long maxLag = 0;
        for (int i = 0; i < n; i++) {
            long scheduled = start + i * interval;
            schedule[i] = scheduled;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            lag[i] = System.nanoTime() - scheduled;
            maxLag = Math.max(maxLag, lag[i]);
            int index = i;
            HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30));
            HttpRequest request = get ? builder.GET().build() : builder
                    .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1}"))
                    .build();
            pending[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                long done = System.nanoTime();
                String status = error != null ? error.getClass().getSimpleName() : String.valueOf(response.statusCode());
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (error == null && response.statusCode() / 100 == 2) {
                    latency[index] = done - scheduled;
                }
                return null;
            });
        }
        CompletableFuture.allOf(pending).get(60, TimeUnit.SECONDS);
        Map<String, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        return new Result(latency, schedule, lag, counts, maxLag);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
