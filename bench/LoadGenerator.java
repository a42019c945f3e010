import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop HTTP load generator for the CityHall benchmarks.
 *
 * <p>Reads a scenario file (see bench/README.md), then, for every client count, measures the
 * baseline endpoint and the target endpoints alternately (baseline, targets, baseline, ...), so
 * that drift of a shared, noisy machine affects both alike. Prints a table with throughput,
 * latency percentiles and ratios to the baseline, checks the scenario's targets and can write
 * the figures as JSON.
 *
 * <p>JDK only. Its command line, scenario reader, histogram, closed loop and JSON writer are in
 * BenchSupport.java, so the two are compiled together (bench/run does this):
 * <pre>
 *   javac -d bench/target/classes bench/*.java
 *   java -cp bench/target/classes LoadGenerator --help
 * </pre>
 */
public final class LoadGenerator {

    static final String USAGE = Options.usage("java -cp bench/target/classes LoadGenerator",
            "server to load, e.g. http://127.0.0.1:18080 (plain HTTP only)", "bench/scenarios/catalogue.properties",
            "4,16", """
                    0 when every request succeeded (targets may be missed),
                                 1 when a request failed or answered non-2xx, 2 on a usage error""");

    private LoadGenerator() {
    }

    public static void main(String[] args) {
        BenchSupport.exit(USAGE, false, () -> {
            Options options = Options.parse(args);
            if (options.help) {
                System.out.println(USAGE);
                return 0;
            }
            return run(options);
        });
    }

    private static int run(Options options) throws IOException, UsageException, ScenarioException {
        Scenario scenario = Scenario.load(options.scenarioFile, options);
        Target server = Target.parse(options.baseUrl);
        Benchmark benchmark = new Benchmark(scenario, server);

        System.out.printf(Locale.ROOT, "Scenario %s (%s) against %s, %d cores%n",
                scenario.name, scenario.mode(), options.baseUrl, Machine.cores());
        if (!scenario.description.isEmpty()) {
            System.out.println(scenario.description);
        }
        System.out.println();

        List<String> signInFailures = benchmark.signIn();
        if (!signInFailures.isEmpty()) {
            signInFailures.forEach(failure -> System.out.println("FAILED: " + failure));
            return 1;
        }
        List<String> probeFailures = benchmark.probe();
        if (!probeFailures.isEmpty()) {
            probeFailures.forEach(failure -> System.out.println("FAILED: " + failure));
            return 1;
        }
        List<String> prewarmFailures = benchmark.prewarm();
        if (!prewarmFailures.isEmpty()) {
            prewarmFailures.forEach(failure -> System.out.println("FAILED: " + failure));
            return 1;
        }

        List<Aggregate> aggregates = benchmark.measure();
        Report report = new Report(scenario, aggregates);
        report.print(System.out);
        if (options.output != null) {
            report.writeJson(options.output, options.baseUrl, options.commitToRecord(), options.meta);
            System.out.println("Wrote " + options.output);
        }
        return report.failed() ? 1 : 0;
    }
}

/** The server under load: host, port and an optional path prefix. */
record Target(String host, int port, String pathPrefix, InetSocketAddress address) {

    static Target parse(String baseUrl) throws UsageException {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid --base-url: " + baseUrl);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageException("--base-url must be a plain http:// URL with a host: " + baseUrl);
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new Target(uri.getHost(), port, prefix, new InetSocketAddress(uri.getHost(), port));
    }

    String hostHeader() {
        return port == 80 ? host : host + ":" + port;
    }
}

/**
 * One request of a scenario: a baseline or a target.
 *
 * @param session the signed-in session it is sent in (session.NAME in the scenario), or null
 * @param baseline the baseline a target is compared with (its own name for a baseline)
 * @param expect text the probe's answer must contain, or null
 * @param expectOccurrences how many times exactly, or -1 for at least once
 * @param settlePath paths (comma-separated) to poll in turn after each run until each answers 0: work the endpoint left to do
 */
record Endpoint(String name, String method, List<String> paths, Map<String, String> headers, byte[] body,
                String session, String baseline, String expect, int expectOccurrences, String settlePath) {

    String path() {
        return paths.size() == 1 ? paths.get(0) : paths.get(0) + " (+" + (paths.size() - 1) + " more)";
    }

    boolean isBaseline() {
        return baseline.equals(name);
    }
}

/** What the scenario file asks for. */
final class Scenario extends InterleavedScenario {
    private static final Set<String> RUNNER_KEYS = Set.of("prepare.before-start", "prepare.after-ready", "app.args",
            "runner");

