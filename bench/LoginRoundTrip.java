import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


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
 * <p>JDK only. It shares the command line, the histogram, the closed loop, the JSON writer and the
 * scenario-file reader with LoadGenerator.java, in BenchSupport.java, so they are compiled together
 * (bench/run does this):
 * <pre>
 *   javac -d bench/target/classes bench/*.java
 *   java -cp bench/target/classes LoginRoundTrip --base-url http://127.0.0.1:18080 \
 *       --scenario bench/scenarios/login.properties --smoke
 * </pre>
 */
public final class LoginRoundTrip {

    static final String USAGE = Options.usage("java -cp bench/target/classes LoginRoundTrip",
            "CityHall, started with the eid registration, e.g. http://127.0.0.1:18080",
            "bench/scenarios/login.properties", "1,4", """
                    0 when every round trip and request succeeded,
                                 1 when one failed, 2 on a usage or scenario error""");

    private LoginRoundTrip() {
    }

    public static void main(String[] args) {
        BenchSupport.exit(USAGE, false, () -> {
            Options options = Options.parse(args);
            if (options.baseUrl != null) {
                options.baseUrl = options.baseUrl.replaceAll("/+$", "");
                if (!options.baseUrl.startsWith("http://")) {
                    throw new UsageException("--base-url must be a plain http:// URL: " + options.baseUrl);
                }
            }
            if (options.help) {
                System.out.println(USAGE);
                return 0;
            }
            return run(options);
        });
    }

    private static int run(Options options) throws IOException, ScenarioException, UsageException {
        LoginScenario scenario = LoginScenario.load(options);
        System.out.printf(Locale.ROOT, "Scenario %s (%s) against %s, %d cores%n",
                scenario.name, scenario.mode(), options.baseUrl, Machine.cores());
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
        List<Aggregate> aggregates = benchmark.measure();
        LoginReport report = new LoginReport(scenario, aggregates);
        report.print(System.out);
        if (options.output != null) {
            report.writeJson(options.output, options.commitToRecord(), options.meta);
            System.out.println("Wrote " + options.output);
        }
        return report.failed() ? 1 : 0;
    }
}

/** What the scenario file asks for: see bench/scenarios/login.properties. */
final class LoginScenario extends InterleavedScenario {
    static final String LOGIN = "login";
    private static final Set<String> RUNNER_KEYS = Set.of("runner", "app.args", "description");

    String baseUrl;
    String baselinePath;
    String loginPath;
    String landingPath;
    String expect;
    Map<String, String> headers = new LinkedHashMap<>();

    static LoginScenario load(Options options) throws IOException, ScenarioException {
        Path file = options.scenarioFile;
        Map<String, String> props = ScenarioFile.load(file);
        LoginScenario s = new LoginScenario();
        s.readName(file, props, options);
        s.baseUrl = options.baseUrl;

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
        s.readTimings(file, props, options, file + ": clients", true);
        return s;
    }

    private static String path(Path file, Map<String, String> props, String key) throws ScenarioException {
        String value = required(file, props, key);
        if (!value.startsWith("/")) {
            throw new ScenarioException(file + ": " + key + " must start with /: " + value);
        }
        return value;
    }

