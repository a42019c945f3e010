import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Single source file, JDK only: {@code java bench/LoadGenerator.java --help}.
 */
public final class LoadGenerator {

    static final String USAGE = """
            usage: java bench/LoadGenerator.java --base-url URL --scenario FILE [options]

              --base-url URL      server to load, e.g. http://127.0.0.1:18080 (plain HTTP only)
              --scenario FILE     scenario file, e.g. bench/scenarios/catalogue.properties
              --smoke             use the scenario's short smoke timings
              --output FILE       write the figures as JSON to FILE
              --commit SHA        commit to record (default: git rev-parse HEAD, else "unknown")
              --meta KEY=VALUE    extra fact to record in the JSON (repeatable)
              --clients LIST      override the client counts, e.g. 4,16
              --warmup SECONDS    override the warm-up time of each measurement
              --measure SECONDS   override the measured time of each measurement
              --rounds N          override the number of interleaved rounds

            exit status: 0 when every request succeeded (targets may be missed),
                         1 when a request failed or answered non-2xx, 2 on a usage error""";

    private LoadGenerator() {
    }

    public static void main(String[] args) {
        int status;
        try {
            Options options = Options.parse(args);
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
            String commit = options.commit != null ? options.commit : Machine.gitCommit();
            report.writeJson(options.output, options.baseUrl, commit, options.meta);
            System.out.println("Wrote " + options.output);
        }
        return report.failed() ? 1 : 0;
    }
}

/** A mistake in the command line or in the scenario file. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

/** A mistake in a scenario file. */
final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    ScenarioException(String message) {
        super(message);
    }
}

/** Command-line options. */
final class Options {
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