    /** The first baseline, "baseline"; targets are compared with it unless they name another. */
    Endpoint baseline;
    /** Every baseline: "baseline" and those named baseline-NAME. */
    final List<Endpoint> baselines = new ArrayList<>();
    final List<Endpoint> targets = new ArrayList<>();
    final Map<String, SessionSpec> sessions = new LinkedHashMap<>();
    boolean cookies;
    int settleTimeoutSeconds;
    final List<Check> checks = new ArrayList<>();

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>(baselines);
        all.addAll(targets);
        return all;
    }

    Endpoint endpoint(String name) {
        return endpoints().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** Number of measurements per client count: each round measures every baseline and every target once. */
    int measurementsPerClientCount() {
        return rounds * (baselines.size() + targets.size()) + baselines.size();
    }

    static Scenario load(Path file, Options options) throws IOException, ScenarioException {
        Map<String, String> props = ScenarioFile.load(file);
        Scenario scenario = new Scenario();
        scenario.readName(file, props, options);
        String runner = props.getOrDefault("runner", "http");
        if (!runner.equals("http")) {
            throw new ScenarioException(file + ": runner=" + runner + " is not a scenario for this load generator;"
                    + " run it with bench/run " + scenario.name);
        }

        Map<String, Map<String, String>> endpointKeys = new LinkedHashMap<>();
        Map<String, Map<String, String>> sessionKeys = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        endpointKeys.put(BASELINE, new LinkedHashMap<>());
        for (Map.Entry<String, String> entry : props.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("baseline.")) {
                endpointKeys.get(BASELINE).put(key.substring("baseline.".length()), entry.getValue());
            } else if (key.startsWith(BASELINE + "-")) {
                int dot = key.indexOf('.');
                String baseline = dot < 0 ? key : key.substring(0, dot);
                if (dot < 0 || !baseline.matches("[A-Za-z0-9_-]+")) {
                    throw new ScenarioException(file + ": expected baseline-NAME.FIELD (letters, digits, - and _), got " + key);
                }
                endpointKeys.computeIfAbsent(baseline, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), entry.getValue());
            } else if (key.startsWith("session.")) {
                String rest = key.substring("session.".length());
                int dot = rest.indexOf('.');
                if (dot <= 0 || !rest.substring(0, dot).matches("[A-Za-z0-9_-]+")) {
                    throw new ScenarioException(file + ": expected session.NAME.FIELD, got " + key);
                }
                sessionKeys.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), entry.getValue());
            } else if (key.startsWith("target.")) {
                String rest = key.substring("target.".length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    throw new ScenarioException(file + ": expected target.NAME.FIELD, got " + key);
                }
                String target = rest.substring(0, dot);
                if (!target.matches("[A-Za-z0-9_-]+")) {
                    throw new ScenarioException(file + ": a target name has letters, digits, - and _ only: " + key);
                }
                if (target.equals(BASELINE) || target.startsWith(BASELINE + "-")) {
                    throw new ScenarioException(file + ": a target's name cannot start with " + BASELINE + ": " + key);
                }
                endpointKeys.computeIfAbsent(target, k -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), entry.getValue());
            } else if (!RUNNER_KEYS.contains(key) && !key.equals("description")) {
                settings.put(key, entry.getValue());
            }
        }

        if (endpointKeys.get(BASELINE).isEmpty()) {
            throw new ScenarioException(file + ": no baseline.path");
        }
        for (Map.Entry<String, Map<String, String>> entry : sessionKeys.entrySet()) {
            scenario.sessions.put(entry.getKey(), SessionSpec.parse(file, entry.getKey(), entry.getValue()));
        }
        for (Map.Entry<String, Map<String, String>> entry : endpointKeys.entrySet()) {
            Endpoint endpoint = parseEndpoint(file, entry.getKey(), entry.getValue(), scenario);
            if (endpoint.isBaseline()) {
                scenario.baselines.add(endpoint);
            } else {
                scenario.targets.add(endpoint);
            }
        }
        scenario.baseline = scenario.baselines.get(0);
        if (scenario.targets.isEmpty()) {
            throw new ScenarioException(file + ": no target.NAME.path");
        }
        for (Endpoint endpoint : scenario.endpoints()) {
            Endpoint baseline = scenario.endpoint(endpoint.baseline());
            if (baseline == null || !baseline.isBaseline()) {
                throw new ScenarioException(file + ": target." + endpoint.name() + ".baseline names no baseline: "
                        + endpoint.baseline() + " (baseline, or one written baseline-NAME.path)");
            }
            if (endpoint.session() != null && !scenario.sessions.containsKey(endpoint.session())) {
                throw new ScenarioException(file + ": " + endpoint.name() + " is sent in session " + endpoint.session()
                        + ", which no session." + endpoint.session() + ".login defines");
            }
        }

        // A smoke run may use fewer clients (smoke.clients): its checks for other counts are left out.
        boolean smokeClients = options.smoke && options.clients == null && settings.containsKey("smoke.clients");
        if (smokeClients) {
            settings.put("clients", settings.get("smoke.clients"));
        }
        scenario.readTimings(file, settings, options, "clients", false);
        String cookies = settings.getOrDefault("cookies", "true");
        if (!cookies.equals("true") && !cookies.equals("false")) {
            throw new ScenarioException(file + ": cookies must be true or false, got " + cookies);
        }
        scenario.cookies = cookies.equals("true");

        scenario.settleTimeoutSeconds = ScenarioFile.parseInt(settings.getOrDefault("settle.timeout.seconds", "120"),
                file + ": settle.timeout.seconds", 1);
        Set<String> known = new LinkedHashSet<>(List.of("clients", "smoke.clients", "timeout.seconds", "cookies",
                "settle.timeout.seconds"));
        for (String timing : TIMINGS) {
            known.add(timing);
            known.add("smoke." + timing);
        }
        for (String key : settings.keySet()) {
            if (!known.contains(key)) {
                throw new ScenarioException(file + ": unknown key " + key);
            }
        }
        for (Check check : scenario.checks) {
            if (!scenario.clients.contains(check.clients()) && options.clients == null && !smokeClients) {
                throw new ScenarioException(file + ": target " + check.endpoint() + " has a check for "
                        + check.clients() + " clients, which the scenario does not run");
            }
        }
        scenario.checks.removeIf(check -> !scenario.clients.contains(check.clients()));
        return scenario;
    }

    private static Endpoint parseEndpoint(Path file, String name, Map<String, String> fields, Scenario scenario)
            throws ScenarioException, IOException {
        String method = "GET";
        String path = null;
        Path pathsFile = null;
        byte[] body = null;
        String session = null;
        String baseline = name.startsWith(BASELINE) ? name : BASELINE;
        String expect = null;
        int expectOccurrences = -1;
        String settlePath = null;
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String key = field.getKey();
            String value = field.getValue();
            if (key.equals("session")) {
                session = value;
            } else if (key.equals("baseline") && !name.startsWith(BASELINE)) {
                baseline = value;
            } else if (key.equals("expect")) {
                expect = value;
            } else if (key.equals("expect-occurrences")) {
                expectOccurrences = ScenarioFile.parseInt(value, file + ": " + name + ".expect-occurrences", 0);
            } else if (key.equals("settle-path")) {
                for (String part : value.split(",")) {
                    if (!part.strip().startsWith("/")) {
                        throw new ScenarioException(file + ": each settle-path of " + name + " must start with /: " + value);
                    }
                }
                settlePath = value;
            } else if (key.equals("method")) {
                method = value.toUpperCase(Locale.ROOT);
            } else if (key.equals("path")) {
                path = value;
            } else if (key.equals("paths-file")) {
                pathsFile = Path.of(value);
            } else if (key.equals("body")) {
                body = value.getBytes(StandardCharsets.UTF_8);
            } else if (key.startsWith("header.") && key.length() > "header.".length()) {
                headers.put(key.substring("header.".length()), value);
            } else if (!name.startsWith(BASELINE) && checkMetric(key) != null) {
                Check.Metric metric = checkMetric(key);
                int dot = key.lastIndexOf('.');
                int clients = ScenarioFile.parseInt(key.substring(dot + 1), file + ": client count in " + key, 1);
                double limit;
                try {
                    limit = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new ScenarioException(file + ": not a number: target." + name + "." + key + "=" + value);
                }
                scenario.checks.add(new Check(name, metric, clients, limit));
            } else {
                String owner = name.startsWith(BASELINE) ? name : "target." + name;
                throw new ScenarioException(file + ": unknown key " + owner + "." + key
                        + " (fields: method, path, paths-file, body, header.NAME, session, expect, expect-occurrences,"
                        + " settle-path" + (name.startsWith(BASELINE) ? "" : ", baseline; checks: " + Check.Metric.keys())
                        + ")");
            }
        }
        List<String> paths;
        if (pathsFile != null) {
            if (!Files.isRegularFile(pathsFile)) {
                throw new ScenarioException(file + ": paths-file " + pathsFile
                        + " of " + name + " does not exist (has the preparation step run?)");
            }
            paths = Files.readAllLines(pathsFile).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (paths.isEmpty()) {
                throw new ScenarioException(file + ": paths-file " + pathsFile + " is empty");
            }
        } else if (path != null) {
            paths = List.of(path);
        } else {
            throw new ScenarioException(file + ": " + name + " needs a path or a paths-file");
        }
        for (String p : paths) {
            if (!p.startsWith("/")) {
                throw new ScenarioException(file + ": path of " + name + " must start with /: " + p);
            }
        }
        if (expectOccurrences >= 0 && expect == null) {
            throw new ScenarioException(file + ": " + name + ".expect-occurrences needs " + name + ".expect");
        }
        return new Endpoint(name, method, paths, Collections.unmodifiableMap(headers), body, session, baseline, expect,
                expectOccurrences, settlePath);
    }

    /** The metric of a check key such as minRpsRatio.16, or null. */
    private static Check.Metric checkMetric(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 ? Check.Metric.byKey(key.substring(0, dot)) : null;
    }
}

