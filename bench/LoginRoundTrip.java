import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop load of resident login round trips for the {@code login} benchmark (see
 * bench/README.md), measured against {@code GET /bench/baseline} of the same server in the same run.
 *
 * <p>A round trip is what a browser with a fresh profile does: an empty cookie jar, {@code GET
 * /oauth2/authorization/eid}, then every redirect (CityHall to the OpenID Connect provider's
 * authorization endpoint, back to CityHall's callback, which exchanges the code for tokens and
 * checks the ID token, on to {@code /act-for}); it succeeds when the last answer is a 200 from the
 * landing page that names the signed-in persona. Each client is a thread with its own
 * {@link HttpClient} (HTTP/1.1, {@link HttpClient.Redirect#NORMAL}); its connections outlive a
 * round trip, its cookies do not.
 *
 * <p>JDK only. It reuses the histogram, the JSON writer and the scenario-file reader of
 * LoadGenerator.java, so the two are compiled together (bench/run does this):
 * <pre>
 *   javac -d bench/target/classes bench/LoadGenerator.java bench/LoginRoundTrip.java
 *   java -cp bench/target/classes LoginRoundTrip --base-url http://127.0.0.1:18080 \
 *       --scenario bench/scenarios/login.properties --smoke
 * </pre>
 */
public final class LoginRoundTrip {

    static final String USAGE = """
            usage: java -cp bench/target/classes LoginRoundTrip --base-url URL --scenario FILE [options]

              --base-url URL      CityHall, started with the eid registration, e.g. http://127.0.0.1:18080
              --scenario FILE     scenario file, e.g. bench/scenarios/login.properties
              --smoke             use the scenario's short smoke timings
              --output FILE       write the figures as JSON to FILE
              --commit SHA        commit to record (default: git rev-parse HEAD, else "unknown")
              --meta KEY=VALUE    extra fact to record in the JSON (repeatable)
              --clients LIST      override the client counts, e.g. 1,4
              --warmup SECONDS    override the warm-up time of each measurement
              --measure SECONDS   override the measured time of each measurement
              --rounds N          override the number of interleaved rounds

            exit status: 0 when every round trip and request succeeded,
                         1 when one failed, 2 on a usage or scenario error""";

    private LoginRoundTrip() {
    }

    public static void main(String[] args) {
        int status;
        try {
            LoginOptions options = LoginOptions.parse(args);
            if (options.help) {
                System.out.println(USAGE);
                status = 0;
            } else {
                status = run(options);
            }
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println();
            System.err.println(USAGE);
            status = 2;
        } catch (ScenarioException | IOException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    private static int run(LoginOptions options) throws IOException, ScenarioException, UsageException {
        LoginScenario scenario = LoginScenario.load(options);
        System.out.printf(Locale.ROOT, "Scenario %s (%s) against %s, %d cores%n",
                scenario.name, scenario.smoke ? "smoke" : "full", options.baseUrl, Machine.cores());
        if (!scenario.description.isEmpty()) {
            System.out.println(scenario.description);
        }
        System.out.println();

        LoginBenchmark benchmark = new LoginBenchmark(scenario);
        List<String> failures = benchmark.probe();
        if (failures.isEmpty()) {
            failures = benchmark.prewarm();
        }
        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.out.println("FAILED: " + failure));
            return 1;
        }
        List<LoginAggregate> aggregates = benchmark.measure();
        LoginReport report = new LoginReport(scenario, aggregates);
        report.print(System.out);
        if (options.output != null) {
            String commit = options.commit != null ? options.commit : Machine.gitCommit();
            report.writeJson(options.output, commit, options.meta);
            System.out.println("Wrote " + options.output);
        }
        return report.failed() ? 1 : 0;
    }
}

/** Command-line options. */
final class LoginOptions {
    String baseUrl;
    Path scenarioFile;
    boolean smoke;
    boolean help;
    Path output;
    String commit;
    final Map<String, String> meta = new LinkedHashMap<>();
    List<Integer> clients;
    Integer warmupSeconds;
    Integer measureSeconds;
    Integer rounds;

    static LoginOptions parse(String[] args) throws UsageException {
        LoginOptions options = new LoginOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> options.help = true;
                case "--smoke" -> options.smoke = true;
                case "--base-url" -> options.baseUrl = value(args, ++i, arg).replaceAll("/+$", "");
                case "--scenario" -> options.scenarioFile = Path.of(value(args, ++i, arg));
                case "--output" -> options.output = Path.of(value(args, ++i, arg));
                case "--commit" -> options.commit = value(args, ++i, arg);
                case "--clients" -> options.clients = clients(value(args, ++i, arg), arg);
                case "--warmup" -> options.warmupSeconds = number(value(args, ++i, arg), arg, 0);
                case "--measure" -> options.measureSeconds = number(value(args, ++i, arg), arg, 1);
                case "--rounds" -> options.rounds = number(value(args, ++i, arg), arg, 1);
                case "--meta" -> {
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new UsageException("--meta expects KEY=VALUE, got: " + pair);
                    }
                    options.meta.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (!options.help && (options.baseUrl == null || options.scenarioFile == null)) {
            throw new UsageException("--base-url and --scenario are required");
        }
        if (options.baseUrl != null && !options.baseUrl.startsWith("http://")) {
            throw new UsageException("--base-url must be a plain http:// URL: " + options.baseUrl);
        }
        return options;
    }

    private static List<Integer> clients(String value, String option) throws UsageException {
        try {
            return Scenario.parseClients(value, option);
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String value, String option, int minimum) throws UsageException {
        try {
            return Scenario.parseInt(value, option, minimum);
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }
}

/** What the scenario file asks for: see bench/scenarios/login.properties. */
final class LoginScenario {
    static final String BASELINE = "baseline";
    static final String LOGIN = "login";
    private static final Set<String> RUNNER_KEYS = Set.of("runner", "app.args", "description");

    String name;
    String description = "";
    boolean smoke;
    String baseUrl;
    String baselinePath;
    String loginPath;
    String landingPath;
    String expect;
    Map<String, String> headers = new LinkedHashMap<>();
    List<Integer> clients;
    int prewarmSeconds;
    int warmupSeconds;
    int measureSeconds;
    int rounds;
    int timeoutSeconds;

    String mode() {
        return smoke ? "smoke" : "full";
    }

    static LoginScenario load(LoginOptions options) throws IOException, ScenarioException {
        Path file = options.scenarioFile;
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("no scenario file " + file);
        }
        Map<String, String> props = Scenario.readProperties(file);
        LoginScenario s = new LoginScenario();
        s.name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        s.smoke = options.smoke;
        s.baseUrl = options.baseUrl;
        s.description = props.getOrDefault("description", "");
        String prefix = options.smoke ? "smoke." : "";

        Set<String> known = new LinkedHashSet<>(RUNNER_KEYS);
        known.addAll(List.of("baseline.path", "login.path", "login.landing-path", "login.expect", "clients",
                "timeout.seconds"));
        for (String timing : List.of("prewarm.seconds", "warmup.seconds", "measure.seconds", "rounds")) {
            known.add(timing);
            known.add("smoke." + timing);
        }
        for (String key : props.keySet()) {
            if (key.startsWith("login.header.") && key.length() > "login.header.".length()) {
                s.headers.put(key.substring("login.header.".length()), props.get(key));
            } else if (!known.contains(key)) {
                throw new ScenarioException(file + ": unknown key " + key + " (known: " + known + ", login.header.NAME)");
            }
        }
        s.baselinePath = path(file, props, "baseline.path");
        s.loginPath = path(file, props, "login.path");
        s.landingPath = path(file, props, "login.landing-path");
        s.expect = required(file, props, "login.expect");
        s.clients = options.clients != null ? options.clients
                : Scenario.parseClients(required(file, props, "clients"), file + ": clients");
        s.prewarmSeconds = props.containsKey(prefix + "prewarm.seconds") ? timing(file, props, prefix + "prewarm.seconds", 0) : 0;
        s.warmupSeconds = options.warmupSeconds != null ? options.warmupSeconds : timing(file, props, prefix + "warmup.seconds", 0);
        s.measureSeconds = options.measureSeconds != null ? options.measureSeconds : timing(file, props, prefix + "measure.seconds", 1);
        s.rounds = options.rounds != null ? options.rounds : timing(file, props, prefix + "rounds", 1);
        s.timeoutSeconds = props.containsKey("timeout.seconds") ? timing(file, props, "timeout.seconds", 1) : 10;
        return s;
    }

    private static String path(Path file, Map<String, String> props, String key) throws ScenarioException {
        String value = required(file, props, key);
        if (!value.startsWith("/")) {
            throw new ScenarioException(file + ": " + key + " must start with /: " + value);
        }
        return value;
    }

    private static int timing(Path file, Map<String, String> props, String key, int minimum) throws ScenarioException {
        return Scenario.parseInt(required(file, props, key), file + ": " + key, minimum);
    }

    private static String required(Path file, Map<String, String> props, String key) throws ScenarioException {
        String value = props.get(key);
        if (value == null || value.isEmpty()) {
            throw new ScenarioException(file + ": missing " + key);
        }
        return value;
    }
}

/** A cookie jar that can be emptied: a fresh one per round trip, as a browser with a new profile. */
final class ResettableCookieJar extends CookieHandler {
    private volatile CookieManager jar = fresh();

    private static CookieManager fresh() {
        return new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    }

    void reset() {
        jar = fresh();
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return jar.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        jar.put(uri, responseHeaders);
    }
}

/** One operation's outcome: the HTTP exchanges it took, and what went wrong, if anything. */
record Outcome(int exchanges, String failure, List<String> hops) {
}

/** A browser of one client thread: its own HttpClient, connections and cookie jar. */
final class Browser {
    private final LoginScenario scenario;
    private final ResettableCookieJar cookies = new ResettableCookieJar();
    private final HttpClient http;

    Browser(LoginScenario scenario) {
        this.scenario = scenario;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(scenario.timeoutSeconds))
                .build();
    }

    private HttpRequest request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(scenario.baseUrl + path))
                .timeout(Duration.ofSeconds(scenario.timeoutSeconds))
                .header("User-Agent", "CityHall-LoginRoundTrip")
                .GET();
        headers.forEach(builder::header);
        return builder.build();
    }

    /** GET of the baseline, cookies kept: one exchange. */
    Outcome baseline() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(scenario.baselinePath, Map.of()),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        return new Outcome(1, status / 100 == 2 ? null : "HTTP " + status, List.of());
    }

    /** A login round trip with an empty cookie jar, following every redirect to the landing page. */
    Outcome login(boolean describe) throws IOException, InterruptedException {
        cookies.reset();
        HttpResponse<String> response = http.send(request(scenario.loginPath, scenario.headers),
                HttpResponse.BodyHandlers.ofString());
        List<HttpResponse<String>> chain = new ArrayList<>();
        for (HttpResponse<String> r = response; r != null; r = r.previousResponse().orElse(null)) {
            chain.add(0, r);
        }
        List<String> hops = new ArrayList<>();
        if (describe) {
            for (HttpResponse<String> r : chain) {
                URI uri = r.uri();
                String where = uri.getPort() == URI.create(scenario.baseUrl).getPort() ? "app" : "provider";
                String location = r.headers().firstValue("Location").map(l -> " -> " + strip(l)).orElse("");
                hops.add(String.format(Locale.ROOT, "%-8s GET %s -> %d%s", where, uri.getPath(), r.statusCode(), location));
            }
        }
        String failure = null;
        if (response.statusCode() != 200) {
            failure = "HTTP " + response.statusCode() + " at " + response.uri().getPath();
        } else if (!response.uri().getPath().equals(scenario.landingPath)) {
            failure = "landed on " + response.uri().getPath() + ", not " + scenario.landingPath;
        } else if (!response.body().contains(scenario.expect)) {
            failure = "the landing page does not contain '" + scenario.expect + "'";
        }
        return new Outcome(chain.size(), failure, hops);
    }

    /** A URI without its query (codes and states say nothing and change every time). */
    private static String strip(String location) {
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query) + "?...";
    }

    void close() {
        // HttpClient has no close() before Java 21; its threads end when it is no longer reachable.
    }
}

