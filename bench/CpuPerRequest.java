import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor time one request of each endpoint costs the server, with one client: the application's
 * JVM (every thread) and its database's connections are read from {@code /proc} (each thread's
 * {@code schedstat}, in nanoseconds) before and after a batch of requests sent one after another, the
 * endpoints taking turns batch by batch. The median of the rounds, its ratio to the baseline's, and the
 * spread of each round's ratio, are reported.
 *
 * <p>Under load on a two-core machine the load generator, the application and the database share the
 * processors, and the ratios of a load run move by 15–20% between runs of the same code. Processor time
 * per request does not depend on that sharing, so this measure tells smaller changes apart: it is the
 * one to judge a change by, and the load run the one to judge the targets by.
 *
 * <p>For an endpoint with a settle path (work left to listeners after the response), the batch is read
 * after that work is done, so its time counts in the request's: a submission costs its receipt too.
 * Linux only; threads that end during a batch lose their time.
 */
public final class CpuPerRequest {

    static final String USAGE = """
            usage: java -cp bench/target/classes CpuPerRequest --base-url URL --scenario FILE --app-pid PID [options]

              --base-url URL        the application, e.g. http://127.0.0.1:18080
              --scenario FILE       an http scenario, e.g. bench/scenarios/cases.properties
              --app-pid PID         the application's process
              --database-dir DIR    the data directory of its PostgreSQL (the processes under the postmaster
                                    started with it are read); without it, every process named postgres
              --requests N          requests in each batch at least (default 100, smoke 3)
              --measure SECONDS     and for this long at least (default 2, smoke 0)
              --rounds N            batches of each endpoint, in turns (default 15, smoke 1)
              --smoke               the scenario's smoke timings and a few requests: does it work?
              --output FILE         write the figures as JSON to FILE
              --commit SHA          commit to record (default: git rev-parse HEAD)
              --meta KEY=VALUE      extra fact to record in the JSON (repeatable)

            exit status: 0 when every request succeeded, 1 when one failed, 2 on a usage error""";

    private CpuPerRequest() {
    }