/** A figure a target should reach, e.g. target.home.minRpsRatio.16=0.5. */
record Check(String endpoint, Metric metric, int clients, double limit) {

    enum Metric {
        MIN_RPS("minRps", "req/s", true),
        MIN_RPS_RATIO("minRpsRatio", "req/s ratio", true),
        MAX_MEDIAN_MS("maxMedianMs", "p50 ms", false),
        MAX_P90_MS("maxP90Ms", "p90 ms", false),
        MAX_P95_MS("maxP95Ms", "p95 ms", false),
        MAX_P99_MS("maxP99Ms", "p99 ms", false),
        MAX_MEDIAN_RATIO("maxMedianRatio", "p50 ratio", false),
        MAX_P99_RATIO("maxP99Ratio", "p99 ratio", false);

        final String key;
        final String label;
        final boolean minimum;

        Metric(String key, String label, boolean minimum) {
            this.key = key;
            this.label = label;
            this.minimum = minimum;
        }

        static Metric byKey(String key) {
            for (Metric metric : values()) {
                if (metric.key.equals(key)) {
                    return metric;
                }
            }
            return null;
        }

        static String keys() {
            List<String> keys = new ArrayList<>();
            for (Metric metric : values()) {
                keys.add(metric.key + ".CLIENTS");
            }
            return String.join(", ", keys);
        }

        double valueOf(Aggregate target, Aggregate baseline) {
            return switch (this) {
                case MIN_RPS -> target.rps();
                case MIN_RPS_RATIO -> target.rps() / baseline.rps();
                case MAX_MEDIAN_MS -> target.histogram.percentileMillis(50);
                case MAX_P90_MS -> target.histogram.percentileMillis(90);
                case MAX_P95_MS -> target.histogram.percentileMillis(95);
                case MAX_P99_MS -> target.histogram.percentileMillis(99);
                case MAX_MEDIAN_RATIO -> target.histogram.percentileMillis(50) / baseline.histogram.percentileMillis(50);
                case MAX_P99_RATIO -> target.histogram.percentileMillis(99) / baseline.histogram.percentileMillis(99);
            };
        }
    }

    String describe() {
        return metric.label + (metric.minimum ? " >= " : " <= ") + BenchSupport.number(limit);
    }

    boolean passes(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return metric.minimum ? value >= limit : value <= limit;
    }
}

/**
 * How a signed-in session is made (session.NAME.* in the scenario): the login form is fetched for its
 * CSRF token, posted with the given fields, and a page of the signed-in site is fetched for the session's
 * CSRF token, which then goes with every request but GET and HEAD in the given header.
 *
 * @param loginPage where the login form is (default: the login path)
 * @param login where the login form is posted
 * @param form the form's fields, URL-encoded, without the CSRF token
 * @param csrfPage a page of the signed-in site with a form on it, to take the CSRF token from
 * @param expect text the CSRF page must contain once signed in, or null
 * @param csrfHeader the header the CSRF token is sent in (default X-CSRF-TOKEN)
 */
