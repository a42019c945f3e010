import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON that JMH writes ({@code -rf json}) into the harness's table and
 * {@code bench/results/SCENARIO.json}: per benchmark method ("case") its throughput with JMH's
 * 99.9% error, the time per operation, and both as ratios to the scenario's baseline case, which
 * ran in the same JMH run. For scenarios with {@code runner=jmh} (see bench/README.md).
 *
 * <p>JDK only. It shares the JSON writer, the results' common record and the scenario-file reader
 * with the load generators, in BenchSupport.java, so they are compiled together (bench/run does this):
 * <pre>
 *   javac -d bench/target/classes bench/*.java
 *   java -cp bench/target/classes JmhReport --scenario bench/scenarios/identity-numbers.properties \
 *       --jmh-json bench/results/identity-numbers-jmh.json --output bench/results/identity-numbers.json
 * </pre>
 * Exit status: 0 when every case of the scenario has a score, 1 when one is missing, 2 on a
 * usage or input error.
 */
public final class JmhReport {

    static final String USAGE = """
            usage: java -cp bench/target/classes JmhReport --scenario FILE --jmh-json FILE [options]

              --scenario FILE     scenario file with runner=jmh, e.g. bench/scenarios/identity-numbers.properties
              --jmh-json FILE     what JMH wrote with -rf json -rff FILE
              --smoke             the run used the scenario's smoke settings
              --jmh-options TEXT  the JMH options of the run, to record
              --output FILE       write the figures as JSON to FILE
              --commit SHA        commit to record (default: git rev-parse HEAD, else "unknown")
              --meta KEY=VALUE    extra fact to record in the JSON (repeatable)""";

    private JmhReport() {
    }

    public static void main(String[] args) {
        BenchSupport.exit(USAGE, true, () -> run(args));
    }

    private static int run(String[] args) throws UsageException, ScenarioException, IOException {
        Path scenarioFile = null;
        Path jmhJson = null;
        Path output = null;
        String commit = null;
        String jmhOptions = null;
        boolean smoke = false;
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                case "--smoke" -> smoke = true;
                case "--scenario" -> scenarioFile = Path.of(BenchSupport.value(args, ++i, arg));
                case "--jmh-json" -> jmhJson = Path.of(BenchSupport.value(args, ++i, arg));
                case "--output" -> output = Path.of(BenchSupport.value(args, ++i, arg));
                case "--commit" -> commit = BenchSupport.value(args, ++i, arg);
                case "--jmh-options" -> jmhOptions = BenchSupport.value(args, ++i, arg);
                case "--meta" -> BenchSupport.meta(meta, BenchSupport.value(args, ++i, arg));
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (scenarioFile == null || jmhJson == null) {
            throw new UsageException("--scenario and --jmh-json are required");
        }
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException("no scenario file " + scenarioFile);
        }
        if (!Files.isRegularFile(jmhJson)) {
            throw new ScenarioException("no JMH result " + jmhJson + " (did JMH run?)");
        }