    private static String required(Path file, Map<String, String> props, String key) throws ScenarioException {
        return ScenarioFile.required(file, props, key, true);
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
final class LoginClient extends ClosedLoopClient {
    private final Browser browser;
    private final List<String> operations;
    private int next;
    private String operation;

    LoginClient(Browser browser, List<String> operations, int index, long startNanos, long measureFromNanos, long endNanos) {
        super(startNanos, measureFromNanos, endNanos);
        this.browser = browser;
        this.operations = operations;
        this.next = index % operations.size();
    }

    @Override
    Outcome operate() throws IOException, InterruptedException {
        operation = operations.get(next);
        next = (next + 1) % operations.size();
        return operation.equals(LoginScenario.LOGIN) ? browser.login(false) : browser.baseline();
    }

    @Override
    String current() {
        return operation;
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
        return Interleaving.probe("Probe (one of each):", this::probe);
    }

    private void probe(List<String> failures) {
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
    }

    /** Both operations in turn, so that the first measurement does not pay for the JIT compiler alone. */
    List<String> prewarm() {
        return Interleaving.prewarm(scenario, "baseline and login in turn",
                clients -> load(List.of(LoginScenario.BASELINE, LoginScenario.LOGIN), clients, scenario.prewarmSeconds, 0),
                run -> "pre-warm saw " + (run.non2xx + run.errors) + " failures");
    }

    /** Per client count: rounds of (baseline, login), then one closing baseline run. */
    List<Aggregate> measure() {
        List<String> order = Interleaving.order(LoginScenario.BASELINE, List.of(LoginScenario.LOGIN), scenario.rounds);
        int total = order.size() * scenario.clients.size();
        long seconds = (long) total * (scenario.warmupSeconds + scenario.measureSeconds);
        System.out.printf(Locale.ROOT, "Interleaved: for each client count, %d round%s of baseline then login,"
                        + " closed by one more baseline run.%n"
                        + "Each run: %d s warm-up, %d s measured. About %d s in all.%n%n",
                scenario.rounds, scenario.rounds == 1 ? "" : "s", scenario.warmupSeconds, scenario.measureSeconds, seconds);
        return Interleaving.measure(scenario, List.of(LoginScenario.BASELINE, LoginScenario.LOGIN), order, name -> name,
                (name, clients) -> load(List.of(name), clients, scenario.warmupSeconds, scenario.measureSeconds),
                "  [%2d/%d] %2d clients  %-8s %9s ops/s  p50 %8s ms  p99 %8s ms%s%n",
                "  Nothing succeeded in this run: stopping the measurements.");
    }

    private RunResult load(List<String> operations, int clients, int warmupSeconds, int measureSeconds) {
        return Interleaving.load(clients, warmupSeconds, measureSeconds, (i, start, measureFrom, end) ->
                new LoginClient(new Browser(scenario), operations, i, start, measureFrom, end));
    }
}

/** The table on the console and the JSON record. */
final class LoginReport {
    private final LoginScenario scenario;
    private final List<Aggregate> aggregates;

    LoginReport(LoginScenario scenario, List<Aggregate> aggregates) {
        this.scenario = scenario;
        this.aggregates = aggregates;
    }

    private Aggregate find(String name, int clients) {
        return Aggregate.find(aggregates, name, clients);
    }

    boolean failed() {
        return Aggregate.failed(aggregates) > 0 || aggregates.stream().anyMatch(a -> a.requests() == 0);
    }

    void print(java.io.PrintStream out) {
        out.printf(Locale.ROOT, "%-9s %7s %4s %9s %8s %8s %8s %8s %7s %9s %9s %6s %8s %8s %8s%n",
                "operation", "clients", "runs", "ops/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ops",
                "http/op", "http/s", "errors", "ops/base", "p50/base", "p99/base");
        for (int clients : scenario.clients) {
            Aggregate baseline = find(LoginScenario.BASELINE, clients);
            for (String name : List.of(LoginScenario.BASELINE, LoginScenario.LOGIN)) {
                Aggregate a = find(name, clients);
                List<Object> row = new ArrayList<>(List.of(name, clients, a.runs.size(), BenchSupport.fixed(a.rps(), 1)));
                row.addAll(a.latencyCells());
                row.addAll(List.of(a.requests(), BenchSupport.fixed(a.exchangesPerOperation(), 2),
                        BenchSupport.fixed(a.rps() * a.exchangesPerOperation(), 1), a.non2xx() + a.errors()));
                row.addAll(a.ratioCells(baseline, 3));
                out.printf(Locale.ROOT, "%-9s %7d %4d %9s %8s %8s %8s %8s %7d %9s %9s %6d %8s %8s %8s%n", row.toArray());
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
            Aggregate.printFailures(out, "FAILED: %d failed operations, for instance:%n", aggregates);
        } else {
            out.println("No errors: every baseline request answered 2xx and every login landed on "
                    + scenario.landingPath + ".");
        }
    }

    void writeJson(Path file, String commit, Map<String, String> meta) throws IOException {
        Map<String, Object> root = BenchSupport.results(scenario.name, scenario.description, scenario.mode(), commit,
                System.getProperty("java.version"));
        root.put("base_url", scenario.baseUrl);
        Map<String, Object> settings = scenario.settings();
        settings.put("timeout_seconds", scenario.timeoutSeconds);
        settings.put("http_client", "java.net.http.HttpClient, HTTP/1.1, Redirect.NORMAL, one per client;"
                + " login: a fresh cookie jar per round trip");
        root.put("settings", settings);
        BenchSupport.putMeta(root, meta);
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
                Aggregate a = find(name, clients);
                Map<String, Object> f = a.figures();
                f.put("http_exchanges_per_op", BenchSupport.round(a.exchangesPerOperation(), 3));
                f.put("http_exchanges_per_s", BenchSupport.round(a.rps() * a.exchangesPerOperation(), 1));
                f.put("errors", a.non2xx() + a.errors());
                a.putRatiosAndFailures(f, find(LoginScenario.BASELINE, clients), 4);
                byClients.add(f);
            }
            o.put("by_clients", byClients);
            operations.add(o);
        }
        root.put("endpoints", operations);
        root.put("failed", failed());
        BenchSupport.writeJson(file, root);
    }
}