record SessionSpec(String name, String loginPage, String login, String form, String csrfPage, String expect,
                   String csrfHeader) {

    static SessionSpec parse(Path file, String name, Map<String, String> fields) throws ScenarioException {
        Set<String> known = Set.of("login-page", "login", "form", "csrf-page", "expect", "csrf-header");
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                throw new ScenarioException(file + ": unknown key session." + name + "." + key + " (fields: " + known + ")");
            }
        }
        String login = ScenarioFile.required(file, fields, "login", true);
        String csrfPage = ScenarioFile.required(file, fields, "csrf-page", true);
        String loginPage = fields.getOrDefault("login-page", login);
        for (String path : List.of(login, csrfPage, loginPage)) {
            if (!path.startsWith("/")) {
                throw new ScenarioException(file + ": session." + name + ": a path must start with /: " + path);
            }
        }
        return new SessionSpec(name, loginPage, login, fields.getOrDefault("form", ""), csrfPage, fields.get("expect"),
                fields.getOrDefault("csrf-header", "X-CSRF-TOKEN"));
    }
}

/** A signed-in session: its cookies and its CSRF token. */
record Session(String cookie, String csrfToken) {
}

/**
 * The signed-in sessions of a scenario: for each session.NAME, one per client (client i uses session i
 * of each kind, for the targets and the baseline alike), signed in before the measurements.
 */
final class Sessions {
    private static final java.util.regex.Pattern CSRF_INPUT =
            java.util.regex.Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("value=\"([^\"]*)\"");

    private final Map<String, List<Session>> byName = new LinkedHashMap<>();

    static Sessions none() {
        return new Sessions();
    }

    /** Signs in {@code count} sessions of each kind; returns null and adds to failures when one fails. */
    static Sessions signIn(Scenario scenario, Target target, int count, List<String> failures) {
        Sessions sessions = new Sessions();
        if (scenario.sessions.isEmpty()) {
            return sessions;
        }
        System.out.printf(Locale.ROOT, "Signing in %d session%s of each kind:%n", count, count == 1 ? "" : "s");
        for (SessionSpec spec : scenario.sessions.values()) {
            List<Session> made = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                try {
                    made.add(signIn(spec, target, scenario.timeoutSeconds * 1000));
                } catch (IOException | IllegalStateException e) {
                    failures.add("session " + spec.name() + ": " + e.getMessage());
                    return null;
                }
            }
            sessions.byName.put(spec.name(), made);
            System.out.printf(Locale.ROOT, "  %-16s POST %s %s, token from %s: %d in %.1f s%n", spec.name(), spec.login(),
                    spec.form(), spec.csrfPage(), count, (System.nanoTime() - start) / 1e9);
        }
        System.out.println();
        return sessions;
    }

    private static Session signIn(SessionSpec spec, Target target, int timeoutMillis) throws IOException {
        try (HttpConnection connection = new HttpConnection(target, timeoutMillis, true)) {
            connection.captureBodies = true;
            Endpoint loginPage = get(spec.loginPage());
            int status = connection.send(loginPage, spec.loginPage());
            if (status / 100 != 2) {
                throw new IllegalStateException("GET " + spec.loginPage() + " answered " + status);
            }
            String token = csrfToken(connection.lastBody())
                    .orElseThrow(() -> new IllegalStateException("no _csrf field on " + spec.loginPage()));
            String form = (spec.form().isEmpty() ? "" : spec.form() + "&") + "_csrf="
                    + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
            Endpoint login = new Endpoint("login", "POST", List.of(spec.login()),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), form.getBytes(StandardCharsets.UTF_8), null,
                    "login", null, -1, null);
            status = connection.send(login, spec.login());
            if (status / 100 != 3 && status / 100 != 2) {
                throw new IllegalStateException("POST " + spec.login() + " answered " + status);
            }
            status = connection.send(get(spec.csrfPage()), spec.csrfPage());
            String page = connection.lastBody();
            if (status / 100 != 2) {
                throw new IllegalStateException("GET " + spec.csrfPage() + " answered " + status + " once signed in");
            }
            if (spec.expect() != null && !page.contains(spec.expect())) {
                throw new IllegalStateException("GET " + spec.csrfPage() + " does not contain '" + spec.expect()
                        + "' once signed in: the login did not take");
            }
            token = csrfToken(page).orElseThrow(() -> new IllegalStateException("no _csrf field on " + spec.csrfPage()));
            return new Session(connection.cookieHeader(), token);
        }
    }

    private static Endpoint get(String path) {
        return new Endpoint("login", "GET", List.of(path), Map.of("Accept", "text/html"), null, null, "login", null, -1, null);
    }

    static java.util.Optional<String> csrfToken(String html) {
        java.util.regex.Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher value = VALUE.matcher(input.group());
        return value.find() ? java.util.Optional.of(value.group(1)) : java.util.Optional.empty();
    }

    /** The headers that put a request of the endpoint into client {@code index}'s session. */
    Map<String, String> headersFor(Endpoint endpoint, SessionSpec spec, int index) {
        if (endpoint.session() == null) {
            return Map.of();
        }
        List<Session> sessions = byName.get(endpoint.session());
        Session session = sessions.get(index % sessions.size());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", session.cookie());
        if (!endpoint.method().equals("GET") && !endpoint.method().equals("HEAD")) {
            headers.put(spec.csrfHeader(), session.csrfToken());
        }
        return headers;
    }
}

/**
 * A minimal HTTP/1.1 client over one keep-alive socket. It reads and discards response bodies
 * (Content-Length, chunked, or up to the end of the connection), reconnects when the server
 * closes the connection and, like a browser, may keep the cookies it is given.
 */