/** One thread: runs operations in a closed loop until the end of the run. */
final class LoginClient implements Runnable {
    private static final long BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Browser browser;
    private final List<String> operations;
    private final long startNanos;
    private final long measureFromNanos;
    private final long endNanos;
    private int next;

    final Histogram histogram = new Histogram();
    long operationsDone;
    long exchanges;
    long failures;
    String firstFailure;

    LoginClient(Browser browser, List<String> operations, int index, long startNanos, long measureFromNanos, long endNanos) {
        this.browser = browser;
        this.operations = operations;
        this.next = index % operations.size();
        this.startNanos = startNanos;
        this.measureFromNanos = measureFromNanos;
        this.endNanos = endNanos;
    }

    @Override
    public void run() {
        for (long wait = startNanos - System.nanoTime(); wait > 0; wait = startNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        while (true) {
            long start = System.nanoTime();
            if (start - endNanos >= 0) {
                break;
            }
            String operation = operations.get(next);
            next = (next + 1) % operations.size();
            boolean measured = start - measureFromNanos >= 0;
            try {
                Outcome outcome = operation.equals(LoginScenario.LOGIN) ? browser.login(false) : browser.baseline();
                long micros = (System.nanoTime() - start) / 1000;
                if (measured) {
                    histogram.record(micros);
                    operationsDone++;
                    exchanges += outcome.exchanges();
                }
                if (outcome.failure() != null) {
                    failures++;
                    note(operation, outcome.failure());
                }
            } catch (IOException | RuntimeException e) {
                failures++;
                note(operation, e.getClass().getSimpleName() + ": " + e.getMessage());
                LockSupport.parkNanos(BACKOFF_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void note(String operation, String what) {
        if (firstFailure == null) {
            firstFailure = operation + ": " + what;
        }
    }
}

/** The figures of one run: one operation at one client count. */
final class LoginRun {
    final Histogram histogram = new Histogram();
    final double measureSeconds;
    long operations;
    long exchanges;
    long failures;
    final List<String> failureExamples = new ArrayList<>();

    LoginRun(double measureSeconds) {
        this.measureSeconds = measureSeconds;
    }

    double rate() {
        return operations / measureSeconds;
    }

    void add(LoginClient client) {
        histogram.add(client.histogram);
        operations += client.operationsDone;
        exchanges += client.exchanges;
        failures += client.failures;
        if (client.firstFailure != null && !failureExamples.contains(client.firstFailure)) {
            failureExamples.add(client.firstFailure);
        }
    }
}

/** All runs of one operation at one client count. */
final class LoginAggregate {
    final String name;
    final int clients;
    final List<LoginRun> runs = new ArrayList<>();
    final Histogram histogram = new Histogram();

    LoginAggregate(String name, int clients) {
        this.name = name;
        this.clients = clients;
    }

    void add(LoginRun run) {
        runs.add(run);
        histogram.add(run.histogram);
    }

    /** Mean of the runs' operations per second. */
    double rate() {
        return runs.stream().mapToDouble(LoginRun::rate).average().orElse(Double.NaN);
    }

    long operations() {
        return runs.stream().mapToLong(r -> r.operations).sum();
    }

    long exchanges() {
        return runs.stream().mapToLong(r -> r.exchanges).sum();
    }

    /** HTTP exchanges per operation: 1 for the baseline, the redirect chain's length for a login. */
    double exchangesPerOperation() {
        long operations = operations();
        return operations == 0 ? Double.NaN : (double) exchanges() / operations;
    }

    long failures() {
        return runs.stream().mapToLong(r -> r.failures).sum();
    }

    List<String> failureExamples() {
        Set<String> examples = new LinkedHashSet<>();
        runs.forEach(r -> examples.addAll(r.failureExamples));
        return List.copyOf(examples);
    }
}

/** The probe, the pre-warm and the interleaved measurements. */
final class LoginBenchmark {
    private final LoginScenario scenario;

    LoginBenchmark(LoginScenario scenario) {
        this.scenario = scenario;
    }

    /** One baseline request and one login round trip, described hop by hop; returns the failures. */
    List<String> probe() {
        List<String> failures = new ArrayList<>();
        System.out.println("Probe (one of each):");
        Browser browser = new Browser(scenario);
        try {
            long start = System.nanoTime();
            Outcome baseline = browser.baseline();
            System.out.printf(Locale.ROOT, "  baseline GET %s -> %s, %.1f ms%n", scenario.baselinePath,
                    baseline.failure() == null ? "2xx" : baseline.failure(), (System.nanoTime() - start) / 1e6);
            if (baseline.failure() != null) {
                failures.add("baseline: " + baseline.failure());
            }
            start = System.nanoTime();
            Outcome login = browser.login(true);
            System.out.printf(Locale.ROOT, "  login    %d HTTP exchanges, %.1f ms (the first: the JIT compiler is cold):%n",
                    login.exchanges(), (System.nanoTime() - start) / 1e6);
            login.hops().forEach(hop -> System.out.println("    " + hop));
            System.out.println("    " + (login.failure() == null
                    ? "landed on " + scenario.landingPath + ", which names " + scenario.expect : "FAILED: " + login.failure()));
            if (login.failure() != null) {
                failures.add("login: " + login.failure());
            }
        } catch (IOException e) {
            failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        } finally {
            browser.close();
        }
        System.out.println();
        return failures;
    }

    /** Both operations in turn, so that the first measurement does not pay for the JIT compiler alone. */
    List<String> prewarm() {
        if (scenario.prewarmSeconds == 0) {
            return List.of();
        }
        int clients = Collections.max(scenario.clients);
        System.out.printf(Locale.ROOT, "Pre-warm: baseline and login in turn, %d clients, %d s%n%n",
                clients, scenario.prewarmSeconds);
        LoginRun run = load(List.of(LoginScenario.BASELINE, LoginScenario.LOGIN), clients, scenario.prewarmSeconds, 0);
        if (run.failures == 0) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        failures.add("pre-warm saw " + run.failures + " failures");
        failures.addAll(run.failureExamples);
        return failures;
    }

    /** Per client count: rounds of (baseline, login), then one closing baseline run. */
    List<LoginAggregate> measure() {
        Map<String, LoginAggregate> aggregates = new LinkedHashMap<>();
        for (String name : List.of(LoginScenario.BASELINE, LoginScenario.LOGIN)) {
            for (int clients : scenario.clients) {
                aggregates.put(name + "@" + clients, new LoginAggregate(name, clients));
            }
        }
        List<String> order = new ArrayList<>();
        for (int round = 0; round < scenario.rounds; round++) {
            order.add(LoginScenario.BASELINE);
            order.add(LoginScenario.LOGIN);
        }
        order.add(LoginScenario.BASELINE);
        int total = order.size() * scenario.clients.size();
        long seconds = (long) total * (scenario.warmupSeconds + scenario.measureSeconds);
        System.out.printf(Locale.ROOT, "Interleaved: for each client count, %d round%s of baseline then login,"
                        + " closed by one more baseline run.%n"
                        + "Each run: %d s warm-up, %d s measured. About %d s in all.%n%n",
                scenario.rounds, scenario.rounds == 1 ? "" : "s", scenario.warmupSeconds, scenario.measureSeconds, seconds);
        int done = 0;
        for (int clients : scenario.clients) {
            for (String name : order) {
                LoginRun run = load(List.of(name), clients, scenario.warmupSeconds, scenario.measureSeconds);
                aggregates.get(name + "@" + clients).add(run);
                done++;
                System.out.printf(Locale.ROOT, "  [%2d/%d] %2d clients  %-8s %9s ops/s  p50 %8s ms  p99 %8s ms%s%n",
                        done, total, clients, name, Report.fixed(run.rate(), 1),
                        Report.fixed(run.histogram.percentileMillis(50), 2),
                        Report.fixed(run.histogram.percentileMillis(99), 2),
                        run.failures > 0 ? "  failures: " + run.failures : "");
                if (run.operations == 0 && run.failures > 0) {
                    System.out.println("  Nothing succeeded in this run: stopping the measurements.");
                    System.out.println();
                    return new ArrayList<>(aggregates.values());
                }
            }
        }
        System.out.println();
        return new ArrayList<>(aggregates.values());
    }

    private LoginRun load(List<String> operations, int clients, int warmupSeconds, int measureSeconds) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measureSeconds);
        List<LoginClient> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            LoginClient client = new LoginClient(new Browser(scenario), operations, i, start, measureFrom, end);
            Thread thread = new Thread(client, "client-" + i);
            workers.add(client);
            threads.add(thread);
            thread.start();
        }
        LoginRun run = new LoginRun(measureSeconds);
        for (int i = 0; i < clients; i++) {
            try {
                threads.get(i).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            run.add(workers.get(i));
        }
        return run;
    }
}

/** The table on the console and the JSON record. */
final class LoginReport {
    private final LoginScenario scenario;
    private final List<LoginAggregate> aggregates;

    LoginReport(LoginScenario scenario, List<LoginAggregate> aggregates) {
        this.scenario = scenario;
        this.aggregates = aggregates;
    }

    private LoginAggregate find(String name, int clients) {
        for (LoginAggregate a : aggregates) {
            if (a.name.equals(name) && a.clients == clients) {
                return a;
            }
        }
        return null;
    }

    long failures() {
        return aggregates.stream().mapToLong(LoginAggregate::failures).sum();
    }

    boolean failed() {
        return failures() > 0 || aggregates.stream().anyMatch(a -> a.operations() == 0);
    }

    void print(java.io.PrintStream out) {
        out.printf(Locale.ROOT, "%-9s %7s %4s %9s %8s %8s %8s %8s %7s %9s %9s %6s %8s %8s %8s%n",
                "operation", "clients", "runs", "ops/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ops",
                "http/op", "http/s", "errors", "ops/base", "p50/base", "p99/base");
        for (int clients : scenario.clients) {
            LoginAggregate baseline = find(LoginScenario.BASELINE, clients);
            for (String name : List.of(LoginScenario.BASELINE, LoginScenario.LOGIN)) {
                LoginAggregate a = find(name, clients);
                boolean isBaseline = a == baseline;
                Histogram h = a.histogram;
                out.printf(Locale.ROOT, "%-9s %7d %4d %9s %8s %8s %8s %8s %7d %9s %9s %6d %8s %8s %8s%n",
                        name, clients, a.runs.size(), Report.fixed(a.rate(), 1), Report.fixed(h.percentileMillis(50), 2),
                        Report.fixed(h.percentileMillis(90), 2), Report.fixed(h.percentileMillis(99), 2),
                        Report.fixed(h.maxMillis(), 2), a.operations(), Report.fixed(a.exchangesPerOperation(), 2),
                        Report.fixed(a.rate() * a.exchangesPerOperation(), 1), a.failures(),
                        isBaseline ? "-" : ratio(a.rate(), baseline.rate()),
                        isBaseline ? "-" : ratio(h.percentileMillis(50), baseline.histogram.percentileMillis(50)),
                        isBaseline ? "-" : ratio(h.percentileMillis(99), baseline.histogram.percentileMillis(99)));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "baseline: GET %s, one request. login: one round trip, GET %s with an empty cookie jar"
                        + " and every redirect%n  to %s (200, names %s); its latencies are the whole round trip."
                        + " http/op: HTTP exchanges per operation;%n  http/s: exchanges per second (the server-to-server"
                        + " token and key requests are not counted).%n"
                        + "Baseline: %d runs per client count, login %d, interleaved (ops/s: mean of the runs;"
                        + " percentiles: all their operations).%n"
                        + "Ratios: login / baseline at the same client count; a login is several requests and a token"
                        + " exchange, so ops/base is far below 1.%n%n",
                scenario.baselinePath, scenario.loginPath, scenario.landingPath, scenario.expect,
                scenario.rounds + 1, scenario.rounds);
        if (failed()) {
            out.printf(Locale.ROOT, "FAILED: %d failed operations, for instance:%n", failures());
            Set<String> examples = new LinkedHashSet<>();
            aggregates.forEach(a -> examples.addAll(a.failureExamples()));
            examples.stream().limit(10).forEach(f -> out.println("  " + f));
        } else {
            out.println("No errors: every baseline request answered 2xx and every login landed on "
                    + scenario.landingPath + ".");
        }
    }

    private static String ratio(double value, double baseline) {
        return Report.fixed(value / baseline, 3);
    }

    void writeJson(Path file, String commit, Map<String, String> meta) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario.name);
        root.put("description", scenario.description);
        root.put("mode", scenario.mode());
        root.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("git_commit", commit);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Machine.cores());
        machine.put("memory_mib", Machine.memoryMiB());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("machine", machine);
        root.put("java_version", System.getProperty("java.version"));
        root.put("base_url", scenario.baseUrl);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("clients", scenario.clients);
        settings.put("prewarm_seconds", scenario.prewarmSeconds);
        settings.put("warmup_seconds", scenario.warmupSeconds);
        settings.put("measure_seconds", scenario.measureSeconds);
        settings.put("rounds", scenario.rounds);
        settings.put("baseline_runs_per_client_count", scenario.rounds + 1);
        settings.put("target_runs_per_client_count", scenario.rounds);
        settings.put("interleaved", true);
        settings.put("timeout_seconds", scenario.timeoutSeconds);
        settings.put("http_client", "java.net.http.HttpClient, HTTP/1.1, Redirect.NORMAL, one per client;"
                + " login: a fresh cookie jar per round trip");
        root.put("settings", settings);
        if (!meta.isEmpty()) {
            root.put("meta", new LinkedHashMap<String, Object>(meta));
        }
        root.put("baseline", LoginScenario.BASELINE);

        List<Object> operations = new ArrayList<>();
        for (String name : List.of(LoginScenario.BASELINE, LoginScenario.LOGIN)) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", name);
            boolean isBaseline = name.equals(LoginScenario.BASELINE);
            o.put("role", isBaseline ? "baseline" : "target");
            o.put("method", "GET");
            o.put("path", isBaseline ? scenario.baselinePath : scenario.loginPath);
            if (!isBaseline) {
                o.put("landing_path", scenario.landingPath);
                o.put("expect", scenario.expect);
                o.put("unit", "round trip: every redirect to the landing page, latency from the first request to"
                        + " the landing page's last byte");
            }
            List<Object> byClients = new ArrayList<>();
            for (int clients : scenario.clients) {
                LoginAggregate a = find(name, clients);
                LoginAggregate baseline = find(LoginScenario.BASELINE, clients);
                Histogram h = a.histogram;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("clients", clients);
                f.put("runs", a.runs.size());
                f.put("rps", round(a.rate(), 1));
                f.put("run_rps", a.runs.stream().map(r -> (Object) round(r.rate(), 1)).toList());
                f.put("p50_ms", round(h.percentileMillis(50), 3));
                f.put("p90_ms", round(h.percentileMillis(90), 3));
                f.put("p99_ms", round(h.percentileMillis(99), 3));
                f.put("max_ms", round(h.maxMillis(), 3));
                f.put("mean_ms", round(h.meanMillis(), 3));
                f.put("requests", a.operations());
                f.put("http_exchanges_per_op", round(a.exchangesPerOperation(), 3));
                f.put("http_exchanges_per_s", round(a.rate() * a.exchangesPerOperation(), 1));
                f.put("errors", a.failures());
                if (!isBaseline) {
                    f.put("rps_ratio", round(a.rate() / baseline.rate(), 4));
                    f.put("p50_ratio", round(h.percentileMillis(50) / baseline.histogram.percentileMillis(50), 3));
                    f.put("p99_ratio", round(h.percentileMillis(99) / baseline.histogram.percentileMillis(99), 3));
                }
                if (!a.failureExamples().isEmpty()) {
                    f.put("failures", new ArrayList<Object>(a.failureExamples()));
                }
                byClients.add(f);
            }
            o.put("by_clients", byClients);
            operations.add(o);
        }
        root.put("endpoints", operations);
        root.put("failed", failed());

        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.write(root) + "\n", StandardCharsets.UTF_8);
    }

    private static Double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
