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

/** One request of a scenario: the baseline or a target. */
record Endpoint(String name, String method, List<String> paths, Map<String, String> headers, byte[] body) {

    String path() {
        return paths.size() == 1 ? paths.get(0) : paths.get(0) + " (+" + (paths.size() - 1) + " more)";
    }
}

/** What the scenario file asks for. */
final class Scenario extends InterleavedScenario {
    private static final Set<String> RUNNER_KEYS = Set.of("prepare.before-start", "prepare.after-ready", "app.args",
            "runner");

    Endpoint baseline;
    final List<Endpoint> targets = new ArrayList<>();
    boolean cookies;
    final List<Check> checks = new ArrayList<>();

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(targets);
        return all;
    }

    /** Number of measurements per client count: each round measures the baseline and every target once. */
    int measurementsPerClientCount() {
        return rounds * (1 + targets.size()) + 1;
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

        scenario.readTimings(file, settings, options, "clients", false);
        String cookies = settings.getOrDefault("cookies", "true");
        if (!cookies.equals("true") && !cookies.equals("false")) {
            throw new ScenarioException(file + ": cookies must be true or false, got " + cookies);
        }
        scenario.cookies = cookies.equals("true");

        Set<String> known = new LinkedHashSet<>(List.of("clients", "timeout.seconds", "cookies"));
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
                int clients = ScenarioFile.parseInt(key.substring(dot + 1), file + ": client count in " + key, 1);
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


/** One client: sends requests over its connection in a closed loop until the end of the run. */
final class Client extends ClosedLoopClient {
    private static final Outcome OK = new Outcome(1, null, List.of());

    private final List<Endpoint> endpoints;
    private final HttpConnection connection;
    private int nextEndpoint;
    private int nextPath;
    private Endpoint endpoint;
    private String path;

    Client(int index, List<Endpoint> endpoints, Target target, Scenario scenario,
           long startNanos, long measureFromNanos, long endNanos) {
        super(startNanos, measureFromNanos, endNanos);
        this.endpoints = endpoints;
        this.connection = new HttpConnection(target, scenario.timeoutSeconds * 1000, scenario.cookies);
        this.nextEndpoint = index % endpoints.size();
        this.nextPath = index * 7919;
    }

    @Override
    Outcome operate() throws IOException {
        endpoint = endpoints.get(nextEndpoint);
        nextEndpoint = (nextEndpoint + 1) % endpoints.size();
        path = endpoint.paths().get(Math.floorMod(nextPath++, endpoint.paths().size()));
        int status = connection.send(endpoint, path);
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

    Benchmark(Scenario scenario, Target target) {
        this.scenario = scenario;
        this.target = target;
    }

    /** Sends one request to every endpoint and describes the answer; returns the failures. */
    List<String> probe() {
        return Interleaving.probe("Probe (one request each):", this::probe);
    }

    private void probe(List<String> failures) {
        for (Endpoint endpoint : scenario.endpoints()) {
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
    }

    /** Loads all endpoints together, so that the first measurement does not pay for the JIT compiler alone. */
    List<String> prewarm() {
        return Interleaving.prewarm(scenario, "all endpoints in turn",
                clients -> load(scenario.endpoints(), clients, scenario.prewarmSeconds, 0),
                result -> String.format(Locale.ROOT, "pre-warm saw %d non-2xx responses and %d errors",
                        result.non2xx, result.errors));
    }

    /** Measures every client count: per round the baseline then each target (rotated), and a last baseline. */
    List<Aggregate> measure() {
        int total = scenario.measurementsPerClientCount() * scenario.clients.size();
        long seconds = (long) total * (scenario.warmupSeconds + scenario.measureSeconds) + scenario.prewarmSeconds;
        System.out.printf(Locale.ROOT,
                "Interleaved: for each client count, %s of the baseline then each target (order rotated"
                        + " per round), closed by one more baseline run.%n"
                        + "Baseline figures combine its %d runs, target figures %s."
                        + " Each run: %d s warm-up, %d s measured. About %d s in all.%n%n",
                plural(scenario.rounds, "round"), scenario.rounds + 1,
                scenario.rounds == 1 ? "their single run" : "their " + scenario.rounds + " runs",
                scenario.warmupSeconds, scenario.measureSeconds, seconds);
        return Interleaving.measure(scenario, scenario.endpoints(),
                Interleaving.order(scenario.baseline, scenario.targets, scenario.rounds), Endpoint::name,
                (endpoint, clients) -> load(List.of(endpoint), clients, scenario.warmupSeconds, scenario.measureSeconds),
                "  [%2d/%d] %3d clients  %-16s %10s req/s  p50 %8s ms  p99 %8s ms%s%n",
                "  No request succeeded in this run: stopping the measurements.");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private RunResult load(List<Endpoint> endpoints, int clients, int warmupSeconds, int measureSeconds) {
        return Interleaving.load(clients, warmupSeconds, measureSeconds, (i, start, measureFrom, end) ->
                new Client(i, endpoints, target, scenario, start, measureFrom, end));
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
            Aggregate baseline = find(Scenario.BASELINE, clients);
            for (Aggregate a : aggregates) {
                if (a.clients != clients) {
                    continue;
                }
                List<Object> row = new ArrayList<>(List.of(a.name, clients, a.runs.size(), BenchSupport.fixed(a.rps(), 1)));
                row.addAll(a.latencyCells());
                row.addAll(List.of(a.requests(), a.non2xx() + a.errors()));
                row.addAll(a.ratioCells(baseline, 2));
                out.printf(Locale.ROOT, "%-16s %7d %4d %10s %8s %8s %8s %8s %9d %6d %8s %8s %8s%n", row.toArray());
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
        root.put("settings", settings);
        BenchSupport.putMeta(root, meta);
        root.put("baseline", scenario.baseline.name());

        List<Object> endpoints = new ArrayList<>();
        for (Endpoint endpoint : scenario.endpoints()) {
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
                Map<String, Object> figures = a.figures();
                figures.put("non_2xx", a.non2xx());
                figures.put("errors", a.errors());
                a.putRatiosAndFailures(figures, find(Scenario.BASELINE, clients), 3);
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