final class HttpConnection implements Closeable {
    private final Target target;
    private final int timeoutMillis;
    private final boolean keepCookies;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final byte[] buffer = new byte[16 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean received;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** Details of the last response, for the probe. */
    String lastContentType = "";
    String lastContentEncoding = "";
    long lastBodyBytes;
    /** Whether to keep the bodies (up to 8 MiB) for {@link #lastBody()}, rather than discard them. */
    boolean captureBodies;
    private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    private boolean rememberCookies;

    HttpConnection(Target target, int timeoutMillis, boolean keepCookies) {
        this.target = target;
        this.timeoutMillis = timeoutMillis;
        this.keepCookies = keepCookies;
    }

    /** Sends the request and reads the whole response; returns the status code. */
    int send(Endpoint endpoint, String path) throws IOException {
        return send(endpoint, path, Map.of());
    }

    /** The same, with more headers (a session's cookie and CSRF token), which win over the endpoint's. */
    int send(Endpoint endpoint, String path, Map<String, String> extraHeaders) throws IOException {
        byte[] request = encode(endpoint, path, extraHeaders);
        boolean reused = socket != null;
        if (!reused) {
            connect();
        }
        try {
            return exchange(request, endpoint.method());
        } catch (EOFException | SocketException e) {
            boolean idempotent = endpoint.method().equals("GET") || endpoint.method().equals("HEAD");
            if (!reused || received || !idempotent) {
                throw e;
            }
            close();
            connect();
            return exchange(request, endpoint.method());
        }
    }

    /** The last response's body as text (gzip undone), when bodies are captured. */
    String lastBody() throws IOException {
        byte[] bytes = body.toByteArray();
        if (lastContentEncoding.equalsIgnoreCase("gzip")) {
            try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The cookies kept so far, as a Cookie header. */
    String cookieHeader() {
        StringBuilder cookie = new StringBuilder();
        cookies.forEach((name, value) -> {
            if (cookie.length() > 0) {
                cookie.append("; ");
            }
            cookie.append(name).append('=').append(value);
        });
        return cookie.toString();
    }

    private byte[] encode(Endpoint endpoint, String path, Map<String, String> extraHeaders) {
        StringBuilder head = new StringBuilder(256);
        head.append(endpoint.method()).append(' ').append(target.pathPrefix()).append(path).append(" HTTP/1.1\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", target.hostHeader());
        headers.put("User-Agent", "CityHall-LoadGenerator");
        headers.putAll(endpoint.headers());
        headers.putAll(extraHeaders);
        // A request with a cookie of its own (a session's) leaves the client's cookies alone.
        rememberCookies = keepCookies && !headers.containsKey("Cookie");
        if (!cookies.isEmpty() && !headers.containsKey("Cookie")) {
            headers.put("Cookie", cookieHeader());
        }
        byte[] body = endpoint.body();
        if (body != null) {
            headers.put("Content-Length", Integer.toString(body.length));
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return bytes;
        }
        byte[] request = new byte[bytes.length + body.length];
        System.arraycopy(bytes, 0, request, 0, bytes.length);
        System.arraycopy(body, 0, request, bytes.length, body.length);
        return request;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(target.address(), timeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        position = 0;
        limit = 0;
    }

    private int exchange(byte[] request, String method) throws IOException {
        received = false;
        out.write(request);
        out.flush();

        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/") || statusLine.length() < 12) {
            throw new IOException("not an HTTP response: " + abbreviate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("bad status line: " + abbreviate(statusLine));
        }
        boolean http10 = statusLine.startsWith("HTTP/1.0");
        long contentLength = -1;
        boolean chunked = false;
        Boolean keepAlive = null;
        String contentType = "";
        String contentEncoding = "";
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).strip();
            String value = header.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                String token = value.toLowerCase(Locale.ROOT);
                if (token.contains("close")) {
                    keepAlive = false;
                } else if (token.contains("keep-alive")) {
                    keepAlive = true;
                }
            } else if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else if (name.equalsIgnoreCase("Content-Encoding")) {
                contentEncoding = value;
            } else if (name.equalsIgnoreCase("Set-Cookie") && rememberCookies) {
                rememberCookie(value);
            }
        }

        long bodyBytes;
        body.reset();
        boolean noBody = method.equals("HEAD") || status / 100 == 1 || status == 204 || status == 304;
        boolean closeAfter = keepAlive != null ? !keepAlive : http10;
        if (noBody) {
            bodyBytes = 0;
        } else if (chunked) {
            bodyBytes = skipChunkedBody();
        } else if (contentLength >= 0) {
            skip(contentLength);
            bodyBytes = contentLength;
        } else {
            bodyBytes = skipToEnd();
            closeAfter = true;
        }
        lastContentType = contentType;
        lastContentEncoding = contentEncoding;
        lastBodyBytes = bodyBytes;
        if (closeAfter) {
            close();
        }
        return status;
    }

    private void rememberCookie(String setCookie) {
        int end = setCookie.indexOf(';');
        String pair = end < 0 ? setCookie : setCookie.substring(0, end);
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        String attributes = setCookie.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || attributes.contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private long skipChunkedBody() throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + abbreviate(sizeLine));
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailer fields are not used
                }
                return total;
            }
            skip(size);
            total += size;
            if (!readLine().isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private void skip(long count) throws IOException {
        long remaining = count;
        while (remaining > 0) {
            if (position == limit) {
                fill();
            }
            int step = (int) Math.min(remaining, limit - position);
            if (captureBodies && body.size() < 8 * 1024 * 1024) {
                body.write(buffer, position, step);
            }
            position += step;
            remaining -= step;
        }
    }

    private long skipToEnd() throws IOException {
        long total = limit - position;
        if (captureBodies) {
            body.write(buffer, position, limit - position);
        }
        position = limit;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (captureBodies && body.size() < 8 * 1024 * 1024) {
                body.write(buffer, 0, read);
            }
        }
        return total;
    }

    private String readLine() throws IOException {
        line.setLength(0);
        while (true) {
            if (position == limit) {
                fill();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            if (line.length() > 64 * 1024) {
                throw new IOException("response line longer than 64 KiB");
            }
            line.append((char) (b & 0xff));
        }
    }

    private void fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            throw new EOFException("connection closed by the server");
        }
        received = true;
        position = 0;
        limit = read;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}


/** One client: sends requests over its connection in a closed loop until the end of the run. */
final class Client extends ClosedLoopClient {
    private static final Outcome OK = new Outcome(1, null, List.of());

