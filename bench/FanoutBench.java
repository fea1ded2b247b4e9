import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fan-out measurements against a strategy subscribed by N paper accounts, observed in the paper venue's own log
 * (paper_log rows of kind SUBMIT: the order has reached the broker).
 *
 * MariaDB 10.x through Connector/J stores times to the second (see README), so server timestamps cannot give
 * sub-second latencies. Mode {@code latency} therefore measures from the client: it records the wall-clock time
 * just before posting one signal, then polls paper_log every {@code poll-ms} and notes, per account, the first
 * poll at which that account's newest log row changed (its SUBMIT: the fill follows in the same transaction; after
 * the signal, a check that every account logged exactly one more SUBMIT). Resolution: the poll interval plus one
 * query (~ a few ms). The poll reads the newest sequence number per account (one index dive each), not a count of
 * the rows, so that polling every few ms does not load the database it measures.
 *
 * Mode {@code throughput} posts {@code signals} signals (8 senders, as fast as they are answered), then counts
 * the accounts' SUBMIT rows once a second until all orders are at the venue (at most 180 s), and reports the rate over the steady
 * window between 10% and 90% of the orders.
 *
 * Usage (with -cp the Connector/J jar):
 *   java -cp mysql-connector-j.jar bench/FanoutBench.java latency    <webhook-url> <jdbc-url> <accounts,...> <signals> [poll-ms]
 *   java -cp mysql-connector-j.jar bench/FanoutBench.java throughput <webhook-url> <jdbc-url> <accounts,...> <signals>
 */
