package org.autopilot.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A WildFly of its own, outside Arquillian, for tests that must kill the server: a copy of the provisioned test
 * server with the real EAR in its deployments folder, started with {@code standalone.sh} at a port offset.
 */
public final class ServerProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home;
    private final int offset;
    private final Map<String, String> environment;
    private Process process;

    private ServerProcess(Path home, int offset, Map<String, String> environment) {
        this.home = home;
        this.offset = offset;
        this.environment = environment;
    }

    /** Copies the test server (system property {@code jboss.home}) to {@code target/<name>} and deploys the EAR. */
    public static ServerProcess prepare(String name, int offset, Map<String, String> environment) throws IOException {
        Path source = Path.of(System.getProperty("jboss.home"));
        Path home = source.resolveSibling(name);
        delete(home);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = home.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        for (String transient_ : new String[] {"standalone/data", "standalone/log", "standalone/tmp"}) {
            delete(home.resolve(transient_));
        }
        Files.copy(Path.of(System.getProperty("autopilot.ear")), home.resolve("standalone/deployments/autopilot.ear"));
        return new ServerProcess(home, offset, environment);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    public Path home() {
        return home;
    }

    /** Starts the server and waits until the application answers its readiness check. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -Djava.net.preferIPv4Stack=true");
        process = builder.start();
        await("server ready; see " + home.resolve("console.log")).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("server exited early; see " + home.resolve("console.log"));
                    }
                    return ready();
                });
    }

    /** SIGKILL to the JVM: no shutdown hook, no flush, no graceful undeploy. */
    public void kill9() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        await().atMost(Duration.ofSeconds(30)).until(() -> process.descendants().noneMatch(ProcessHandle::isAlive));
    }

    /** Graceful stop (SIGTERM to the JVM); a server that does not stop within a minute is killed. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/trading/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Deletes a directory tree if it exists. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
