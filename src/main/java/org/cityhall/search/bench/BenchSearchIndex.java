package org.cityhall.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cityhall.search.Searchable;
import org.cityhall.search.index.SearchIndex;
import org.cityhall.shared.LocalizedText;

/**
 * Builds the search benchmark's index (bench/scenarios/search.properties): N synthetic archive-like
 * records, as the portal indexes the archive's records, written straight into a node's index
 * directory before the application starts. Its own source ({@value #SOURCE}), so the node's following
 * of the real archive never touches them. Prints {@code documents=N}, {@code seconds=S} and
 * {@code documents_per_second=R} for the benchmark's record.
 * <p>
 * Run from the application's jar: {@code java -Dloader.main=org.cityhall.search.bench.BenchSearchIndex
 * -cp target/cityhall-0.1.0-SNAPSHOT.jar org.springframework.boot.loader.launch.PropertiesLauncher DIR N}.
 * <p>
 * The records: 1 of every 10 kinds of record of 12 departments, about subjects drawn from 200,000
 * synthetic people (numbers with the birth numbers 980–999 the demo city keeps for made-up people),
 * and the bench person (the demo persona Karin Ek, {@value #BENCH_PERSON}) with exactly 50.
 */
public final class BenchSearchIndex {

	static final String SOURCE = "bench-archive";
	static final String BENCH_PERSON = "197911039886";
	private static final long SEED = 20261126L;
	private static final int PEOPLE = 200_000;

	private static final String[] DEPARTMENTS = {"environment-health", "city-planning", "traffic", "education",
			"district-administrations", "social", "elderly-care", "culture", "sports", "housing-agency",
			"service-administration", "chief-guardian"};
	private static final String[][] MATTERS = {
			{"BL", "bygglov", "building permit"}, {"FS", "förskoleplats", "pre-school place"},
			{"BP", "boendeparkering", "residents' parking permit"}, {"VP", "värmepump", "heat pump"},
			{"HT", "hemtjänst", "home help"}, {"SK", "skolval", "school choice"},
			{"BO", "bokning av idrottshall", "sports hall booking"}, {"AL", "serveringstillstånd", "alcohol licence"},
			{"KO", "kartbeställning", "map order"}, {"SY", "synpunkt på gatubelysning", "comment on street lighting"}};
	private static final String[][] RECORDS = {
			{"case", "Ansökan om %s inkommen", "Application for %s received"},
			{"case", "Ärendet om %s handläggs", "The case about %s is being handled"},
			{"message", "Meddelande i ärendet om %s", "Message in the case about %s"},
			{"message", "Begäran om komplettering av %s", "Request for more information on %s"},
			{"decision", "Beslut om %s", "Decision on %s"},
			{"case", "Kvitto på ansökan om %s", "Receipt for the application for %s"}};

	private BenchSearchIndex() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: BenchSearchIndex DIRECTORY DOCUMENTS");
			System.exit(2);
		}
		Path directory = Path.of(args[0]);
		int documents = Integer.parseInt(args[1]);
		if (Files.exists(directory)) {
			throw new IllegalStateException(directory + " exists: remove it to build the index again");
		}
		long started = System.nanoTime();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		try (SearchIndex index = SearchIndex.open(directory, 256)) {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			for (int t = 0; t < threads; t++) {
				int thread = t;
				pool.execute(() -> {
					for (int n = thread; n < documents; n += threads) {
						index.add(SOURCE, record(n), Optional.of(matter(n)));
					}
				});
			}
			pool.shutdown();
			if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
				throw new IllegalStateException("the index was not built within two hours");
			}
			index.commitSource(SOURCE, Integer.toString(documents));
			double seconds = (System.nanoTime() - started) / 1e9;
			index.forceMerge(1);
			double merged = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "documents=%d%nseconds=%.1f%ndocuments_per_second=%.0f%nmerged_seconds=%.1f%nthreads=%d%n",
					documents, seconds, documents / seconds, merged, threads);
		}
	}

	/** The n-th record, the same for every run: the first 50 are the bench person's. */
	static Searchable record(int n) {
		SplittableRandom random = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
		String[] matter = MATTERS[n % MATTERS.length];
		String[] kind = RECORDS[random.nextInt(RECORDS.length)];
		String subject = n < 50 ? BENCH_PERSON : person(random.nextInt(PEOPLE));
		String number = matter(n);
		LocalizedText title = new LocalizedText(String.format(kind[1], matter[1]) + " " + number,
				String.format(kind[2], matter[2]) + " " + number);
		LocalizedText text = new LocalizedText("Ärende " + number, "Case " + number);
		return new Searchable("record:" + n, kind[0], title, text, "/my-pages/cases/" + number,
				Optional.of(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]), Searchable.Visibility.SUBJECT,
				Optional.of(subject), Optional.of(Instant.parse("2020-01-01T08:00:00Z").plusSeconds(n * 150L)));
	}

	static String matter(int n) {
		return String.format(Locale.ROOT, "%s-%d-%06d", MATTERS[n % MATTERS.length][0], 2020 + n % 7, n / 10);
	}

	/** A made-up person's 12-digit number, birth number 980–999 (the check digit is not needed by the index). */
	private static String person(int i) {
		int year = 1940 + i % 65;
		int month = 1 + i / 65 % 12;
		int day = 1 + i / 780 % 28;
		return String.format(Locale.ROOT, "%04d%02d%02d%03d%d", year, month, day, 980 + i / 21840 % 20, i % 10);
	}
}