        Map<String, String> props = ScenarioFile.read(scenarioFile);
        String name = BenchSupport.scenarioName(scenarioFile);
        String baselineName = props.get("jmh.baseline");
        if (baselineName == null || baselineName.isEmpty()) {
            throw new ScenarioException(scenarioFile + ": missing jmh.baseline");
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith("jmh.case.")) {
                descriptions.put(key.substring("jmh.case.".length()), value);
            }
        });

        Object parsed = JsonReader.parse(Files.readString(jmhJson, StandardCharsets.UTF_8));
        if (!(parsed instanceof List<?> results)) {
            throw new IllegalArgumentException(jmhJson + ": expected a JSON array of JMH results");
        }
        Map<String, JmhCase> cases = new LinkedHashMap<>();
        for (Object result : results) {
            JmhCase c = JmhCase.of(result);
            cases.put(c.name, c);
        }
        // The scenario's order first (baseline first), then anything else JMH ran.
        List<JmhCase> ordered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(baselineName);
        descriptions.keySet().stream().filter(n -> !n.equals(baselineName)).forEach(names::add);
        cases.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        for (String n : names) {
            JmhCase c = cases.get(n);
            if (c == null || !Double.isFinite(c.score) || c.score <= 0) {
                missing.add(n);
            } else {
                c.description = descriptions.getOrDefault(n, "");
                ordered.add(c);
            }
        }
        JmhCase baseline = cases.get(baselineName);
        if (missing.contains(baselineName)) {
            baseline = null;
        }

        print(name, smoke, ordered, baseline, missing);
        if (output != null) {
            writeJson(output, name, props.getOrDefault("description", ""), smoke, jmhOptions, jmhJson,
                    commit != null ? commit : Machine.gitCommit(), meta, ordered, baseline, missing);
            System.out.println("Wrote " + output);
        }
        return missing.isEmpty() ? 0 : 1;
    }

    private static void print(String name, boolean smoke, List<JmhCase> cases, JmhCase baseline, List<String> missing) {
        JmhCase any = cases.isEmpty() ? null : cases.get(0);
        System.out.println();
        System.out.printf(Locale.ROOT, "Scenario %s (%s), JMH %s, %d cores%s%n", name, BenchSupport.mode(smoke),
                any == null ? "?" : any.jmhVersion, Machine.cores(), any == null ? "" : ", " + any.settings());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %14s %12s %11s %10s %9s%n",
                "case", "ops/s", "± 99.9%", "ns/op", "ops/base", "ns/base");
        for (JmhCase c : cases) {
            boolean isBaseline = c == baseline;
            System.out.printf(Locale.ROOT, "%-22s %14s %12s %11s %10s %9s%n",
                    c.name, grouped(c.score), Double.isFinite(c.error) ? grouped(c.error) : "n/a",
                    BenchSupport.fixed(c.nanosPerOp(), 1),
                    isBaseline || baseline == null ? "-" : significant(c.score / baseline.score, 3),
                    isBaseline || baseline == null ? "-" : BenchSupport.fixed(c.nanosPerOp() / baseline.nanosPerOp(), 1));
        }
        System.out.println();
        if (baseline != null) {
            System.out.printf(Locale.ROOT, "Baseline: %s, in the same JMH run. ops/base: throughput / the baseline's;"
                    + " ns/base: time per operation / the baseline's.%n", baseline.name);
        }
        System.out.println("± 99.9%: JMH's error of the mean (n/a with a single iteration, as in smoke mode).");
        for (JmhCase c : cases) {
            if (!c.description.isEmpty()) {
                System.out.printf(Locale.ROOT, "  %-20s %s%n", c.name, c.description);
            }
        }
        System.out.println();
        if (!missing.isEmpty()) {
            System.out.println("FAILED: no score for " + String.join(", ", missing));
        }
    }

    private static void writeJson(Path file, String name, String description, boolean smoke, String jmhOptions,
                                  Path jmhJson, String commit, Map<String, String> meta, List<JmhCase> cases,
                                  JmhCase baseline, List<String> missing) throws IOException {
        JmhCase any = cases.isEmpty() ? null : cases.get(0);
        Map<String, Object> root = BenchSupport.results(name, description, BenchSupport.mode(smoke), commit,
                any != null ? any.jdkVersion : System.getProperty("java.version"));
        root.put("tool", any != null ? "JMH " + any.jmhVersion : "JMH");
        Map<String, Object> settings = new LinkedHashMap<>();
        if (jmhOptions != null) {
            settings.put("jmh_options", jmhOptions);
        }
        if (any != null) {
            settings.put("mode", any.mode);
            settings.put("forks", any.forks);
            settings.put("threads", any.threads);
            settings.put("warmup_iterations", any.warmupIterations);
            settings.put("warmup_time", any.warmupTime);
            settings.put("measurement_iterations", any.measurementIterations);
            settings.put("measurement_time", any.measurementTime);
            settings.put("jvm", any.vm);
            settings.put("jvm_args", any.jvmArgs);
        }
        settings.put("same_run", true);
        root.put("settings", settings);
        BenchSupport.putMeta(root, meta);
        root.put("baseline", baseline == null ? null : baseline.name);
        root.put("raw_results", jmhJson.toString());

        List<Object> list = new ArrayList<>();
        for (JmhCase c : cases) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.name);
            e.put("role", c == baseline ? "baseline" : "target");
            e.put("benchmark", c.benchmark);
            if (!c.description.isEmpty()) {
                e.put("description", c.description);
            }
            e.put("ops_per_s", round(c.score, 1));
            e.put("ops_per_s_error", round(c.error, 1));
            e.put("ops_per_s_ci", Arrays.asList((Object) round(c.ciLow, 1), round(c.ciHigh, 1)));
            e.put("iteration_ops_per_s", c.iterations.stream().map(v -> (Object) round(v, 1)).toList());
            e.put("ns_per_op", round(c.nanosPerOp(), 3));
            if (c != baseline && baseline != null) {
                e.put("ops_ratio", BigDecimal.valueOf(c.score / baseline.score).round(new MathContext(4)).doubleValue());
                e.put("ns_ratio", round(c.nanosPerOp() / baseline.nanosPerOp(), 2));
            }
            list.add(e);
        }
        root.put("cases", list);
        root.put("missing", new ArrayList<Object>(missing));
        root.put("failed", !missing.isEmpty());
        BenchSupport.writeJson(file, root);
    }

    private static Double round(double value, int decimals) {
        return BenchSupport.round(value, decimals);
    }

    /** 31 848 189 for readability: a thin space would be nicer, a plain one survives every terminal. */
    private static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
    }

    private static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return BigDecimal.valueOf(value).round(new MathContext(digits)).toPlainString();
    }
}