    private final int index;
    private final List<Endpoint> endpoints;
    private final Scenario scenario;
    private final Sessions sessions;
    private final HttpConnection connection;
    private int nextEndpoint;
    private int nextPath;
    private Endpoint endpoint;
    private String path;

    Client(int index, List<Endpoint> endpoints, Target target, Scenario scenario, Sessions sessions,
           long startNanos, long measureFromNanos, long endNanos) {
        super(startNanos, measureFromNanos, endNanos);
        this.index = index;
        this.endpoints = endpoints;
        this.scenario = scenario;
        this.sessions = sessions;
        this.connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, scenario.cookies);
        this.nextEndpoint = index % endpoints.size();
        this.nextPath = index * 7919;
    }

    @Override
    Outcome operate() throws IOException {
        endpoint = endpoints.get(nextEndpoint);
        nextEndpoint = (nextEndpoint + 1) % endpoints.size();
        path = endpoint.paths().get(Math.floorMod(nextPath++, endpoint.paths().size()));
        int status = connection.send(endpoint, path,
                sessions.headersFor(endpoint, scenario.sessions.get(endpoint.session()), index));
        return status / 100 == 2 ? OK : new Outcome(1, "HTTP " + status, List.of());
    }

    @Override
    String current() {
        return endpoint.method() + " " + path + " (" + endpoint.name() + ")";
    }

    @Override
    void afterError() {
        connection.close();
    }

    @Override
    void close() {
        connection.close();
    }
}

/** Runs the probe, the pre-warm and the interleaved measurements of a scenario. */
final class Benchmark {
    private final Scenario scenario;
    private final Target target;
    private Sessions sessions = Sessions.none();

    Benchmark(Scenario scenario, Target target) {
        this.scenario = scenario;
        this.target = target;
    }

    Scenario scenario() {
        return scenario;
    }

    /** The signed-in sessions (none before {@link #signIn()}). */
    Sessions sessions() {
        return sessions;
    }

    /** Signs in the scenario's sessions, one of each kind per client; returns the failures. */
    List<String> signIn() {
        List<String> failures = new ArrayList<>();
        Sessions made = Sessions.signIn(scenario, target, Collections.max(scenario.clients), failures);
        if (made != null) {
            sessions = made;
        }
        return failures;
    }

    /** Sends one request to every endpoint and describes the answer; returns the failures. */
    List<String> probe() {
        return Interleaving.probe("Probe (one request each):", this::probe);
    }