    public static void main(String[] args) {
        BenchSupport.exit(USAGE, false, () -> {
            List<String> rest = new ArrayList<>();
            long appPid = -1;
            Path databaseDir = null;
            Integer requests = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--app-pid" -> appPid = positive(BenchSupport.value(args, ++i, "--app-pid"), "--app-pid");
                    case "--database-dir" -> databaseDir = Path.of(BenchSupport.value(args, ++i, "--database-dir"));
                    case "--requests" -> requests = (int) positive(BenchSupport.value(args, ++i, "--requests"), "--requests");
                    default -> rest.add(args[i]);
                }
            }
            Options options = Options.parse(rest.toArray(String[]::new));
            if (options.help) {
                System.out.println(USAGE);
                return 0;
            }
            if (appPid < 0) {
                throw new UsageException("--app-pid is required");
            }
            int batch = requests != null ? requests : options.smoke ? 3 : 100;
            double seconds = options.measureSeconds != null ? options.measureSeconds : options.smoke ? 0 : 2;
            int rounds = options.rounds != null ? options.rounds : options.smoke ? 1 : 15;
            return run(options, new CpuMeter(appPid, databaseDir), batch, seconds, rounds);
        });
    }

    private static long positive(String value, String option) throws UsageException {
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(option + " takes a positive number: " + value);
    }

    private static int run(Options options, CpuMeter meter, int batch, double seconds, int rounds)
            throws IOException, UsageException, ScenarioException {
        Scenario scenario = Scenario.load(options.scenarioFile, options);
        Target server = Target.parse(options.baseUrl);
        Benchmark benchmark = new Benchmark(scenario, server);
        System.out.printf(Locale.ROOT, "Scenario %s (%s): processor time per request against %s, one client%n%n",
                scenario.name, scenario.mode(), options.baseUrl);
        meter.read(); // fails early on a machine without /proc
        for (List<String> failures : List.of(benchmark.signIn(), benchmark.probe(), benchmark.prewarm())) {
            if (!failures.isEmpty()) {
                failures.forEach(failure -> System.out.println("FAILED: " + failure));
                return 1;
            }
        }
        List<Endpoint> endpoints = scenario.endpoints();
        System.out.printf(Locale.ROOT, "%d rounds; in each, every endpoint in turn (order rotated): at least %d requests"
                + " and %s s of them, one after another, the processor time of the application and of its database read"
                + " before and after.%n%n", rounds, batch, BenchSupport.fixed(seconds, 1));
        Map<String, List<CpuBatch>> batches = new LinkedHashMap<>();
        endpoints.forEach(endpoint -> batches.put(endpoint.name(), new ArrayList<>()));
        Map<String, HttpConnection> connections = new LinkedHashMap<>();
        try {
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < endpoints.size(); i++) {
                    Endpoint endpoint = endpoints.get((i + round) % endpoints.size());
                    HttpConnection connection = connections.computeIfAbsent(endpoint.name(),
                            name -> new HttpConnection(server, scenario.timeoutSeconds * 1000, scenario.cookies));
                    CpuBatch measured = batch(benchmark, meter, endpoint, connection, batch, seconds);
                    if (measured == null) {
                        return 1;
                    }
                    batches.get(endpoint.name()).add(measured);
                }
                System.out.printf(Locale.ROOT, "  round %2d/%d done%n", round + 1, rounds);
            }
        } finally {
            connections.values().forEach(HttpConnection::close);
        }
        System.out.println();
        Map<String, Object> figures = report(endpoints, batches);
        if (options.output != null) {
            Map<String, Object> root = BenchSupport.results(scenario.name, scenario.description, scenario.mode(),
                    options.commitToRecord(), System.getProperty("java.version"));
            root.put("base_url", options.baseUrl);
            root.put("measure", "processor time per request, one client (CpuPerRequest)");
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("requests_per_batch_at_least", batch);
            settings.put("seconds_per_batch_at_least", seconds);
            settings.put("rounds", rounds);
            root.put("settings", settings);
            BenchSupport.putMeta(root, options.meta);
            root.put("endpoints", figures);
            Files.writeString(options.output, Json.write(root) + "\n", StandardCharsets.UTF_8);
            System.out.println("Wrote " + options.output);
        }
        return 0;
    }

    /** One batch; null (with the failure printed) when a request failed. */
    private static CpuBatch batch(Benchmark benchmark, CpuMeter meter, Endpoint endpoint, HttpConnection connection,
                                  int requests, double minimumSeconds) throws IOException {
        Map<String, String> headers = benchmark.sessions().headersFor(endpoint,
                benchmark.scenario().sessions.get(endpoint.session()), 0);
        String path = endpoint.paths().get(0);
        // One request outside the batch: the connection is open and the session's cache lines are warm.
        if (!sent(connection, endpoint, path, headers)) {
            return null;
        }
        CpuMeter.Reading before = meter.read();
        long start = System.nanoTime();
        long until = start + (long) (minimumSeconds * 1e9);
        int sent = 0;
        // At least the batch's requests, and for at least its time, so that the server's own periodic work
        // (timers, the compiler, the collector) weighs on a cheap endpoint's batch no more than on a dear one's.
        while (sent < requests || System.nanoTime() - until < 0) {
            if (!sent(connection, endpoint, endpoint.paths().get(sent % endpoint.paths().size()), headers)) {
                return null;
            }
            sent++;
        }
        long wall = System.nanoTime() - start;
        if (endpoint.settlePath() != null && Double.isNaN(benchmark.settle(endpoint.settlePath()))) {
            System.out.println("FAILED: " + endpoint.name() + " did not settle");
            return null;
        }
        CpuMeter.Reading after = meter.read();
        return new CpuBatch((after.appNanos() - before.appNanos()) / (double) sent,
                (after.databaseNanos() - before.databaseNanos()) / (double) sent, wall / (double) sent);
    }

    private static boolean sent(HttpConnection connection, Endpoint endpoint, String path, Map<String, String> headers)
            throws IOException {
        int status = connection.send(endpoint, path, headers);
        if (status / 100 != 2) {
            System.out.println("FAILED: " + endpoint.method() + " " + path + " (" + endpoint.name() + "): HTTP " + status);
            return false;
        }
        return true;
    }

    private static Map<String, Object> report(List<Endpoint> endpoints, Map<String, List<CpuBatch>> batches) {
        System.out.printf(Locale.ROOT, "%-16s %-18s %9s %9s %9s %9s %7s %15s%n", "endpoint", "baseline", "app ms",
                "db ms", "cpu ms", "wall ms", "ratio", "rounds' ratios");
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            List<CpuBatch> own = batches.get(endpoint.name());
            List<CpuBatch> baseline = batches.get(endpoint.baseline());
            double[] ratios = new double[own.size()];
            for (int i = 0; i < own.size(); i++) {
                ratios[i] = own.get(i).total() / baseline.get(i).total();
            }
            double app = median(own.stream().mapToDouble(CpuBatch::appNanos).toArray()) / 1e6;
            double database = median(own.stream().mapToDouble(CpuBatch::databaseNanos).toArray()) / 1e6;
            double total = median(own.stream().mapToDouble(CpuBatch::total).toArray()) / 1e6;
            double wall = median(own.stream().mapToDouble(CpuBatch::wallNanos).toArray()) / 1e6;
            double ratio = median(own.stream().mapToDouble(CpuBatch::total).toArray())
                    / median(baseline.stream().mapToDouble(CpuBatch::total).toArray());
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            String spread = endpoint.isBaseline() ? "" : String.format(Locale.ROOT, "%.2f–%.2f", sorted[0],
                    sorted[sorted.length - 1]);
            System.out.printf(Locale.ROOT, "%-16s %-18s %9.3f %9.3f %9.3f %9.3f %7s %15s%n", endpoint.name(),
                    endpoint.isBaseline() ? "" : endpoint.baseline(), app, database, total, wall,
                    endpoint.isBaseline() ? "" : String.format(Locale.ROOT, "%.2f", ratio), spread);
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("baseline", endpoint.baseline());
            figure.put("app_cpu_ms", app);
            figure.put("database_cpu_ms", database);
            figure.put("cpu_ms", total);
            figure.put("wall_ms", wall);
            if (!endpoint.isBaseline()) {
                figure.put("cpu_ratio", ratio);
                figure.put("cpu_ratio_min", sorted[0]);
                figure.put("cpu_ratio_max", sorted[sorted.length - 1]);
            }
            figures.put(endpoint.name(), figure);
        }
        System.out.println();
        System.out.println("cpu ms: the median over the rounds of the application's and the database's processor time per"
                + " request (app + db); ratio: that median over its baseline's; rounds' ratios: the least and the most"
                + " of each round's cpu ms over its baseline's in the same round.");
        return figures;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