public class FanoutBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI webhook = URI.create(args[1]);
        List<String> accounts = List.of(args[3].split(","));
        int signals = Integer.parseInt(args[4]);
        try (Connection db = DriverManager.getConnection(args[2], "autopilot", "autopilot")) {
            String in = String.join(",", accounts.stream().map(a -> "?").toList());
            PreparedStatement counts = db.prepareStatement("select account_id, count(*) from paper_log where kind = 'SUBMIT'"
                    + " and account_id in (" + in + ") group by account_id");
            // the newest log row per account: one index dive per account (the key is account, sequence), so polling it
            // every few ms costs the database little, unlike counting the rows
            PreparedStatement latest = db.prepareStatement("select account_id, max(sequence_no) from paper_log"
                    + " where account_id in (" + in + ") group by account_id");
            for (int i = 0; i < accounts.size(); i++) {
                counts.setString(i + 1, accounts.get(i));
                latest.setString(i + 1, accounts.get(i));
            }
            if (mode.equals("latency")) {
                latency(webhook, counts, latest, accounts, signals, args.length > 5 ? Integer.parseInt(args[5]) : 5);
            } else {
                throughput(webhook, counts, accounts, signals);
            }
        }
        System.exit(0);
    }

    static void latency(URI webhook, PreparedStatement counts, PreparedStatement latest, List<String> accounts,
                        int signals, int pollMs) throws Exception {
        List<Long> all = new ArrayList<>();
        List<Long> lastOfSignal = new ArrayList<>();
        // priming signal, not recorded: the account workers of new accounts start (timer) and warm up
        Map<String, Long> primed = read(counts);
        send(webhook);
        long primeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int reachedPrime = 0;
        while (System.nanoTime() < primeDeadline && reachedPrime < accounts.size()) {
            Thread.sleep(500);
            Map<String, Long> now = read(counts);
            reachedPrime = (int) accounts.stream().filter(a -> now.getOrDefault(a, 0L) > primed.getOrDefault(a, 0L)).count();
        }
        System.out.printf("priming signal: %d of %d accounts reached the venue%n", reachedPrime, accounts.size());
        int missing = 0;
        int notOneSubmit = 0;
        for (int s = 0; s < signals; s++) {
            Map<String, Long> submitsBefore = read(counts);
            Map<String, Long> before = read(latest);
            long sent = System.nanoTime();
            HttpResponse<String> answer = send(webhook);
            long acked = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("signal refused: " + answer.statusCode() + " " + answer.body());
            }
            Map<String, Long> reached = new HashMap<>();
            long deadline = sent + TimeUnit.SECONDS.toNanos(30);
            while (reached.size() < accounts.size() && System.nanoTime() < deadline) {
                Map<String, Long> now = read(latest);
                long t = System.nanoTime();
                for (String a : accounts) {
                    if (!reached.containsKey(a) && now.getOrDefault(a, 0L) > before.getOrDefault(a, 0L)) {
                        reached.put(a, t - sent);
                    }
                }
                Thread.sleep(pollMs);
            }
            // the first new log row of an account is its SUBMIT (the fill follows in the same transaction): check it
            Map<String, Long> submitsAfter = read(counts);
            long wrong = accounts.stream().filter(a -> submitsAfter.getOrDefault(a, 0L)
                    - submitsBefore.getOrDefault(a, 0L) != 1).count();
            if (reached.size() == accounts.size() && wrong > 0) {
                System.out.printf("signal %d: %d accounts did not log exactly one SUBMIT%n", s + 1, wrong);
                notOneSubmit += (int) wrong;
            }
            if (reached.size() < accounts.size()) {
                System.out.printf("signal %d: only %d of %d accounts reached the venue within 30 s%n", s + 1,
                        reached.size(), accounts.size());
                missing += accounts.size() - reached.size();
                continue;
            }
            long[] sorted = reached.values().stream().mapToLong(Long::longValue).sorted().toArray();
            reached.values().forEach(all::add);
            lastOfSignal.add(sorted[sorted.length - 1]);
            System.out.printf("signal %2d: ack %.1f ms, first account %.0f ms, median %.0f ms, last (100%%) %.0f ms%n",
                    s + 1, (acked - sent) / 1e6, sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
            Thread.sleep(1000);
        }
        if (all.isEmpty() || lastOfSignal.isEmpty()) {
            System.out.println("RESULT fanout_to_venue_ms: no signal reached all accounts within 30 s (" + missing
                    + " account deliveries missing)");
            return;
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] last = lastOfSignal.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("RESULT fanout_to_venue_ms per account (n=%d): p50=%.0f p99=%.0f max=%.0f;"
                        + " per signal, all %d accounts reached: median=%.0f max=%.0f (poll every %d ms; %d signals complete,"
                        + " %d account deliveries not at the venue within 30 s, %d without exactly one SUBMIT)%n",
                sorted.length, pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1e6, accounts.size(),
                pct(last, 50), last[last.length - 1] / 1e6, pollMs, last.length, missing, notOneSubmit);
    }

    static void throughput(URI webhook, PreparedStatement counts, List<String> accounts, int signals) throws Exception {
        long base = read(counts).values().stream().mapToLong(Long::longValue).sum();
        long expected = (long) signals * accounts.size();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        for (int s = 0; s < signals; s++) {
            senders.submit(() -> {
                try {
                    if (send(webhook).statusCode() != 200) {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        List<long[]> series = new ArrayList<>(); // {nanos since start, orders at the venue}
        long done = 0;
        long idleSince = System.nanoTime();
        while (done < expected - (long) refused.get() * accounts.size()
                && System.nanoTime() - idleSince < TimeUnit.SECONDS.toNanos(60)
                && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180)) {
            Thread.sleep(1000);
            long now = read(counts).values().stream().mapToLong(Long::longValue).sum() - base;
            if (now > done) {
                idleSince = System.nanoTime();
            }
            done = now;
            series.add(new long[] {System.nanoTime() - start, done});
            System.out.printf("t=%5.1fs orders at venue %6d  (+%d)%n", (System.nanoTime() - start) / 1e9, done,
                    series.size() > 1 ? done - series.get(series.size() - 2)[1] : done);
        }
        System.out.printf("signals posted: %d (refused %d), all posted after %.1f s%n", signals, refused.get(),
                senders.awaitTermination(1, TimeUnit.SECONDS) ? 0.0 : -1.0);
        long lo = (long) (done * 0.1);
        long hi = (long) (done * 0.9);
        long[] a = series.stream().filter(p -> p[1] >= lo).findFirst().orElseThrow();
        long[] b = series.stream().filter(p -> p[1] >= hi).findFirst().orElseThrow();
        double rate = (b[1] - a[1]) / ((b[0] - a[0]) / 1e9);
        System.out.printf("RESULT orders_per_second steady=%.1f (orders %d..%d between t=%.1fs and t=%.1fs);"
                        + " overall=%.1f (%d orders in %.1f s)%n", rate, a[1], b[1], a[0] / 1e9, b[0] / 1e9,
                done / (series.get(series.size() - 1)[0] / 1e9), done, series.get(series.size() - 1)[0] / 1e9);
    }

    static HttpResponse<String> send(URI webhook) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, Long> read(PreparedStatement counts) throws Exception {
        Map<String, Long> result = new HashMap<>();
        try (ResultSet rs = counts.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1).trim(), rs.getLong(2));
            }
        }
        return result;
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