    private void probe(List<String> failures) {
        for (Endpoint endpoint : scenario.endpoints()) {
            String path = endpoint.paths().get(0);
            HttpConnection connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, scenario.cookies);
            connection.captureBodies = endpoint.expect() != null;
            try {
                long start = System.nanoTime();
                int status = connection.send(endpoint, path,
                        sessions.headersFor(endpoint, scenario.sessions.get(endpoint.session()), 0));
                double millis = (System.nanoTime() - start) / 1e6;
                String encoding = connection.lastContentEncoding.isEmpty() ? ""
                        : " " + connection.lastContentEncoding;
                System.out.printf(Locale.ROOT, "  %-16s %s %s -> %d %s, %d bytes%s, %.1f ms%n", endpoint.name(),
                        endpoint.method(), path, status, connection.lastContentType, connection.lastBodyBytes,
                        encoding, millis);
                if (status / 100 != 2) {
                    failures.add(endpoint.method() + " " + path + " (" + endpoint.name() + "): HTTP " + status);
                } else if (endpoint.expect() != null) {
                    String body = connection.lastBody();
                    int occurrences = occurrences(body, endpoint.expect());
                    String expected = endpoint.expectOccurrences() >= 0 ? endpoint.expectOccurrences() + " times"
                            : "at least once";
                    boolean met = endpoint.expectOccurrences() >= 0 ? occurrences == endpoint.expectOccurrences()
                            : occurrences > 0;
                    System.out.printf(Locale.ROOT, "  %-16s contains '%s' %d times (expected %s)%n", "", endpoint.expect(),
                            occurrences, expected);
                    if (!met) {
                        failures.add(endpoint.method() + " " + path + " (" + endpoint.name() + "): contains '"
                                + endpoint.expect() + "' " + occurrences + " times, expected " + expected);
                    }
                }
            } catch (IOException e) {
                System.out.printf(Locale.ROOT, "  %-16s %s %s -> %s%n", endpoint.name(), endpoint.method(), path, e);
                failures.add(endpoint.method() + " " + path + " (" + endpoint.name() + "): " + e);
            } finally {
                connection.close();
            }
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Loads all endpoints together, so that the first measurement does not pay for the JIT compiler alone. */
    List<String> prewarm() {
        List<String> failures = Interleaving.prewarm(scenario, "all endpoints in turn",
                clients -> load(scenario.endpoints(), clients, scenario.prewarmSeconds, 0),
                result -> String.format(Locale.ROOT, "pre-warm saw %d non-2xx responses and %d errors",
                        result.non2xx, result.errors));
        if (scenario.prewarmSeconds > 0) {
            for (String settlePath : scenario.endpoints().stream().map(Endpoint::settlePath)
                    .filter(java.util.Objects::nonNull).distinct().toList()) {
                double seconds = settle(settlePath);
                System.out.printf(Locale.ROOT, "Settled after the pre-warm: GET %s answered 0 after %s s%n%n", settlePath,
                        BenchSupport.fixed(seconds, 1));
            }
            failures = new ArrayList<>(failures);
            failures.addAll(prewarmBaselinesAlone());
        }
        return failures;
    }

    /**
     * Each baseline alone, for a run's length at the fewest clients, unmeasured. After the pre-warm of everything
     * at once the JIT compiler is still re-shaping the code the baselines share with heavier endpoints: their
     * first measured run went at half the speed of their later ones, which made every ratio look better.
     */
    private List<String> prewarmBaselinesAlone() {
        int clients = Collections.min(scenario.clients);
        int seconds = scenario.warmupSeconds + scenario.measureSeconds;
        List<String> failures = new ArrayList<>();
        for (Endpoint baseline : scenario.baselines) {
            RunResult result = load(List.of(baseline), clients, seconds, 0);
            System.out.printf(Locale.ROOT, "Pre-warm of %s alone: %d clients, %d s%n", baseline.name(), clients, seconds);
            if (result.non2xx + result.errors > 0) {
                failures.add(String.format(Locale.ROOT, "pre-warm of %s saw %d non-2xx responses and %d errors",
                        baseline.name(), result.non2xx, result.errors));
                failures.addAll(result.failures);
            }
        }
        System.out.println();
        return failures;
    }

    /**
     * Polls each of the paths (comma-separated), in order, until it answers 0 (work left behind by the run,
     * such as event listeners still to complete and then what follows the records they filed, is done) or
     * the settle timeout passes; returns the seconds waited in all (NaN: timed out).
     */
    double settle(String paths) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(scenario.settleTimeoutSeconds);
        for (String part : paths.split(",")) {
            String path = part.strip();
            if (!settled(path, deadline)) {
                System.out.printf(Locale.ROOT, "  GET %s did not answer 0 within %d s%n", path, scenario.settleTimeoutSeconds);
                return Double.NaN;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean settled(String path, long deadline) {
        Endpoint poll = new Endpoint("settle", "GET", List.of(path), Map.of("Accept", "text/plain"), null, null, "settle",
                null, -1, null);
        try (HttpConnection connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, false)) {
            connection.captureBodies = true;
            while (System.nanoTime() - deadline < 0) {
                try {
                    if (connection.send(poll, path) / 100 == 2 && connection.lastBody().strip().equals("0")) {
                        return true;
                    }
                } catch (IOException e) {
                    connection.close();
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
        return false;
    }

    /** Measures every client count: per round the baseline then each target (rotated), and a last baseline. */
    List<Aggregate> measure() {
        int total = scenario.measurementsPerClientCount() * scenario.clients.size();
        long seconds = (long) total * (scenario.warmupSeconds + scenario.measureSeconds) + scenario.prewarmSeconds;
        System.out.printf(Locale.ROOT,
                "Interleaved: for each client count, %s of the %s then each target (order rotated"
                        + " per round), closed by one more run of the %s.%n"
                        + "Baseline figures combine %d runs each, target figures %s."
                        + " Each run: %d s warm-up, %d s measured. About %d s in all%s.%n%n",
                plural(scenario.rounds, "round"), scenario.baselines.size() == 1 ? "baseline" : "baselines",
                scenario.baselines.size() == 1 ? "baseline" : "baselines", scenario.rounds + 1,
                scenario.rounds == 1 ? "their single run" : "their " + scenario.rounds + " runs",
                scenario.warmupSeconds, scenario.measureSeconds, seconds,
                scenario.endpoints().stream().anyMatch(e -> e.settlePath() != null) ? ", plus the waits to settle" : "");
        return Interleaving.measure(scenario, scenario.endpoints(),
                Interleaving.order(scenario.baselines, scenario.targets, scenario.rounds), Endpoint::name,
                (endpoint, clients) -> {
                    RunResult result = load(List.of(endpoint), clients, scenario.warmupSeconds, scenario.measureSeconds);
                    if (endpoint.settlePath() != null) {
                        result.settleSeconds = settle(endpoint.settlePath());
                    }
                    return result;
                },
                "  [%2d/%d] %3d clients  %-16s %10s req/s  p50 %8s ms  p99 %8s ms%s%n",
                "  No request succeeded in this run: stopping the measurements.");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private RunResult load(List<Endpoint> endpoints, int clients, int warmupSeconds, int measureSeconds) {
        return Interleaving.load(clients, warmupSeconds, measureSeconds, (i, start, measureFrom, end) ->
                new Client(i, endpoints, target, scenario, sessions, start, measureFrom, end));
    }
}

/** The table on the console and the JSON record. */
final class Report {
    private final Scenario scenario;
    private final List<Aggregate> aggregates;
    private final List<CheckResult> checks = new ArrayList<>();

    record CheckResult(Check check, double value, boolean passed) {
    }

    Report(Scenario scenario, List<Aggregate> aggregates) {
        this.scenario = scenario;
        this.aggregates = aggregates;
        for (Check check : scenario.checks) {
            Aggregate target = find(check.endpoint(), check.clients());
            Aggregate baseline = find(scenario.endpoint(check.endpoint()).baseline(), check.clients());
            double value = target == null || baseline == null ? Double.NaN : check.metric().valueOf(target, baseline);
            checks.add(new CheckResult(check, value, check.passes(value)));
        }
    }

    private Aggregate find(String endpoint, int clients) {
        return Aggregate.find(aggregates, endpoint, clients);
    }

    boolean failed() {
        return Aggregate.failed(aggregates) > 0;
    }

    void print(java.io.PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %7s %4s %10s %8s %8s %8s %8s %9s %6s %8s %8s %8s%n",
                "endpoint", "clients", "runs", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "requests", "errors", "rps/base", "p50/base", "p99/base");
        for (int clients : scenario.clients) {
            for (Aggregate a : aggregates) {
                if (a.clients != clients) {
                    continue;
                }
                Aggregate baseline = find(scenario.endpoint(a.name).baseline(), clients);
                List<Object> row = new ArrayList<>(List.of(a.name, clients, a.runs.size(), BenchSupport.fixed(a.rps(), 1)));
                row.addAll(a.latencyCells());
                row.addAll(List.of(a.requests(), a.non2xx() + a.errors()));
                row.addAll(a.ratioCells(baseline, 2));
                out.printf(Locale.ROOT, "%-16s %7d %4d %10s %8s %8s %8s %8s %9d %6d %8s %8s %8s%n", row.toArray());
            }
        }
        out.println();
        for (Endpoint baseline : scenario.baselines) {
            out.printf(Locale.ROOT, "Baseline %s: %s %s%s, for %s.%n", baseline.name(), baseline.method(), baseline.path(),
                    baseline.session() == null ? "" : " in session " + baseline.session(),
                    String.join(", ", scenario.targets.stream().filter(t -> t.baseline().equals(baseline.name()))
                            .map(Endpoint::name).toList()));
        }
        out.printf(Locale.ROOT, "Each baseline: %d runs per client count interleaved with the targets"
                + " (req/s: mean of the runs; percentiles: all their requests).%n"
                + "Ratios: target / its baseline at the same client count.%n", scenario.rounds + 1);
        out.println();

        boolean settled = false;
        for (Aggregate a : aggregates) {
            if (!a.settled()) {
                continue;
            }
            if (!settled) {
                out.println("Work left behind (after each run the load generator waited until the settle path answered 0;"
                        + " the wait is not in the figures above):");
                settled = true;
            }
            out.printf(Locale.ROOT, "  %-16s %3d clients  waited %s s after its runs (%s); with the waits, %s req/s"
                            + " (%s of the measured req/s)%n", a.name, a.clients, BenchSupport.fixed(a.settleSeconds(), 1),
                    String.join(", ", a.runs.stream().map(r -> BenchSupport.fixed(r.settleSeconds, 1)).toList()),
                    BenchSupport.fixed(a.sustainedRps(), 1), BenchSupport.fixed(a.sustainedRps() / a.rps(), 2));
        }
        if (settled) {
            out.println();
        }

        if (!checks.isEmpty()) {
            out.println("Targets:");
            for (CheckResult result : checks) {
                Check check = result.check();
                out.printf(Locale.ROOT, "  %-4s  %-16s %3d clients  %-22s  measured %s%n",
                        result.passed() ? "PASS" : "MISS", check.endpoint(), check.clients(), check.describe(),
                        BenchSupport.number(result.value()));
            }
            long missed = checks.stream().filter(c -> !c.passed()).count();
            out.printf(Locale.ROOT, "  %d of %d targets met%s%n%n", checks.size() - missed, checks.size(),
                    missed > 0 ? " (a missed target is reported, it does not fail the run)" : "");
        }

        if (failed()) {
            Aggregate.printFailures(out, "FAILED: %d non-2xx responses or errors, for instance:%n", aggregates);
        } else {
            out.println("No errors: every request answered 2xx.");
        }
    }

    void writeJson(Path file, String baseUrl, String commit, Map<String, String> meta) throws IOException {
        Map<String, Object> root = BenchSupport.results(scenario.name, scenario.description, scenario.mode(), commit,
                System.getProperty("java.version"));
        root.put("base_url", baseUrl);
        Map<String, Object> settings = scenario.settings();
        settings.put("cookies", scenario.cookies);
        settings.put("timeout_seconds", scenario.timeoutSeconds);
        if (scenario.endpoints().stream().anyMatch(e -> e.settlePath() != null)) {
            settings.put("settle_timeout_seconds", scenario.settleTimeoutSeconds);
        }
        root.put("settings", settings);
        BenchSupport.putMeta(root, meta);
        root.put("baseline", scenario.baseline.name());
        root.put("baselines", scenario.baselines.stream().map(e -> (Object) e.name()).toList());
        if (!scenario.sessions.isEmpty()) {
            Map<String, Object> sessions = new LinkedHashMap<>();
            for (SessionSpec spec : scenario.sessions.values()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("login", "POST " + spec.login() + (spec.form().isEmpty() ? "" : " " + spec.form()));
                s.put("csrf_page", spec.csrfPage());
                s.put("per_client", true);
                sessions.put(spec.name(), s);
            }
            root.put("sessions", sessions);
        }

        List<Object> endpoints = new ArrayList<>();
        for (Endpoint endpoint : scenario.endpoints()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", endpoint.name());
            e.put("role", endpoint.isBaseline() ? "baseline" : "target");
            if (!endpoint.isBaseline()) {
                e.put("baseline", endpoint.baseline());
            }
            e.put("method", endpoint.method());
            e.put("path", endpoint.path());
            if (endpoint.session() != null) {
                e.put("session", endpoint.session());
            }
            if (endpoint.settlePath() != null) {
                e.put("settle_path", endpoint.settlePath());
            }
            if (!endpoint.headers().isEmpty()) {
                e.put("headers", new LinkedHashMap<String, Object>(endpoint.headers()));
            }
            List<Object> byClients = new ArrayList<>();
            for (int clients : scenario.clients) {
                Aggregate a = find(endpoint.name(), clients);
                Map<String, Object> figures = a.figures();
                figures.put("non_2xx", a.non2xx());
                figures.put("errors", a.errors());
                a.putRatiosAndFailures(figures, find(endpoint.baseline(), clients), 3);
                if (a.settled()) {
                    figures.put("settle_seconds", a.runs.stream().map(r -> (Object) BenchSupport.round(r.settleSeconds, 1))
                            .toList());
                    figures.put("sustained_rps", BenchSupport.round(a.sustainedRps(), 1));
                }
                byClients.add(figures);
            }
            e.put("by_clients", byClients);
            endpoints.add(e);
        }
        root.put("endpoints", endpoints);

        List<Object> targets = new ArrayList<>();
        for (CheckResult result : checks) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("endpoint", result.check().endpoint());
            t.put("clients", result.check().clients());
            t.put("check", result.check().metric().key);
            t.put("limit", result.check().limit());
            t.put("value", BenchSupport.round(result.value(), 3));
            t.put("result", result.passed() ? "PASS" : "MISS");
            targets.add(t);
        }
        root.put("targets", targets);
        root.put("targets_met", checks.stream().filter(CheckResult::passed).count());
        root.put("targets_missed", checks.stream().filter(c -> !c.passed()).count());
        root.put("failed", failed());
        BenchSupport.writeJson(file, root);
    }
}
