import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's raw durable-commit rate: T threads, each on its own connection with autocommit, insert one row
 * per statement (so one InnoDB commit, with innodb_flush_log_at_trx_commit=1 one log flush or a share of a group
 * commit) for the given seconds. Uses its own table bench_commit, dropped afterwards.
 *
 * Usage: java -cp mysql-connector-j.jar bench/CommitRate.java <jdbc-url> <threads> <seconds>
 */
public class CommitRate {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, "autopilot", "autopilot"); Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_commit");
            s.execute("create table bench_commit (id bigint not null auto_increment primary key, thread_no int not null,"
                    + " payload varchar(200) not null, created_at datetime(6) not null) engine=InnoDB");
        }
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int no = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try (Connection db = DriverManager.getConnection(url, "autopilot", "autopilot");
                     PreparedStatement insert = db.prepareStatement(
                             "insert into bench_commit (thread_no, payload, created_at) values (?, ?, now(6))")) {
                    db.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.setInt(1, no);
                        insert.setString(2, "bench row of thread " + no);
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        long start = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        try (Connection db = DriverManager.getConnection(url, "autopilot", "autopilot"); Statement s = db.createStatement()) {
            s.execute("drop table bench_commit");
        }
        System.out.printf("RESULT db_commits_per_second=%.0f (threads=%d, %d commits in %.1f s)%n",
                commits.get() / elapsed, threads, commits.get(), elapsed);
    }
}