    static Options parse(String[] args) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> options.help = true;
                case "--smoke" -> options.smoke = true;
                case "--base-url" -> options.baseUrl = value(args, ++i, arg);
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

/** Facts about the machine and the checkout, recorded with the results. */
final class Machine {
    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static long memoryMiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024);
        }
        return -1;
    }

    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40}")) {
                return out;
            }
        } catch (IOException e) {
            // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
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

/** One request of a scenario: the baseline or a target. */
record Endpoint(String name, String method, List<String> paths, Map<String, String> headers, byte[] body) {

    String path() {
        return paths.size() == 1 ? paths.get(0) : paths.get(0) + " (+" + (paths.size() - 1) + " more)";
    }
}

/** What the scenario file asks for. */
final class Scenario {
    static final String BASELINE = "baseline";
    private static final Set<String> RUNNER_KEYS = Set.of("prepare.before-start", "prepare.after-ready", "app.args",
            "runner");

    String name;
    String description = "";
    boolean smoke;
    Endpoint baseline;
    final List<Endpoint> targets = new ArrayList<>();
    List<Integer> clients;
    int prewarmSeconds;
    int warmupSeconds;
    int measureSeconds;
    int rounds;
    int timeoutSeconds;
    boolean cookies;
    final List<Check> checks = new ArrayList<>();

    String mode() {
        return smoke ? "smoke" : "full";
    }

    /** Number of measurements per client count: each round measures the baseline and every target once. */
    int measurementsPerClientCount() {
        return rounds * (1 + targets.size()) + 1;
    }

    static Scenario load(Path file, Options options) throws IOException, ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("no scenario file " + file);
        }
        Map<String, String> props = readProperties(file);
        Scenario scenario = new Scenario();
        scenario.name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        scenario.smoke = options.smoke;
        scenario.description = props.getOrDefault("description", "");
        String runner = props.getOrDefault("runner", "http");
        if (!runner.equals("http")) {
            throw new ScenarioException(file + ": runner=" + runner + " is not a scenario for this load generator;"
                    + " run it with bench/run " + scenario.name);
        }

        Map<String, Map<String, String>> endpointKeys = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : props.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("baseline.")) {
                endpointKeys.computeIfAbsent(BASELINE, k -> new LinkedHashMap<>())
                        .put(key.substring("baseline.".length()), entry.getValue());
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
                if (target.equals(BASELINE)) {
                    throw new ScenarioException(file + ": a target cannot be called " + BASELINE);
                }
                endpointKeys.computeIfAbsent(target, k -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), entry.getValue());
            } else if (!RUNNER_KEYS.contains(key) && !key.equals("description")) {
                settings.put(key, entry.getValue());
            }
        }

        if (!endpointKeys.containsKey(BASELINE)) {
            throw new ScenarioException(file + ": no baseline.path");
        }
        if (endpointKeys.size() < 2) {
            throw new ScenarioException(file + ": no target.NAME.path");
        }
        for (Map.Entry<String, Map<String, String>> entry : endpointKeys.entrySet()) {
            Endpoint endpoint = parseEndpoint(file, entry.getKey(), entry.getValue(), scenario);
            if (entry.getKey().equals(BASELINE)) {
                scenario.baseline = endpoint;
            } else {
                scenario.targets.add(endpoint);
            }
        }

        String prefix = options.smoke ? "smoke." : "";
        scenario.clients = options.clients != null ? options.clients
                : parseClients(required(file, settings, "clients"), "clients");
        scenario.warmupSeconds = options.warmupSeconds != null ? options.warmupSeconds
                : timing(file, settings, prefix + "warmup.seconds", 0);
        scenario.measureSeconds = options.measureSeconds != null ? options.measureSeconds
                : timing(file, settings, prefix + "measure.seconds", 1);
        scenario.rounds = options.rounds != null ? options.rounds
                : timing(file, settings, prefix + "rounds", 1);
        scenario.prewarmSeconds = settings.containsKey(prefix + "prewarm.seconds")
                ? timing(file, settings, prefix + "prewarm.seconds", 0) : 0;
        scenario.timeoutSeconds = settings.containsKey("timeout.seconds")
                ? timing(file, settings, "timeout.seconds", 1) : 10;
        String cookies = settings.getOrDefault("cookies", "true");
        if (!cookies.equals("true") && !cookies.equals("false")) {
            throw new ScenarioException(file + ": cookies must be true or false, got " + cookies);
        }
        scenario.cookies = cookies.equals("true");

        Set<String> known = new LinkedHashSet<>(List.of("clients", "timeout.seconds", "cookies"));
        for (String timing : List.of("warmup.seconds", "measure.seconds", "rounds", "prewarm.seconds")) {
            known.add(timing);
            known.add("smoke." + timing);
        }
        for (String key : settings.keySet()) {
            if (!known.contains(key)) {
                throw new ScenarioException(file + ": unknown key " + key);
            }
        }
        for (Check check : scenario.checks) {
            if (!scenario.clients.contains(check.clients()) && options.clients == null) {
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
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String key = field.getKey();
            String value = field.getValue();
            if (key.equals("method")) {
                method = value.toUpperCase(Locale.ROOT);
            } else if (key.equals("path")) {
                path = value;
            } else if (key.equals("paths-file")) {
                pathsFile = Path.of(value);
            } else if (key.equals("body")) {
                body = value.getBytes(StandardCharsets.UTF_8);
            } else if (key.startsWith("header.") && key.length() > "header.".length()) {
                headers.put(key.substring("header.".length()), value);
            } else if (!name.equals(BASELINE) && checkMetric(key) != null) {
                Check.Metric metric = checkMetric(key);
                int dot = key.lastIndexOf('.');
                int clients = parseInt(key.substring(dot + 1), file + ": client count in " + key, 1);
                double limit;
                try {
                    limit = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new ScenarioException(file + ": not a number: target." + name + "." + key + "=" + value);
                }
                scenario.checks.add(new Check(name, metric, clients, limit));
            } else {
                String owner = name.equals(BASELINE) ? "baseline" : "target." + name;
                throw new ScenarioException(file + ": unknown key " + owner + "." + key
                        + " (fields: method, path, paths-file, body, header.NAME; checks: "
                        + Check.Metric.keys() + ")");
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
        return new Endpoint(name, method, paths, Collections.unmodifiableMap(headers), body);
    }

    /** The metric of a check key such as minRpsRatio.16, or null. */
    private static Check.Metric checkMetric(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 ? Check.Metric.byKey(key.substring(0, dot)) : null;
    }

    /** Reads key=value lines in file order; # and ! start comments; no escapes or continuation lines. */
    static Map<String, String> readProperties(Path file) throws IOException, ScenarioException {
        Map<String, String> props = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new ScenarioException(file + ":" + number + ": expected key=value");
            }
            props.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
        }
        return props;
    }

    static List<Integer> parseClients(String value, String what) throws ScenarioException {
        List<Integer> clients = new ArrayList<>();
        for (String part : value.split(",")) {
            int count = parseInt(part.strip(), what, 1);
            if (!clients.contains(count)) {
                clients.add(count);
            }
        }
        return List.copyOf(clients);
    }

    static int parseInt(String value, String what, int minimum) throws ScenarioException {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= minimum) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(what + ": expected a whole number of at least " + minimum + ", got " + value);
    }

    private static int timing(Path file, Map<String, String> settings, String key, int minimum)
            throws ScenarioException {
        return parseInt(required(file, settings, key), file + ": " + key, minimum);
    }

    private static String required(Path file, Map<String, String> settings, String key) throws ScenarioException {
        String value = settings.get(key);
        if (value == null) {
            throw new ScenarioException(file + ": missing " + key);
        }
        return value;
    }
}