/** One batch of one endpoint: processor time and wall time per request, in nanoseconds. */
record CpuBatch(double appNanos, double databaseNanos, double wallNanos) {

    double total() {
        return appNanos + databaseNanos;
    }
}

/**
 * Reads the processor time the application and its database have had, from each thread's
 * {@code /proc/PID/task/TID/schedstat} (its first field: nanoseconds on a processor).
 */
final class CpuMeter {
    private static final Path PROC = Path.of("/proc");

    private final long appPid;
    private final String databaseDir;

    /** The processes' times so far, in nanoseconds. */
    record Reading(long appNanos, long databaseNanos) {
    }

    CpuMeter(long appPid, Path databaseDir) {
        this.appPid = appPid;
        this.databaseDir = databaseDir == null ? null : databaseDir.toAbsolutePath().normalize().toString();
    }

    Reading read() throws IOException {
        if (!Files.isDirectory(PROC.resolve(Long.toString(appPid)).resolve("task"))) {
            throw new IOException("no process " + appPid + " under /proc: the application is not running, or this"
                    + " is not Linux");
        }
        long database = 0;
        for (long pid : databaseProcesses()) {
            database += processNanos(pid);
        }
        return new Reading(processNanos(appPid), database);
    }

    /**
     * The database's connections: the processes named postgres that serve a client (with a data directory, those
     * of the postmaster started with it). Its background processes (autovacuum, checkpointer, writers) are left
     * out: their work comes when it comes, and it fell into whichever batch ran then.
     */
    private Set<Long> databaseProcesses() throws IOException {
        Map<Long, Long> parents = new LinkedHashMap<>();
        Set<Long> postmasters = new HashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read from the last ')'.
                    int close = stat.lastIndexOf(')');
                    String comm = stat.substring(stat.indexOf('(') + 1, close);
                    if (!comm.equals("postgres")) {
                        continue;
                    }
                    long pid = Long.parseLong(process.getFileName().toString());
                    long parent = Long.parseLong(stat.substring(close + 2).split(" ", 3)[1]);
                    parents.put(pid, parent);
                    if (databaseDir == null || commandLine(process).contains(databaseDir)) {
                        postmasters.add(pid);
                    }
                } catch (NoSuchFileException | IndexOutOfBoundsException | NumberFormatException e) {
                    // the process ended while it was read
                }
            }
        }
        Set<Long> found = new HashSet<>();
        for (Map.Entry<Long, Long> process : parents.entrySet()) {
            if (postmasters.contains(process.getValue()) && servesAClient(process.getKey())) {
                found.add(process.getKey());
            }
        }
        return found;
    }

    /** A connection's process names itself "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE" (or [local]). */
    private static boolean servesAClient(long pid) {
        try {
            return CLIENT_BACKEND.matcher(commandLine(PROC.resolve(Long.toString(pid)))).find();
        } catch (IOException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern CLIENT_BACKEND =
            java.util.regex.Pattern.compile("^postgres: (\\S+: )?\\S+ \\S+ (\\S+\\(\\d+\\)|\\[local\\])");

    private static String commandLine(Path process) throws IOException {
        return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
    }

    private static long processNanos(long pid) throws IOException {
        long nanos = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path thread : threads) {
                try {
                    String schedstat = Files.readString(thread.resolve("schedstat"));
                    nanos += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                } catch (NoSuchFileException | IndexOutOfBoundsException | NumberFormatException e) {
                    // the thread ended while it was read
                }
            }
        } catch (NoSuchFileException e) {
            // the process ended
        }
        return nanos;
    }
}