/** One benchmark method's result in JMH's JSON. */
final class JmhCase {
    String name;
    String benchmark;
    String description = "";
    String mode;
    String jmhVersion;
    String jdkVersion;
    String vm;
    Object jvmArgs;
    long forks;
    long threads;
    long warmupIterations;
    String warmupTime;
    long measurementIterations;
    String measurementTime;
    double score;
    double error;
    double ciLow;
    double ciHigh;
    final List<Double> iterations = new ArrayList<>();

    double nanosPerOp() {
        return 1e9 / score;
    }

    String settings() {
        return String.format(Locale.ROOT, "%s, %d fork%s × %d thread%s, warm-up %d × %s, measured %d × %s",
                mode, forks, forks == 1 ? "" : "s", threads, threads == 1 ? "" : "s",
                warmupIterations, warmupTime, measurementIterations, measurementTime);
    }

    static JmhCase of(Object result) {
        if (!(result instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a JMH result is not a JSON object");
        }
        JmhCase c = new JmhCase();
        c.benchmark = string(map, "benchmark");
        c.name = c.benchmark.substring(c.benchmark.lastIndexOf('.') + 1);
        if (map.get("params") instanceof Map<?, ?> params && !params.isEmpty()) {
            StringBuilder suffix = new StringBuilder();
            params.forEach((k, v) -> suffix.append(':').append(k).append('=').append(v));
            c.name += suffix;
        }
        c.mode = string(map, "mode");
        c.jmhVersion = string(map, "jmhVersion");
        c.jdkVersion = string(map, "jdkVersion");
        c.vm = string(map, "vmName") + " " + string(map, "vmVersion");
        c.jvmArgs = map.get("jvmArgs");
        c.forks = (long) number(map.get("forks"));
        c.threads = (long) number(map.get("threads"));
        c.warmupIterations = (long) number(map.get("warmupIterations"));
        c.warmupTime = string(map, "warmupTime");
        c.measurementIterations = (long) number(map.get("measurementIterations"));
        c.measurementTime = string(map, "measurementTime");
        if (!(map.get("primaryMetric") instanceof Map<?, ?> metric)) {
            throw new IllegalArgumentException(c.benchmark + ": no primaryMetric");
        }
        String unit = String.valueOf(metric.get("scoreUnit"));
        if (!unit.equals("ops/s")) {
            throw new IllegalArgumentException(c.benchmark + ": expected throughput in ops/s, got " + unit
                    + " (run JMH with -bm thrpt -tu s)");
        }
        c.score = number(metric.get("score"));
        c.error = number(metric.get("scoreError"));
        if (metric.get("scoreConfidence") instanceof List<?> ci && ci.size() == 2) {
            c.ciLow = number(ci.get(0));
            c.ciHigh = number(ci.get(1));
        } else {
            c.ciLow = Double.NaN;
            c.ciHigh = Double.NaN;
        }
        if (metric.get("rawData") instanceof List<?> forks) {
            for (Object fork : forks) {
                if (fork instanceof List<?> values) {
                    values.forEach(v -> c.iterations.add(number(v)));
                }
            }
        }
        return c;
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}

/** A small JSON reader: objects (as ordered maps), arrays, strings, numbers (as Double), booleans, null. */
final class JsonReader {
    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.space();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() {
        space();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        space();
        if (peek() == '}') {
            position++;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("expected , or }");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        position++;
        space();
        if (peek() == ']') {
            position++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("expected , or ]");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("short \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> throw error("bad escape \\" + escaped);
            }
        }
    }

    private Double number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        return Double.valueOf(text.substring(start, position));
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected " + word);
        }
        position += word.length();
        return value;
    }

    private void space() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private char next() {
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(position++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected " + c);
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON at character " + position + ": " + message);
    }
}