/** A figure a target should reach, e.g. target.home.minRpsRatio.16=0.5. */
record Check(String endpoint, Metric metric, int clients, double limit) {

    enum Metric {
        MIN_RPS("minRps", "req/s", true),
        MIN_RPS_RATIO("minRpsRatio", "req/s ratio", true),
        MAX_MEDIAN_MS("maxMedianMs", "p50 ms", false),
        MAX_P90_MS("maxP90Ms", "p90 ms", false),
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
                case MAX_P99_MS -> target.histogram.percentileMillis(99);
                case MAX_MEDIAN_RATIO -> target.histogram.percentileMillis(50) / baseline.histogram.percentileMillis(50);
                case MAX_P99_RATIO -> target.histogram.percentileMillis(99) / baseline.histogram.percentileMillis(99);
            };
        }
    }

    String describe() {
        return metric.label + (metric.minimum ? " >= " : " <= ") + Report.number(limit);
    }

    boolean passes(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return metric.minimum ? value >= limit : value <= limit;
    }
}

/**
 * Latency histogram in microseconds with log-linear buckets (as HdrHistogram does): exact below
 * 256 µs, then 128 buckets per power of two, so a recorded value is off by less than 0.8%.
 */
final class Histogram {
    private static final int SUB_BITS = 7;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    private static final int EXACT = 2 * SUB_COUNT;
    private static final int MAX_SHIFT = 30;
    private static final long MAX_VALUE = (1L << (MAX_SHIFT + SUB_BITS + 1)) - 1;

    private final long[] counts = new long[EXACT + MAX_SHIFT * SUB_COUNT];
    private long total;
    private long max;
    private long sum;

    void record(long micros) {
        long value = Math.min(Math.max(micros, 0), MAX_VALUE);
        counts[indexOf(value)]++;
        total++;
        sum += value;
        max = Math.max(max, value);
    }

