import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What the harness's tools share: LoadGenerator, LoginRoundTrip and JmhReport are compiled together
 * with this file into bench/target/classes (bench/run does this; by hand:
 * {@code javac -d bench/target/classes bench/*.java}).
 *
 * <p>Here: the command line (exit status, options, {@code --meta}), the scenario-file reader, the
 * results' common record (scenario, mode, date, git commit, machine, Java version, meta) and the JSON
 * writer, number formats, the latency histogram, and the closed-loop, interleaved measurement with
 * its figures (table cells and JSON fields) that the two load runners share.
 */
final class BenchSupport {
    private BenchSupport() {
    }

    /** The body of a tool's main: returns the exit status. */
    @FunctionalInterface
    interface Command {
        int run() throws UsageException, ScenarioException, IOException;
    }

    /**
     * Runs a tool and exits: 2 with the usage on a usage error, 2 on a scenario or input error (with
     * {@code illegalArgumentIsInputError}, an IllegalArgumentException is one too).
     */
    static void exit(String usage, boolean illegalArgumentIsInputError, Command command) {
        int status;
        try {
            status = command.run();
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println();
            System.err.println(usage);
            status = 2;
        } catch (ScenarioException | IOException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            status = 2;
        } catch (IllegalArgumentException e) {
            if (!illegalArgumentIsInputError) {
                throw e;
            }
            System.err.println("error: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    /** The value after an option. */
    static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    /** Adds a {@code --meta KEY=VALUE} pair. */
    static void meta(Map<String, String> meta, String pair) throws UsageException {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
            throw new UsageException("--meta expects KEY=VALUE, got: " + pair);
        }
        meta.put(pair.substring(0, equals), pair.substring(equals + 1));
    }

    static String mode(boolean smoke) {
        return smoke ? "smoke" : "full";
    }

    static String scenarioName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.properties$", "");
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

    /** Rounded for the JSON; null when not finite. */
    static Double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The start of every results file: scenario, description, mode, date (UTC), git_commit, machine
     * (cores, memory, OS) and java_version.
     */
    static Map<String, Object> results(String scenario, String description, String mode, String commit,
                                       String javaVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario);
        root.put("description", description);
        root.put("mode", mode);
        root.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("git_commit", commit);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Machine.cores());
        machine.put("memory_mib", Machine.memoryMiB());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("machine", machine);
        root.put("java_version", javaVersion);
        return root;
    }

    /** The {@code --meta} facts, as "meta", when there are any. */
    static void putMeta(Map<String, Object> root, Map<String, String> meta) {
        if (!meta.isEmpty()) {
            root.put("meta", new LinkedHashMap<String, Object>(meta));
        }
    }

    /** Writes the record as indented JSON, creating the folder if need be. */
    static void writeJson(Path file, Map<String, Object> root) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.write(root) + "\n", StandardCharsets.UTF_8);
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

/** The key=value lines of a scenario file and the values in them. */
final class ScenarioFile {
    private ScenarioFile() {
    }

    /** Reads an existing scenario file. */
    static Map<String, String> load(Path file) throws IOException, ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("no scenario file " + file);
        }
        return read(file);
    }

    /** Reads key=value lines in file order; # and ! start comments; no escapes or continuation lines. */
    static Map<String, String> read(Path file) throws IOException, ScenarioException {
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

    /** The value of a key that must be there (with {@code emptyIsMissing}, and not be empty). */
    static String required(Path file, Map<String, String> props, String key, boolean emptyIsMissing)
            throws ScenarioException {
        String value = props.get(key);
        if (value == null || (emptyIsMissing && value.isEmpty())) {
            throw new ScenarioException(file + ": missing " + key);
        }
        return value;
    }
}

/** The command line of the two load runners, LoadGenerator and LoginRoundTrip. */
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

    /** The usage text of a load runner: its command, what its --base-url is, examples, its exit status. */
    static String usage(String command, String baseUrl, String scenario, String clients, String exitStatus) {
        return """
                usage: %s --base-url URL --scenario FILE [options]

                  --base-url URL      %s
                  --scenario FILE     scenario file, e.g. %s
                  --smoke             use the scenario's short smoke timings
                  --output FILE       write the figures as JSON to FILE
                  --commit SHA        commit to record (default: git rev-parse HEAD, else "unknown")
                  --meta KEY=VALUE    extra fact to record in the JSON (repeatable)
                  --clients LIST      override the client counts, e.g. %s
                  --warmup SECONDS    override the warm-up time of each measurement
                  --measure SECONDS   override the measured time of each measurement
                  --rounds N          override the number of interleaved rounds

                exit status: %s""".formatted(command, baseUrl, scenario, clients, exitStatus);
    }

    static Options parse(String[] args) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> options.help = true;
                case "--smoke" -> options.smoke = true;
                case "--base-url" -> options.baseUrl = BenchSupport.value(args, ++i, arg);
                case "--scenario" -> options.scenarioFile = Path.of(BenchSupport.value(args, ++i, arg));
                case "--output" -> options.output = Path.of(BenchSupport.value(args, ++i, arg));
                case "--commit" -> options.commit = BenchSupport.value(args, ++i, arg);
                case "--clients" -> options.clients = clients(BenchSupport.value(args, ++i, arg), arg);
                case "--warmup" -> options.warmupSeconds = number(BenchSupport.value(args, ++i, arg), arg, 0);
                case "--measure" -> options.measureSeconds = number(BenchSupport.value(args, ++i, arg), arg, 1);
                case "--rounds" -> options.rounds = number(BenchSupport.value(args, ++i, arg), arg, 1);
                case "--meta" -> BenchSupport.meta(options.meta, BenchSupport.value(args, ++i, arg));
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (!options.help && (options.baseUrl == null || options.scenarioFile == null)) {
            throw new UsageException("--base-url and --scenario are required");
        }
        return options;
    }

    /** The commit to record: --commit, else git's HEAD. */
    String commitToRecord() {
        return commit != null ? commit : Machine.gitCommit();
    }

    private static List<Integer> clients(String value, String option) throws UsageException {
        try {
            return ScenarioFile.parseClients(value, option);
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String value, String option, int minimum) throws UsageException {
        try {
            return ScenarioFile.parseInt(value, option, minimum);
        } catch (ScenarioException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

/** What the two load runners' scenarios have in common: the client counts and the interleaved timings. */
abstract class InterleavedScenario {
    static final String BASELINE = "baseline";
    static final List<String> TIMINGS = List.of("warmup.seconds", "measure.seconds", "rounds", "prewarm.seconds");

    String name;
    String description = "";
    boolean smoke;
    List<Integer> clients;
    int prewarmSeconds;
    int warmupSeconds;
    int measureSeconds;
    int rounds;
    int timeoutSeconds;

    String mode() {
        return BenchSupport.mode(smoke);
    }

    /** The name (the file's), the description and the mode. */
    void readName(Path file, Map<String, String> props, Options options) {
        name = BenchSupport.scenarioName(file);
        smoke = options.smoke;
        description = props.getOrDefault("description", "");
    }

    /**
     * The client counts and the timings (the smoke ones with --smoke), each unless the command line
     * overrides it. {@code clientsWhat} names the clients key in an error; with {@code emptyIsMissing}
     * an empty value counts as a missing one.
     */
    void readTimings(Path file, Map<String, String> settings, Options options, String clientsWhat,
                     boolean emptyIsMissing) throws ScenarioException {
        String prefix = options.smoke ? "smoke." : "";
        clients = options.clients != null ? options.clients
                : ScenarioFile.parseClients(ScenarioFile.required(file, settings, "clients", emptyIsMissing), clientsWhat);
        warmupSeconds = options.warmupSeconds != null ? options.warmupSeconds
                : timing(file, settings, prefix + "warmup.seconds", 0, emptyIsMissing);
        measureSeconds = options.measureSeconds != null ? options.measureSeconds
                : timing(file, settings, prefix + "measure.seconds", 1, emptyIsMissing);
        rounds = options.rounds != null ? options.rounds : timing(file, settings, prefix + "rounds", 1, emptyIsMissing);
        prewarmSeconds = settings.containsKey(prefix + "prewarm.seconds")
                ? timing(file, settings, prefix + "prewarm.seconds", 0, emptyIsMissing) : 0;
        timeoutSeconds = settings.containsKey("timeout.seconds")
                ? timing(file, settings, "timeout.seconds", 1, emptyIsMissing) : 10;
    }

    private static int timing(Path file, Map<String, String> settings, String key, int minimum, boolean emptyIsMissing)
            throws ScenarioException {
        return ScenarioFile.parseInt(ScenarioFile.required(file, settings, key, emptyIsMissing), file + ": " + key, minimum);
    }

    /** The JSON's settings up to "interleaved"; the runner adds its own. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("clients", clients);
        settings.put("prewarm_seconds", prewarmSeconds);
        settings.put("warmup_seconds", warmupSeconds);
        settings.put("measure_seconds", measureSeconds);
        settings.put("rounds", rounds);
        settings.put("baseline_runs_per_client_count", rounds + 1);
        settings.put("target_runs_per_client_count", rounds);
        settings.put("interleaved", true);
        return settings;
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

/** One operation's outcome: the HTTP exchanges it took, and what went wrong, if anything (null: nothing). */
record Outcome(int exchanges, String failure, List<String> hops) {
}

/**
 * One client of a closed loop: a thread that waits for the start, then runs one operation after
 * the other, with no pause, until the end; it records those that start after the warm-up.
 */
abstract class ClosedLoopClient implements Runnable {
    private static final long BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final long startNanos;
    private final long measureFromNanos;
    private final long endNanos;

    final Histogram histogram = new Histogram();
    long requests;
    /** Operations completed, the warm-up's included. */
    long operations;
    long exchanges;
    long non2xx;
    long errors;
    String firstFailure;

    ClosedLoopClient(long startNanos, long measureFromNanos, long endNanos) {
        this.startNanos = startNanos;
        this.measureFromNanos = measureFromNanos;
        this.endNanos = endNanos;
    }

    /** Chooses and runs the next operation; a failure in its outcome counts as a wrong answer (non_2xx). */
    abstract Outcome operate() throws IOException, InterruptedException;

    /** The operation under way, for the first failure's message. */
    abstract String current();

    /** After an exception, before the back-off. */
    void afterError() {
    }

    /** At the end of the run. */
    void close() {
    }

    @Override
    public final void run() {
        for (long wait = startNanos - System.nanoTime(); wait > 0; wait = startNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        try {
            while (true) {
                long start = System.nanoTime();
                if (start - endNanos >= 0) {
                    break;
                }
                try {
                    Outcome outcome = operate();
                    long micros = (System.nanoTime() - start) / 1000;
                    operations++;
                    if (start - measureFromNanos >= 0) {
                        histogram.record(micros);
                        requests++;
                        exchanges += outcome.exchanges();
                    }
                    if (outcome.failure() != null) {
                        non2xx++;
                        noteFailure(outcome.failure());
                    }
                } catch (IOException | RuntimeException e) {
                    errors++;
                    noteFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
                    afterError();
                    LockSupport.parkNanos(BACKOFF_NANOS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            close();
        }
    }

    private void noteFailure(String what) {
        if (firstFailure == null) {
            firstFailure = current() + ": " + what;
        }
    }
}

/** The figures of one measurement: one endpoint or operation at one client count, one warm-up and measure period. */
final class RunResult {
    final Histogram histogram = new Histogram();
    final double measureSeconds;
    double warmupSeconds;
    /** Seconds waited after the run until the work it left behind was done; NaN when not waited for. */
    double settleSeconds = Double.NaN;
    long requests;
    /** Operations completed, the warm-up's included. */
    long operations;
    long exchanges;
    long non2xx;
    long errors;
    final List<String> failures = new ArrayList<>();

    RunResult(double measureSeconds) {
        this.measureSeconds = measureSeconds;
    }

    double rps() {
        return requests / measureSeconds;
    }

    void add(ClosedLoopClient client) {
        histogram.add(client.histogram);
        requests += client.requests;
        operations += client.operations;
        exchanges += client.exchanges;
        non2xx += client.non2xx;
        errors += client.errors;
        if (client.firstFailure != null && !failures.contains(client.firstFailure)) {
            failures.add(client.firstFailure);
        }
    }
}

/** All measurements of one endpoint or operation at one client count, and their figures. */
final class Aggregate {
    final String name;
    final int clients;
    final List<RunResult> runs = new ArrayList<>();
    final Histogram histogram = new Histogram();

    Aggregate(String name, int clients) {
        this.name = name;
        this.clients = clients;
    }

    static Aggregate find(List<Aggregate> aggregates, String name, int clients) {
        for (Aggregate aggregate : aggregates) {
            if (aggregate.name.equals(name) && aggregate.clients == clients) {
                return aggregate;
            }
        }
        return null;
    }

    void add(RunResult run) {
        runs.add(run);
        histogram.add(run.histogram);
    }

    /** Mean of the runs' throughput. */
    double rps() {
        return runs.stream().mapToDouble(RunResult::rps).average().orElse(Double.NaN);
    }

    /** Whether the runs waited for the work they left behind. */
    boolean settled() {
        return runs.stream().anyMatch(r -> !Double.isNaN(r.settleSeconds));
    }

    /** Mean seconds waited after a run for the work it left behind. */
    double settleSeconds() {
        return runs.stream().mapToDouble(r -> r.settleSeconds).average().orElse(Double.NaN);
    }

    /**
     * The throughput with the work left behind: every operation of the runs (warm-up included) over their
     * whole time, warm-up, measured time and the wait to settle.
     */
    double sustainedRps() {
        double seconds = runs.stream().mapToDouble(r -> r.warmupSeconds + r.measureSeconds + r.settleSeconds).sum();
        return runs.stream().mapToLong(r -> r.operations).sum() / seconds;
    }

    long requests() {
        return runs.stream().mapToLong(r -> r.requests).sum();
    }

    long exchanges() {
        return runs.stream().mapToLong(r -> r.exchanges).sum();
    }

    /** HTTP exchanges per operation: 1 for a request, the redirect chain's length for a login. */
    double exchangesPerOperation() {
        long operations = requests();
        return operations == 0 ? Double.NaN : (double) exchanges() / operations;
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

    /** The table's p50, p90, p99 and max columns, in milliseconds. */
    List<Object> latencyCells() {
        return List.of(BenchSupport.fixed(histogram.percentileMillis(50), 2),
                BenchSupport.fixed(histogram.percentileMillis(90), 2),
                BenchSupport.fixed(histogram.percentileMillis(99), 2), BenchSupport.fixed(histogram.maxMillis(), 2));
    }

    /** The table's ratio columns (throughput, p50, p99 to the baseline's), "-" for the baseline itself. */
    List<Object> ratioCells(Aggregate baseline, int decimals) {
        if (this == baseline) {
            return List.of("-", "-", "-");
        }
        return List.of(BenchSupport.fixed(rps() / baseline.rps(), decimals),
                BenchSupport.fixed(histogram.percentileMillis(50) / baseline.histogram.percentileMillis(50), decimals),
                BenchSupport.fixed(histogram.percentileMillis(99) / baseline.histogram.percentileMillis(99), decimals));
    }

    /** The JSON's figures: clients, runs, rps, run_rps, the latencies and requests; the runner adds its own. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("runs", runs.size());
        figures.put("rps", BenchSupport.round(rps(), 1));
        figures.put("run_rps", runs.stream().map(r -> (Object) BenchSupport.round(r.rps(), 1)).toList());
        figures.put("p50_ms", BenchSupport.round(histogram.percentileMillis(50), 3));
        figures.put("p90_ms", BenchSupport.round(histogram.percentileMillis(90), 3));
        figures.put("p95_ms", BenchSupport.round(histogram.percentileMillis(95), 3));
        figures.put("p99_ms", BenchSupport.round(histogram.percentileMillis(99), 3));
        figures.put("max_ms", BenchSupport.round(histogram.maxMillis(), 3));
        figures.put("mean_ms", BenchSupport.round(histogram.meanMillis(), 3));
        figures.put("requests", requests());
        return figures;
    }

    /** The JSON's rps_ratio, p50_ratio and p99_ratio (not for the baseline), then any failures. */
    void putRatiosAndFailures(Map<String, Object> figures, Aggregate baseline, int rpsDecimals) {
        if (this != baseline) {
            figures.put("rps_ratio", BenchSupport.round(rps() / baseline.rps(), rpsDecimals));
            figures.put("p50_ratio", BenchSupport.round(histogram.percentileMillis(50)
                    / baseline.histogram.percentileMillis(50), 3));
            figures.put("p99_ratio", BenchSupport.round(histogram.percentileMillis(99)
                    / baseline.histogram.percentileMillis(99), 3));
        }
        if (!failures().isEmpty()) {
            figures.put("failures", new ArrayList<Object>(failures()));
        }
    }

    /** Non-2xx answers (wrong outcomes) and errors of all aggregates. */
    static long failed(List<Aggregate> aggregates) {
        return aggregates.stream().mapToLong(a -> a.non2xx() + a.errors()).sum();
    }

    /** "FAILED: N ..., for instance:" (the headline's format takes N) and up to ten examples. */
    static void printFailures(PrintStream out, String headline, List<Aggregate> aggregates) {
        out.printf(Locale.ROOT, headline, failed(aggregates));
        Set<String> examples = new LinkedHashSet<>();
        aggregates.forEach(a -> examples.addAll(a.failures()));
        examples.stream().limit(10).forEach(f -> out.println("  " + f));
    }
}

/** The closed-loop runs and the interleaved measurements of both load runners. */
final class Interleaving {
    private Interleaving() {
    }

    /** Makes client number {@code index} of a run. */
    @FunctionalInterface
    interface ClientFactory {
        ClosedLoopClient create(int index, long startNanos, long measureFromNanos, long endNanos);
    }

    /** The probe: the heading, then {@code probe}, which adds the failures it sees, then a blank line. */
    static List<String> probe(String heading, Consumer<List<String>> probe) {
        List<String> failures = new ArrayList<>();
        System.out.println(heading);
        probe.accept(failures);
        System.out.println();
        return failures;
    }

    /**
     * The pre-warm, when the scenario has one: {@code load} runs the given client count (the largest)
     * for the pre-warm time, unmeasured. Returns its failures: {@code summary}'s line, then examples.
     */
    static List<String> prewarm(InterleavedScenario scenario, String what, IntFunction<RunResult> load,
                                Function<RunResult, String> summary) {
        if (scenario.prewarmSeconds == 0) {
            return List.of();
        }
        int clients = Collections.max(scenario.clients);
        System.out.printf(Locale.ROOT, "Pre-warm: %s, %d clients, %d s%n%n", what, clients, scenario.prewarmSeconds);
        RunResult result = load.apply(clients);
        if (result.non2xx + result.errors == 0) {
            return List.of();
        }
        List<String> failures = new ArrayList<>();
        failures.add(summary.apply(result));
        failures.addAll(result.failures);
        return failures;
    }

    /** Per round the baseline then each target (rotated from round to round), closed by one more baseline. */
    static <E> List<E> order(E baseline, List<E> targets, int rounds) {
        return order(List.of(baseline), targets, rounds);
    }

    /** Per round every baseline then each target (rotated from round to round), closed by every baseline once more. */
    static <E> List<E> order(List<E> baselines, List<E> targets, int rounds) {
        List<E> order = new ArrayList<>();
        int count = targets.size();
        for (int round = 0; round < rounds; round++) {
            order.addAll(baselines);
            for (int i = 0; i < count; i++) {
                order.add(targets.get((i + round) % count));
            }
        }
        order.addAll(baselines);
        return order;
    }

    /** Runs the clients, each a thread, for the warm-up and the measured time; returns their figures. */
    static RunResult load(int clients, int warmupSeconds, int measureSeconds, ClientFactory factory) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measureSeconds);
        List<ClosedLoopClient> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ClosedLoopClient client = factory.create(i, start, measureFrom, end);
            Thread thread = new Thread(client, "client-" + i);
            workers.add(client);
            threads.add(thread);
            thread.start();
        }
        RunResult result = new RunResult(measureSeconds);
        result.warmupSeconds = warmupSeconds;
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

    /**
     * Measures every client count in the given order and prints a progress line per run ({@code
     * progress} takes: done, total, clients, name, rate, p50, p99, failures); stops with
     * {@code nothingSucceeded} when a run had failures and no success.
     */
    static <E> List<Aggregate> measure(InterleavedScenario scenario, List<E> all, List<E> order,
                                       Function<E, String> name, BiFunction<E, Integer, RunResult> run,
                                       String progress, String nothingSucceeded) {
        Map<String, Aggregate> aggregates = new LinkedHashMap<>();
        for (E endpoint : all) {
            for (int clients : scenario.clients) {
                aggregates.put(name.apply(endpoint) + "@" + clients, new Aggregate(name.apply(endpoint), clients));
            }
        }
        int total = order.size() * scenario.clients.size();
        int done = 0;
        for (int clients : scenario.clients) {
            for (E endpoint : order) {
                RunResult result = run.apply(endpoint, clients);
                aggregates.get(name.apply(endpoint) + "@" + clients).add(result);
                done++;
                long failures = result.non2xx + result.errors;
                System.out.printf(Locale.ROOT, progress, done, total, clients, name.apply(endpoint),
                        BenchSupport.fixed(result.rps(), 1), BenchSupport.fixed(result.histogram.percentileMillis(50), 2),
                        BenchSupport.fixed(result.histogram.percentileMillis(99), 2),
                        failures > 0 ? "  failures: " + failures : "");
                if (result.requests == 0 && failures > 0) {
                    System.out.println(nothingSucceeded);
                    System.out.println();
                    return new ArrayList<>(aggregates.values());
                }
            }
        }
        System.out.println();
        return new ArrayList<>(aggregates.values());
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