    void add(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    double maxMillis() {
        return total == 0 ? Double.NaN : max / 1000.0;
    }

    double meanMillis() {
        return total == 0 ? Double.NaN : sum / 1000.0 / total;
    }

    /** The value at the given percentile: the top of its bucket, never above the largest value seen. */
    double percentileMillis(double percentile) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highestValueAt(i), max) / 1000.0;
            }
        }
        return max / 1000.0;
    }

    static int indexOf(long value) {
        if (value < EXACT) {
            return (int) value;
        }
        int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS;
        int top = (int) (value >>> shift);
        return EXACT + (shift - 1) * SUB_COUNT + (top - SUB_COUNT);
    }

    static long highestValueAt(int index) {
        if (index < EXACT) {
            return index;
        }
        int shift = (index - EXACT) / SUB_COUNT + 1;
        int top = (index - EXACT) % SUB_COUNT + SUB_COUNT;
        return ((long) (top + 1) << shift) - 1;
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

    HttpConnection(Target target, int timeoutMillis, boolean keepCookies) {
        this.target = target;
        this.timeoutMillis = timeoutMillis;
        this.keepCookies = keepCookies;
    }

    /** Sends the request and reads the whole response; returns the status code. */
    int send(Endpoint endpoint, String path) throws IOException {
        byte[] request = encode(endpoint, path);
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

    private byte[] encode(Endpoint endpoint, String path) {
        StringBuilder head = new StringBuilder(256);
        head.append(endpoint.method()).append(' ').append(target.pathPrefix()).append(path).append(" HTTP/1.1\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", target.hostHeader());
        headers.put("User-Agent", "CityHall-LoadGenerator");
        headers.putAll(endpoint.headers());
        if (!cookies.isEmpty() && !headers.containsKey("Cookie")) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> {
                if (cookie.length() > 0) {
                    cookie.append("; ");
                }
                cookie.append(name).append('=').append(value);
            });
            headers.put("Cookie", cookie.toString());
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
            } else if (name.equalsIgnoreCase("Set-Cookie") && keepCookies) {
                rememberCookie(value);
            }
        }

        long bodyBytes;
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
            position += step;
            remaining -= step;
        }
    }

    private long skipToEnd() throws IOException {
        long total = limit - position;
        position = limit;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
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

/** One client: sends requests in a closed loop until the end of the run. */
final class Client implements Runnable {
    private static final long BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final List<Endpoint> endpoints;
    private final HttpConnection connection;
    private final long startNanos;
    private final long measureFromNanos;
    private final long endNanos;
    private int nextEndpoint;
    private int nextPath;

    final Histogram histogram = new Histogram();
    long requests;
    long non2xx;
    long errors;
    String firstFailure;

    Client(int index, List<Endpoint> endpoints, Target target, Scenario scenario,
           long startNanos, long measureFromNanos, long endNanos) {
        this.endpoints = endpoints;
        this.connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, scenario.cookies);
        this.startNanos = startNanos;
        this.measureFromNanos = measureFromNanos;
        this.endNanos = endNanos;
        this.nextEndpoint = index % endpoints.size();
        this.nextPath = index * 7919;
    }

    @Override
    public void run() {
        for (long wait = startNanos - System.nanoTime(); wait > 0; wait = startNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        try {
            while (true) {
                long start = System.nanoTime();
                if (start - endNanos >= 0) {
                    break;
                }
                Endpoint endpoint = endpoints.get(nextEndpoint);
                nextEndpoint = (nextEndpoint + 1) % endpoints.size();
                String path = endpoint.paths().get(Math.floorMod(nextPath++, endpoint.paths().size()));
                boolean measured = start - measureFromNanos >= 0;
                try {
                    int status = connection.send(endpoint, path);
                    long micros = (System.nanoTime() - start) / 1000;
                    if (measured) {
                        histogram.record(micros);
                        requests++;
                    }
                    if (status / 100 != 2) {
                        non2xx++;
                        noteFailure(endpoint, path, "HTTP " + status);
                    }
                } catch (IOException | RuntimeException e) {
                    errors++;
                    noteFailure(endpoint, path, e.getClass().getSimpleName() + ": " + e.getMessage());
                    connection.close();
                    LockSupport.parkNanos(BACKOFF_NANOS);
                }
            }
        } finally {
            connection.close();
        }
    }

    private void noteFailure(Endpoint endpoint, String path, String what) {
        if (firstFailure == null) {
            firstFailure = endpoint.method() + " " + path + " (" + endpoint.name() + "): " + what;
        }
    }
}

/** The figures of one measurement: one endpoint at one client count for one warm-up and measure period. */
final class RunResult {
    final Histogram histogram = new Histogram();
    final double measureSeconds;
    long requests;
    long non2xx;
    long errors;
    final List<String> failures = new ArrayList<>();

    RunResult(double measureSeconds) {
        this.measureSeconds = measureSeconds;
    }

    double rps() {
        return requests / measureSeconds;
    }

    void add(Client client) {
        histogram.add(client.histogram);
        requests += client.requests;
        non2xx += client.non2xx;
        errors += client.errors;
        if (client.firstFailure != null && !failures.contains(client.firstFailure)) {
            failures.add(client.firstFailure);
        }
    }
}

/** All measurements of one endpoint at one client count. */
final class Aggregate {
    final Endpoint endpoint;
    final int clients;
    final List<RunResult> runs = new ArrayList<>();
    final Histogram histogram = new Histogram();

    Aggregate(Endpoint endpoint, int clients) {
        this.endpoint = endpoint;
        this.clients = clients;
    }

    void add(RunResult run) {
        runs.add(run);
        histogram.add(run.histogram);
    }

    /** Mean of the runs' throughput. */
    double rps() {
        return runs.stream().mapToDouble(RunResult::rps).average().orElse(Double.NaN);
    }

    long requests() {
        return runs.stream().mapToLong(r -> r.requests).sum();
    }

    long non2xx() {
        return runs.stream().mapToLong(r -> r.non2xx).sum();
    }

    long errors() {
        return runs.stream().mapToLong(r -> r.errors).sum();
    }

    List<String> failures() {
        Set<String> failures = new LinkedHashSet<>();
        runs.forEach(r -> failures.addAll(r.failures));
        return List.copyOf(failures);
    }
}

/** Runs the probe, the pre-warm and the interleaved measurements of a scenario. */
final class Benchmark {
    private final Scenario scenario;
    private final Target target;

    Benchmark(Scenario scenario, Target target) {
        this.scenario = scenario;
        this.target = target;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(scenario.baseline);
        all.addAll(scenario.targets);
        return all;
    }

    /** Sends one request to every endpoint and describes the answer; returns the failures. */
    List<String> probe() {
        List<String> failures = new ArrayList<>();
        System.out.println("Probe (one request each):");
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.paths().get(0);
            HttpConnection connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, scenario.cookies);
            try {
                long start = System.nanoTime();
                int status = connection.send(endpoint, path);
                double millis = (System.nanoTime() - start) / 1e6;
                String encoding = connection.lastContentEncoding.isEmpty() ? ""
                        : " " + connection.lastContentEncoding;
                System.out.printf(Locale.ROOT, "  %-16s %s %s -> %d %s, %d bytes%s, %.1f ms%n", endpoint.name(),
                        endpoint.method(), path, status, connection.lastContentType, connection.lastBodyBytes,
                        encoding, millis);
                if (status / 100 != 2) {
                    failures.add(endpoint.method() + " " + path + " (" + endpoint.name() + "): HTTP " + status);
                }
            } catch (IOException e) {
                System.out.printf(Locale.ROOT, "  %-16s %s %s -> %s%n", endpoint.name(), endpoint.method(), path, e);
                failures.add(endpoint.method() + " " + path + " (" + endpoint.name() + "): " + e);
            } finally {
                connection.close();
            }
        }
        System.out.println();
        return failures;
    }

    /** Loads all endpoints together, so that the first measurement does not pay for the JIT compiler alone. */
    List<String> prewarm() {
        if (scenario.prewarmSeconds == 0) {
            return List.of();
        }
        int clients = Collections.max(scenario.clients);
        System.out.printf(Locale.ROOT, "Pre-warm: all endpoints in turn, %d clients, %d s%n%n",
                clients, scenario.prewarmSeconds);
        RunResult result = load(endpoints(), clients, scenario.prewarmSeconds, 0);
        if (result.non2xx + result.errors == 0) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        failures.add(String.format(Locale.ROOT, "pre-warm saw %d non-2xx responses and %d errors",
                result.non2xx, result.errors));
        failures.addAll(result.failures);
        return failures;
    }

    /** Measures every client count: per round the baseline then each target (rotated), and a last baseline. */
    List<Aggregate> measure() {
        Map<String, Aggregate> aggregates = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints()) {
            for (int clients : scenario.clients) {
                aggregates.put(key(endpoint, clients), new Aggregate(endpoint, clients));
            }
        }
        int perClientCount = scenario.measurementsPerClientCount();
        int total = perClientCount * scenario.clients.size();
        long seconds = (long) total * (scenario.warmupSeconds + scenario.measureSeconds) + scenario.prewarmSeconds;
        System.out.printf(Locale.ROOT,
                "Interleaved: for each client count, %s of the baseline then each target (order rotated"
                        + " per round), closed by one more baseline run.%n"
                        + "Baseline figures combine its %d runs, target figures %s."
                        + " Each run: %d s warm-up, %d s measured. About %d s in all.%n%n",
                plural(scenario.rounds, "round"), scenario.rounds + 1,
                scenario.rounds == 1 ? "their single run" : "their " + scenario.rounds + " runs",
                scenario.warmupSeconds, scenario.measureSeconds, seconds);

        int done = 0;
        for (int clients : scenario.clients) {
            for (Endpoint endpoint : order()) {
                RunResult run = load(List.of(endpoint), clients, scenario.warmupSeconds, scenario.measureSeconds);
                aggregates.get(key(endpoint, clients)).add(run);
                done++;
                long failures = run.non2xx + run.errors;
                System.out.printf(Locale.ROOT, "  [%2d/%d] %3d clients  %-16s %10s req/s  p50 %8s ms  p99 %8s ms%s%n",
                        done, total, clients, endpoint.name(), Report.fixed(run.rps(), 1),
                        Report.fixed(run.histogram.percentileMillis(50), 2),
                        Report.fixed(run.histogram.percentileMillis(99), 2),
                        failures > 0 ? "  failures: " + failures : "");
                if (run.requests == 0 && failures > 0) {
                    System.out.println("  No request succeeded in this run: stopping the measurements.");
                    System.out.println();
                    return new ArrayList<>(aggregates.values());
                }
            }
        }
        System.out.println();
        return new ArrayList<>(aggregates.values());
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private List<Endpoint> order() {
        List<Endpoint> order = new ArrayList<>();
        int count = scenario.targets.size();
        for (int round = 0; round < scenario.rounds; round++) {
            order.add(scenario.baseline);
            for (int i = 0; i < count; i++) {
                order.add(scenario.targets.get((i + round) % count));
            }
        }
        order.add(scenario.baseline);
        return order;
    }

    private RunResult load(List<Endpoint> endpoints, int clients, int warmupSeconds, int measureSeconds) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measureSeconds);
        List<Client> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, endpoints, target, scenario, start, measureFrom, end);
            Thread thread = new Thread(client, "client-" + i);
            workers.add(client);
            threads.add(thread);
            thread.start();
        }
        RunResult result = new RunResult(measureSeconds);
        for (int i = 0; i < clients; i++) {
            try {
                threads.get(i).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            result.add(workers.get(i));
        }
        return result;
    }

    static String key(Endpoint endpoint, int clients) {
        return endpoint.name() + "@" + clients;
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
            Aggregate baseline = find(Scenario.BASELINE, check.clients());
            double value = target == null || baseline == null ? Double.NaN : check.metric().valueOf(target, baseline);
            checks.add(new CheckResult(check, value, check.passes(value)));
        }
    }

    private Aggregate find(String endpoint, int clients) {
        for (Aggregate aggregate : aggregates) {
            if (aggregate.endpoint.name().equals(endpoint) && aggregate.clients == clients) {
                return aggregate;
            }
        }
        return null;
    }

    long failures() {
        return aggregates.stream().mapToLong(a -> a.non2xx() + a.errors()).sum();
    }

    boolean failed() {
        return failures() > 0;
    }

    void print(java.io.PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %7s %4s %10s %8s %8s %8s %8s %9s %6s %8s %8s %8s%n",
                "endpoint", "clients", "runs", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "requests", "errors", "rps/base", "p50/base", "p99/base");
        for (int clients : scenario.clients) {
            Aggregate baseline = find(Scenario.BASELINE, clients);
            for (Aggregate a : aggregates) {
                if (a.clients != clients) {
                    continue;
                }
                boolean isBaseline = a == baseline;
                Histogram h = a.histogram;
                out.printf(Locale.ROOT, "%-16s %7d %4d %10s %8s %8s %8s %8s %9d %6d %8s %8s %8s%n",
                        a.endpoint.name(), clients, a.runs.size(), fixed(a.rps(), 1), fixed(h.percentileMillis(50), 2),
                        fixed(h.percentileMillis(90), 2), fixed(h.percentileMillis(99), 2), fixed(h.maxMillis(), 2),
                        a.requests(),
                        a.non2xx() + a.errors(),
                        isBaseline ? "-" : ratio(a.rps(), baseline.rps()),
                        isBaseline ? "-" : ratio(h.percentileMillis(50), baseline.histogram.percentileMillis(50)),
                        isBaseline ? "-" : ratio(h.percentileMillis(99), baseline.histogram.percentileMillis(99)));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Baseline: %s %s, %d runs per client count interleaved with the targets"
                        + " (req/s: mean of the runs; percentiles: all their requests).%n"
                        + "Ratios: target / baseline at the same client count.%n",
                scenario.baseline.method(), scenario.baseline.path(), scenario.rounds + 1);
        out.println();

        if (!checks.isEmpty()) {
            out.println("Targets:");
            for (CheckResult result : checks) {
                Check check = result.check();
                out.printf(Locale.ROOT, "  %-4s  %-16s %3d clients  %-22s  measured %s%n",
                        result.passed() ? "PASS" : "MISS", check.endpoint(), check.clients(), check.describe(),
                        number(result.value()));
            }
            long missed = checks.stream().filter(c -> !c.passed()).count();
            out.printf(Locale.ROOT, "  %d of %d targets met%s%n%n", checks.size() - missed, checks.size(),
                    missed > 0 ? " (a missed target is reported, it does not fail the run)" : "");
        }

        if (failed()) {
            out.printf(Locale.ROOT, "FAILED: %d non-2xx responses or errors, for instance:%n", failures());
            Set<String> examples = new LinkedHashSet<>();
            aggregates.forEach(a -> examples.addAll(a.failures()));
            examples.stream().limit(10).forEach(f -> out.println("  " + f));
        } else {
            out.println("No errors: every request answered 2xx.");
        }
    }

    private static String ratio(double value, double baseline) {
        return fixed(value / baseline, 2);
    }

    static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return BigDecimal.valueOf(value).setScale(value >= 100 ? 1 : 2, RoundingMode.HALF_UP).toPlainString();
    }

    void writeJson(Path file, String baseUrl, String commit, Map<String, String> meta) throws IOException {
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
        root.put("base_url", baseUrl);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("clients", scenario.clients);
        settings.put("prewarm_seconds", scenario.prewarmSeconds);
        settings.put("warmup_seconds", scenario.warmupSeconds);
        settings.put("measure_seconds", scenario.measureSeconds);
        settings.put("rounds", scenario.rounds);
        settings.put("baseline_runs_per_client_count", scenario.rounds + 1);
        settings.put("target_runs_per_client_count", scenario.rounds);
        settings.put("interleaved", true);
        settings.put("cookies", scenario.cookies);
        settings.put("timeout_seconds", scenario.timeoutSeconds);
        root.put("settings", settings);
        if (!meta.isEmpty()) {
            root.put("meta", new LinkedHashMap<String, Object>(meta));
        }
        root.put("baseline", scenario.baseline.name());

        List<Object> endpoints = new ArrayList<>();
        List<Endpoint> all = new ArrayList<>();
        all.add(scenario.baseline);
        all.addAll(scenario.targets);
        for (Endpoint endpoint : all) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", endpoint.name());
            e.put("role", endpoint == scenario.baseline ? "baseline" : "target");
            e.put("method", endpoint.method());
            e.put("path", endpoint.path());
            if (!endpoint.headers().isEmpty()) {
                e.put("headers", new LinkedHashMap<String, Object>(endpoint.headers()));
            }
            List<Object> byClients = new ArrayList<>();
            for (int clients : scenario.clients) {
                Aggregate a = find(endpoint.name(), clients);
                Aggregate baseline = find(Scenario.BASELINE, clients);
                Histogram h = a.histogram;
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("clients", clients);
                figures.put("runs", a.runs.size());
                figures.put("rps", round(a.rps(), 1));
                figures.put("run_rps", a.runs.stream().map(r -> (Object) round(r.rps(), 1)).toList());
                figures.put("p50_ms", round(h.percentileMillis(50), 3));
                figures.put("p90_ms", round(h.percentileMillis(90), 3));
                figures.put("p99_ms", round(h.percentileMillis(99), 3));
                figures.put("max_ms", round(h.maxMillis(), 3));
                figures.put("mean_ms", round(h.meanMillis(), 3));
                figures.put("requests", a.requests());
                figures.put("non_2xx", a.non2xx());
                figures.put("errors", a.errors());
                if (a != baseline) {
                    figures.put("rps_ratio", round(a.rps() / baseline.rps(), 3));
                    figures.put("p50_ratio", round(h.percentileMillis(50)
                            / baseline.histogram.percentileMillis(50), 3));
                    figures.put("p99_ratio", round(h.percentileMillis(99)
                            / baseline.histogram.percentileMillis(99), 3));
                }
                if (!a.failures().isEmpty()) {
                    figures.put("failures", new ArrayList<Object>(a.failures()));
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
            t.put("value", round(result.value(), 3));
            t.put("result", result.passed() ? "PASS" : "MISS");
            targets.add(t);
        }
        root.put("targets", targets);
        root.put("targets_met", checks.stream().filter(CheckResult::passed).count());
        root.put("targets_missed", checks.stream().filter(c -> !c.passed()).count());
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

/** Writes maps, lists, strings, numbers, booleans and null as indented JSON. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Double d) {
            out.append(Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(inner);
                string(out, String.valueOf(entry.getKey()));
                out.append(": ");
                write(out, entry.getValue(), inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            boolean simple = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (simple) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(out, list.get(i), indent);
                }
                out.append(']');
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(out, list.get(i), inner);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
