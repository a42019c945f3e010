import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes the cases benchmark's data set as CSV for PostgreSQL's COPY: cases_case, cases_timeline and
 * the case number counters (cases_number), for the programme's ten live application e-services.
 *
 * <pre>
 *   java bench/scenarios/cases/GenerateCases.java OUTPUT_DIR CASES [SEED]
 * </pre>
 *
 * JDK only, deterministic for a seed and a "now" (taken when it runs, written to OUTPUT_DIR/dataset.properties).
 * The spread:
 * <ul>
 * <li>e-services weighted by the yearly volume of their definitions (benefit.yearlyCases), departments and
 * handling targets as the definitions say; submitted over eight years growing 8% a year, in the daytime;</li>
 * <li>a handling time around the e-service's target (log-normal, a quarter of them late); a case still within
 * it is open (submitted, received, in progress or awaiting a supplement), one past it decided (granted, partly
 * granted, refused) and closed a few weeks later; 2% withdrawn; a few older ones stuck open;</li>
 * <li>applicants with random valid personal identity numbers (birth numbers 000-979, so never one of the demo
 * city's, which use 980-999) and names; organisations (valid organisation numbers) for the licences a company
 * applies for; applicants without login on the two open e-services, with a private link and an e-mail address;
 * mostly the web channel, the rest by phone, e-mail or paper registered by an officer;</li>
 * <li>one bench person, Karin Ek (197911039886, the demo persona CAR_OWNER), with exactly 50 cases: 4 open,
 * 46 decided or closed;</li>
 * <li>timeline lines for each step a case went through; small answers in each e-service's own field ids.</li>
 * </ul>
 */
public final class GenerateCases {

	static final String BENCH_PERSON = "197911039886";
	static final String BENCH_PERSON_NAME = "Karin Ek";
	static final int BENCH_PERSON_CASES = 50;
	static final int BENCH_PERSON_OPEN = 4;
	static final int YEARS = 8;
	static final double GROWTH = 1.08;
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** An e-service of the data set: id, department, handling target, yearly volume, channels, who applies. */
	record Service(String id, String prefix, String department, int targetDays, int yearly, String[] channels,
			double organisationShare, double anonymousShare, String version) {
	}

	static final String[][] SERVICES = {
			// id, department, target days, yearly cases, channels, share by organisation, share without login
			{"heat-pump-licence", "environment-health", "28", "2200", "web,email,paper", "0.05", "0"},
			{"building-permit", "city-planning", "70", "9000", "web,email,paper", "0.25", "0"},
			{"alcohol-licence", "social", "56", "3000", "web,email,paper", "0.95", "0"},
			{"heavy-traffic-exemption", "traffic", "7", "6000", "web,email", "0.9", "0"},
			{"elderly-care-enquiry", "elderly-care", "3", "12000", "web,phone,email", "0", "0.6"},
			{"elderly-support-application", "elderly-care", "28", "15000", "web,phone,paper", "0", "0"},
			{"custodian-annual-report", "chief-guardian", "180", "9000", "web,paper", "0", "0"},
			{"planning-guidance", "city-planning", "14", "5000", "web,email,paper", "0.3", "0.4"},
			{"map-order", "city-planning", "28", "3500", "web,email", "0.4", "0"},
			{"report-start-of-construction", "city-planning", "14", "4000", "web,email,paper", "0.2", "0"}};

	static final String[] GIVEN = {"Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin",
			"Johan", "Lars", "Mikael", "Anders", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan", "Ali", "Fatima", "Mohammed",
			"Leila", "Oskar", "Elsa", "Noah", "Alice", "William", "Maja", "Hugo", "Astrid", "Nils", "Linnea", "Omar", "Yasmin"};
	static final String[] FAMILY = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
			"Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindqvist",
			"Berg", "Holm", "Ek", "Lindberg", "Sandberg", "Demir", "Hassan", "Ali", "Nguyen", "Kowalski", "Virtanen",
			"Lundgren", "Strand", "Wikström"};
	static final String[] COMPANY = {"Bygg", "Fastighets", "Restaurang", "Transport", "Mark och Schakt", "Energi",
			"Konsult", "Åkeri", "Krog", "Arkitekt", "Förvaltnings", "VVS"};
	static final String[] PROPERTY = {"Tallen", "Björken", "Eken", "Granen", "Lönnen", "Aspen", "Rönnen", "Hägern", "Svanen",
			"Måsen", "Kråkan", "Ugglan", "Järnet", "Kopparn", "Silvret", "Vinkeln", "Bågen", "Spiran"};
	static final String[] STREET = {"Hornsgatan", "Götgatan", "Sveavägen", "Drottninggatan", "Fleminggatan", "Södermannagatan",
			"Bergsgatan", "Karlavägen", "Ringvägen", "Hägerstensvägen", "Bromma Kyrkväg", "Farstavägen"};

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: java bench/scenarios/cases/GenerateCases.java OUTPUT_DIR CASES [SEED]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261126L;
		if (count < 1000) {
			throw new IllegalArgumentException("at least 1000 cases, so that the bench person's 50 fit");
		}
		Files.createDirectories(out);
		long started = System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		new GenerateCases(out, count, seed, now).run();
		System.out.printf(Locale.ROOT, "Generated %,d cases in %.1f s into %s%n", count, (System.nanoTime() - started) / 1e9, out);
	}

	private final Path out;
	private final int count;
	private final long seed;
	private final Instant now;
	private final SplittableRandom random;
	private final List<Service> services = new ArrayList<>();
	private final Map<String, Integer> openByStatus = new TreeMap<>();
	private long timelineRows;

	GenerateCases(Path out, int count, long seed, Instant now) throws IOException {
		this.out = out;
		this.count = count;
		this.seed = seed;
		this.now = now;
		this.random = new SplittableRandom(seed);
		for (String[] s : SERVICES) {
			services.add(new Service(s[0], prefix(s[0]), s[1], Integer.parseInt(s[2]), Integer.parseInt(s[3]), s[4].split(","),
					Double.parseDouble(s[5]), Double.parseDouble(s[6]), definitionVersion(s[0])));
		}
	}

	void run() throws IOException {
		// When the cases were submitted: eight years, growing 8% a year, in time order (ids and numbers follow it).
		long span = Duration.ofDays(365L * YEARS).toSeconds();
		Instant start = now.minusSeconds(span);
		double g = Math.log(GROWTH) * YEARS;
		long[] days = new long[count];
		for (int i = 0; i < count; i++) {
			double x = Math.log(1 + random.nextDouble() * (Math.exp(g) - 1)) / g;
			days[i] = (long) (x * (span / 86_400));
		}
		Arrays.sort(days);
		LocalDate firstDay = start.atZone(SWEDEN).toLocalDate();

		int[] weights = services.stream().mapToInt(Service::yearly).toArray();
		int totalWeight = Arrays.stream(weights).sum();

		// The bench person's cases: chosen among the person cases once their statuses are known (a second pass is
		// not needed: pick indexes now and force the status kind).
		HashSet<Integer> benchOpen = new HashSet<>();
		HashSet<Integer> benchDone = new HashSet<>();
		while (benchOpen.size() < BENCH_PERSON_OPEN) {
			// Open ones are recent: among the last 2% of the cases.
			benchOpen.add(count - 1 - random.nextInt(Math.max(count / 50, BENCH_PERSON_OPEN * 4)));
		}
		while (benchDone.size() < BENCH_PERSON_CASES - BENCH_PERSON_OPEN) {
			int index = random.nextInt(count - count / 10);
			if (!benchOpen.contains(index)) {
				benchDone.add(index);
			}
		}

		Map<String, Long> numbers = new HashMap<>();
		int open = 0;
		int benchWritten = 0;
		Path casesFile = out.resolve("cases_case.csv.tmp");
		Path timelineFile = out.resolve("cases_timeline.csv.tmp");
		try (BufferedWriter cases = Files.newBufferedWriter(casesFile, StandardCharsets.UTF_8);
				BufferedWriter timeline = Files.newBufferedWriter(timelineFile, StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				boolean bench = benchOpen.contains(i) || benchDone.contains(i);
				Service service = pick(weights, totalWeight, bench);
				// The time of day: mostly office hours and evenings, in Stockholm.
				double hour = Math.min(23.99, Math.max(0, 13 + random.nextGaussian() * 3.5));
				ZonedDateTime local = firstDay.plusDays(days[i]).atStartOfDay(SWEDEN).plusSeconds((long) (hour * 3600));
				Instant submitted = local.toInstant();
				if (submitted.isAfter(now.minusSeconds(60))) {
					submitted = now.minusSeconds(60 + random.nextInt(3600));
				}
				int year = submitted.atZone(SWEDEN).getYear();
				long sequence = numbers.merge(service.prefix + "-" + year, 1L, Long::sum);
				String number = String.format(Locale.ROOT, "%s-%04d-%06d", service.prefix, year, sequence);
				Life life = bench ? benchLife(service, submitted, benchOpen.contains(i)) : life(service, submitted);
				if (life.status.equals("SUBMITTED") || life.status.equals("RECEIVED") || life.status.equals("IN_PROGRESS")
						|| life.status.equals("AWAITING_SUPPLEMENT")) {
					open++;
					openByStatus.merge(life.status, 1, Integer::sum);
				}
				writeCase(cases, timeline, i, service, number, submitted, life, bench);
				if (bench) {
					benchWritten++;
				}
			}
		}
		if (benchWritten != BENCH_PERSON_CASES) {
			throw new IllegalStateException("the bench person got " + benchWritten + " cases");
		}
		Path numbersFile = out.resolve("cases_number.csv.tmp");
		try (BufferedWriter writer = Files.newBufferedWriter(numbersFile, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Long> entry : new TreeMap<>(numbers).entrySet()) {
				String[] key = entry.getKey().split("-");
				writer.write(key[0] + "," + key[1] + "," + entry.getValue() + "\n");
			}
		}
		Files.move(casesFile, out.resolve("cases_case.csv"), StandardCopyOption.REPLACE_EXISTING);
		Files.move(timelineFile, out.resolve("cases_timeline.csv"), StandardCopyOption.REPLACE_EXISTING);
		Files.move(numbersFile, out.resolve("cases_number.csv"), StandardCopyOption.REPLACE_EXISTING);
		String summary = String.format(Locale.ROOT, "cases=%d%nseed=%d%nnow=%s%nopen=%d%nopen_by_status=%s%ntimeline_rows=%d%n"
				+ "bench_person=%s%nbench_person_cases=%d%n", count, seed, now, open, openByStatus, timelineRows, BENCH_PERSON,
				BENCH_PERSON_CASES);
		Files.writeString(out.resolve("dataset.properties"), summary, StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "%,d cases (%,d open, %.1f%%: %s), %,d timeline lines; the bench person %s has %d%n",
				count, open, 100.0 * open / count, openByStatus, timelineRows, BENCH_PERSON, BENCH_PERSON_CASES);
	}

	private Service pick(int[] weights, int total, boolean bench) {
		while (true) {
			int r = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					Service service = services.get(i);
					// The bench person applies as herself, with her eID: not for a company, not as a custodian.
					if (bench && (service.organisationShare > 0.5 || service.id.equals("custodian-annual-report"))) {
						break;
					}
					return service;
				}
			}
		}
	}

	/** What happened to a case: its status now and when each step was taken. */
	static final class Life {
		String status;
		Instant received;
		Instant started;
		Instant supplementRequested;
		Instant supplemented;
		Instant decided;
		String outcome;
		Instant closed;
		Instant withdrawn;
		Instant updated;
		int version;
	}

	private Life life(Service service, Instant submitted) {
		double days = service.targetDays * Math.exp(Math.log(0.8) + random.nextGaussian() * 0.6);
		Duration handling = Duration.ofSeconds((long) (Math.max(0.2, days) * 86_400));
		Duration age = Duration.between(submitted, now);
		boolean olderThanAYear = age.toDays() > 365;
		if (random.nextDouble() < 0.02) {
			return withdrawn(submitted, handling, age);
		}
		boolean stuck = !olderThanAYear && random.nextDouble() < 0.01;
		if (stuck || age.compareTo(handling) < 0) {
			double progress = stuck ? 0.9 : (double) age.toSeconds() / handling.toSeconds();
			return open(submitted, age, progress);
		}
		return decided(submitted, handling);
	}

	private Life benchLife(Service service, Instant submitted, boolean open) {
		Duration age = Duration.between(submitted, now);
		if (open) {
			return open(submitted, age, 0.2 + 0.2 * random.nextInt(4));
		}
		double days = service.targetDays * Math.exp(Math.log(0.8) + random.nextGaussian() * 0.4);
		Duration handling = Duration.ofSeconds((long) (Math.max(0.2, days) * 86_400));
		if (handling.compareTo(age) > 0) {
			handling = age.dividedBy(2);
		}
		return decided(submitted, handling);
	}

	private Life open(Instant submitted, Duration age, double progress) {
		Life life = new Life();
		life.updated = submitted;
		if (progress < 0.1) {
			life.status = "SUBMITTED";
			return life;
		}
		life.received = submitted.plus(fraction(age, 0.05));
		life.updated = life.received;
		life.version = 1;
		if (progress < 0.25) {
			life.status = "RECEIVED";
			return life;
		}
		life.started = submitted.plus(fraction(age, 0.15));
		life.updated = life.started;
		life.version = 3;
		if (random.nextDouble() < 0.2) {
			life.status = "AWAITING_SUPPLEMENT";
			life.supplementRequested = submitted.plus(fraction(age, 0.6));
			life.updated = life.supplementRequested;
			life.version = 4;
		}
		else {
			life.status = "IN_PROGRESS";
		}
		return life;
	}

	private Life decided(Instant submitted, Duration handling) {
		Life life = new Life();
		life.received = submitted.plus(fraction(handling, 0.05));
		life.started = submitted.plus(fraction(handling, 0.15));
		int version = 3;
		if (random.nextDouble() < 0.15) {
			life.supplementRequested = submitted.plus(fraction(handling, 0.4));
			life.supplemented = submitted.plus(fraction(handling, 0.6));
			version += 2;
		}
		life.decided = submitted.plus(handling);
		double r = random.nextDouble();
		life.outcome = r < 0.85 ? "GRANTED" : r < 0.9 ? "PARTLY_GRANTED" : "REFUSED";
		version++;
		Instant closes = life.decided.plus(Duration.ofDays(14 + random.nextInt(17)));
		if (closes.isBefore(now)) {
			life.status = "CLOSED";
			life.closed = closes;
			life.updated = closes;
			version++;
		}
		else {
			life.status = "DECIDED";
			life.updated = life.decided;
		}
		life.version = version;
		return life;
	}

	private Life withdrawn(Instant submitted, Duration handling, Duration age) {
		Life life = new Life();
		Duration until = handling.compareTo(age) < 0 ? handling : age;
		life.status = "WITHDRAWN";
		life.withdrawn = submitted.plus(fraction(until, random.nextDouble()));
		life.updated = life.withdrawn;
		life.version = 1;
		return life;
	}

	private static Duration fraction(Duration duration, double fraction) {
		return Duration.ofSeconds((long) (duration.toSeconds() * fraction));
	}

	private void writeCase(BufferedWriter cases, BufferedWriter timeline, int index, Service service, String number,
			Instant submitted, Life life, boolean bench) throws IOException {
		String channel = bench || random.nextDouble() < 0.85 ? "web" : service.channels[random.nextInt(service.channels.length)];
		String applicantType = "person";
		String applicantId;
		String applicantName;
		String subjectType = "person";
		String subjectId;
		String subjectName;
		String representation = "SELF";
		String contactEmail = null;
		String accessTokenHash = null;
		if (bench) {
			applicantId = BENCH_PERSON;
			applicantName = BENCH_PERSON_NAME;
		}
		else {
			applicantId = personalNumber(submitted, 18, 90);
			applicantName = name();
		}
		subjectId = applicantId;
		subjectName = applicantName;
		if (!bench && channel.equals("web") && random.nextDouble() < service.anonymousShare) {
			String reference = token(18);
			applicantType = "anonymous";
			applicantId = "anonymous:" + reference;
			subjectType = "anonymous";
			subjectId = applicantId;
			contactEmail = email(applicantName);
			accessTokenHash = HexFormat.of().formatHex(sha256((reference + index).getBytes(StandardCharsets.UTF_8)));
		}
		else if (!bench && random.nextDouble() < service.organisationShare) {
			subjectType = "organisation";
			subjectId = organisationNumber();
			subjectName = FAMILY[random.nextInt(FAMILY.length)] + "s " + COMPANY[random.nextInt(COMPANY.length)] + " AB";
			representation = "SIGNATORY";
		}
		else if (!bench && service.id.equals("elderly-support-application") && random.nextDouble() < 0.3) {
			subjectId = personalNumber(submitted, 65, 100);
			subjectName = name();
			representation = "CONSENT";
		}
		String registeredBy = channel.equals("web") ? null : officer(service, 0);
		String assigned = life.started == null ? null : officer(service, random.nextInt(5));
		String assignedName = assigned == null ? null : officerName(service, assigned);
		Instant due = submitted.plus(Duration.ofDays(service.targetDays));
		String answers = answers(service, applicantName, subjectName, submitted);
		String checksum = HexFormat.of().formatHex(sha256((number + "\n" + submitted + "\n" + answers + "\n")
				.getBytes(StandardCharsets.UTF_8)));
		UUID id = uuid7(submitted);
		String reasons = life.outcome == null ? null : switch (life.outcome) {
			case "GRANTED" -> "Ansökan uppfyller kraven.";
			case "PARTLY_GRANTED" -> "Ansökan beviljas delvis; se villkoren i beslutet.";
			default -> "Ansökan uppfyller inte kraven; se skälen i beslutet.";
		};
		row(cases, id, number, service.id, service.version, service.department, "application", channel, applicantType,
				applicantId, applicantName, subjectType, subjectId, subjectName, representation, registeredBy, life.status,
				submitted, due, assigned, assignedName, answers, checksum, "bench-data:" + index, accessTokenHash, contactEmail,
				life.outcome, reasons, life.decided, service.id.equals("report-start-of-construction") ? "building-permit" : null,
				life.version, life.updated);

		String applicantPartyType = registeredBy != null ? "staff" : applicantType;
		String actorId = registeredBy != null ? registeredBy : applicantId;
		String actorName = registeredBy != null ? registeredBy : applicantName;
		line(timeline, id, submitted, "SUBMITTED", "APPLICANT", applicantPartyType, actorId, actorName, "SUBMITTED", null);
		String officer = assigned != null ? assigned : officer(service, 0);
		String officerName = officerName(service, officer);
		if (life.received != null) {
			line(timeline, id, life.received, "RECEIVED", "APPLICANT", "staff", officer, officerName, "RECEIVED", null);
		}
		if (life.started != null) {
			line(timeline, id, life.started, "HANDLING_STARTED", "APPLICANT", "staff", officer, officerName, "IN_PROGRESS", null);
			line(timeline, id, life.started, "ASSIGNED", "STAFF", "staff", officer, officerName, null, null);
		}
		if (life.supplementRequested != null) {
			line(timeline, id, life.supplementRequested, "SUPPLEMENT_REQUESTED", "APPLICANT", "staff", officer, officerName,
					"AWAITING_SUPPLEMENT", "Komplettera med en situationsplan i skala 1:500.");
		}
		if (life.supplemented != null) {
			line(timeline, id, life.supplemented, "SUPPLEMENTED", "APPLICANT", applicantType, applicantId, applicantName,
					"IN_PROGRESS", "Situationsplan bifogad.");
		}
		if (life.decided != null) {
			line(timeline, id, life.decided, "DECIDED", "APPLICANT", "staff", officer, officerName, "DECIDED", reasons);
		}
		if (life.closed != null) {
			line(timeline, id, life.closed, "CLOSED", "APPLICANT", "staff", officer, officerName, "CLOSED", null);
		}
		if (life.withdrawn != null) {
			line(timeline, id, life.withdrawn, "WITHDRAWN", "APPLICANT", applicantType, applicantId, applicantName, "WITHDRAWN",
					null);
		}
	}

	private void line(BufferedWriter timeline, UUID caseId, Instant at, String what, String audience, String actorType,
			String actorId, String actorName, String status, String text) throws IOException {
		row(timeline, uuid7(at), caseId, at, what, audience, actorType, actorId, actorName, status, text);
		timelineRows++;
	}

	/** One line of CSV as COPY reads it: null as nothing, text quoted when it must be. */
	private static void row(BufferedWriter writer, Object... values) throws IOException {
		StringBuilder line = new StringBuilder(512);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = values[i];
			if (value == null) {
				continue;
			}
			String text = value instanceof Instant ? value.toString() : String.valueOf(value);
			if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
				line.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(text);
			}
		}
		line.append('\n');
		writer.write(line.toString());
	}

	private String answers(Service service, String applicantName, String subjectName, Instant submitted) {
		LocalDate day = submitted.atZone(SWEDEN).toLocalDate();
		String property = PROPERTY[random.nextInt(PROPERTY.length)] + " " + (1 + random.nextInt(30)) + ":" + (1 + random.nextInt(400));
		String phone = "07" + random.nextInt(10) + "-" + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90)) + " "
				+ (10 + random.nextInt(90));
		String address = STREET[random.nextInt(STREET.length)] + " " + (1 + random.nextInt(120)) + ", 1" + (10 + random.nextInt(90))
				+ " " + (10 + random.nextInt(90)) + " Stockholm";
		switch (service.id) {
			case "heat-pump-licence":
				return json("applicantName", applicantName, "applicantPhone", phone, "applicantRole", "owner",
						"propertyDesignation", property, "waterProtectionArea", false, "heatSource", "rock",
						"boreholeDepth", 120 + random.nextInt(180), "boreholeCount", 1, "distanceToBoundary", 4 + random.nextInt(20),
						"heatOutput", 6 + random.nextInt(10), "collectorFluid", "ethanol",
						"installerOrganisationNumber", organisationNumber(), "drillingDate", day.plusDays(30 + random.nextInt(60)),
						"truthful", true);
			case "building-permit":
				return json("applicantName", applicantName, "applicantPhone", phone, "applicantType", "individual",
						"propertyDesignation", property, "propertyAddress", address, "ownsProperty", true,
						"workType", pickOne("new-building", "extension", "alteration", "change-of-use"),
						"buildingType", pickOne("one-or-two-dwelling", "outbuilding", "multi-dwelling"),
						"workDescription", "Tillbyggnad av enbostadshus med ett rum och kök mot trädgården.",
						"grossArea", 15 + random.nextInt(150), "buildingHeight", 3 + random.nextInt(8), "hasController", true,
						"controllerName", name(), "truthful", true);
			case "alcohol-licence":
				return json("organisationNumber", organisationNumber(), "companyName", subjectName, "contactName", applicantName,
						"contactPhone", phone, "contactEmail", email(applicantName), "licenceType", "permanent-public",
						"premisesName", "Kvarterskrogen " + PROPERTY[random.nextInt(PROPERTY.length)], "premisesAddress", address,
						"indoorSeats", 20 + random.nextInt(120), "outdoorServing", random.nextBoolean(), "ownKitchen", true,
						"knowledgeTestPassed", true, "truthful", true);
			case "heavy-traffic-exemption":
				return json("organisationNumber", organisationNumber(), "companyName", subjectName, "contactName", applicantName,
						"contactPhone", phone, "vehicleRegistrationNumber", plate(), "exemptionReasons", "[weight]",
						"grossWeight", 40 + random.nextInt(60), "totalLength", 18 + random.nextInt(12),
						"loadDescription", "Mobilkran", "routeStart", address, "routeEnd", address,
						"validFrom", day.plusDays(7), "validTo", day.plusDays(37), "numberOfTrips", 1 + random.nextInt(20),
						"timeOfDay", "night", "truthful", true);
			case "elderly-care-enquiry":
				return json("topic", pickOne("home-help", "care-home", "respite", "day-activities", "fees"),
						"questionText", "Hur ansöker min mamma om hemtjänst, och hur lång tid tar det?",
						"contactName", applicantName, "replyBy", "email", "contactEmail", email(applicantName));
			case "elderly-support-application":
				return json("applicantName", applicantName, "applicantPhone", phone, "actingFor", "myself",
						"subjectName", subjectName, "subjectAddress", address, "livesAlone", random.nextBoolean(),
						"interpreterNeeded", false, "law", "sol", "supportTypes", "[home-help, safety-alarm]",
						"needDescription", "Behöver hjälp med inköp, städning och dusch två gånger i veckan.", "urgent", false,
						"consentToObtainRecords", true, "truthful", true);
			case "custodian-annual-report":
				return json("custodianName", applicantName, "assignmentType", "custodian", "principalName", name(),
						"periodFrom", LocalDate.of(day.getYear() - 1, 1, 1), "periodTo", LocalDate.of(day.getYear() - 1, 12, 31),
						"ownsOtherAssets", false, "hasDebts", false, "totalIncome", 120_000 + random.nextInt(200_000),
						"totalExpenses", 100_000 + random.nextInt(200_000), "visits", 4 + random.nextInt(20),
						"assignmentReport", "Huvudmannen bor kvar i sin lägenhet; räkningar och kontakter med banken sköts av mig.",
						"needsChanged", false, "claimsFee", true, "truthful", true);
			case "planning-guidance":
				return json("enquiryType", pickOne("meeting", "planning-decision", "ongoing-plan"), "meetingForm", "video",
						"propertyDesignation", property,
						"projectDescription", "Vi vill bygga ett flerbostadshus med 24 lägenheter på fastigheten.",
						"contactName", applicantName, "representsOrganisation", false, "contactEmail", email(applicantName));
			case "map-order":
				return json("propertyDesignation", property, "purpose", "building-permit",
						"mapType", pickOne("new-construction", "simple-new-construction", "base-map-extract"), "format", "pdf",
						"paperSize", "a3", "scale", "500", "contactName", applicantName, "deliveryEmail", email(applicantName),
						"acceptsFee", true);
			default:
				return json("permitCaseNumber", "BP-" + day.getYear() + "-" + String.format(Locale.ROOT, "%06d", 1 + random.nextInt(9000)),
						"propertyDesignation", property, "reporterName", applicantName, "startDate", day.plusDays(14),
						"completionDate", day.plusDays(200), "hasStartNotice", true, "controllerName", name(),
						"controllerEmail", email(name()), "truthful", true);
		}
	}

	/** A small JSON object of the given pairs; a value written "[a, b]" becomes an array of strings. */
	private static String json(Object... pairs) {
		StringBuilder json = new StringBuilder(256).append('{');
		for (int i = 0; i < pairs.length; i += 2) {
			if (i > 0) {
				json.append(", ");
			}
			json.append('"').append(pairs[i]).append("\": ");
			Object value = pairs[i + 1];
			if (value instanceof Number || value instanceof Boolean) {
				json.append(value);
			}
			else {
				String text = String.valueOf(value);
				if (text.startsWith("[") && text.endsWith("]")) {
					json.append('[');
					String[] items = text.substring(1, text.length() - 1).split(", ");
					for (int j = 0; j < items.length; j++) {
						json.append(j > 0 ? ", " : "").append('"').append(items[j]).append('"');
					}
					json.append(']');
				}
				else {
					json.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
				}
			}
		}
		return json.append('}').toString();
	}

	private String pickOne(String... values) {
		return values[random.nextInt(values.length)];
	}

	private String name() {
		return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
	}

	private String email(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '.').replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
				+ random.nextInt(100) + "@example.org";
	}

	private String plate() {
		String letters = "ABCDEFGHJKLMNOPRSTUWXYZ";
		StringBuilder plate = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			plate.append(letters.charAt(random.nextInt(letters.length())));
		}
		return plate.append(10 + random.nextInt(90)).append(random.nextInt(10)).toString();
	}

	private static String officer(Service service, int n) {
		return n == 0 ? "officer-" + service.department : "officer-" + service.department + "-" + (n + 1);
	}

	private static String officerName(Service service, String officer) {
		return "Handläggare " + officer.substring("officer-".length());
	}

	/** A valid 12-digit personal identity number of someone between the given ages at the given time. */
	private String personalNumber(Instant at, int youngest, int oldest) {
		LocalDate day = at.atZone(SWEDEN).toLocalDate();
		LocalDate born = day.minusDays(365L * youngest + random.nextInt(365 * (oldest - youngest)));
		String date = born.format(DateTimeFormatter.BASIC_ISO_DATE);
		String birth = String.format(Locale.ROOT, "%03d", random.nextInt(980));
		String nine = date.substring(2) + birth;
		return date.substring(0, 2) + nine + luhn(nine);
	}

	/** A valid organisation number of a limited company (5), an association (7, 8) or a partnership (9). */
	private String organisationNumber() {
		char group = "5557789".charAt(random.nextInt(7));
		String nine = group + String.valueOf(random.nextInt(10)) + (2 + random.nextInt(8))
				+ String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
		return nine + luhn(nine);
	}

	static int luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return (10 - sum % 10) % 10;
	}

	/** A UUIDv7 of the given time: 48 bits of milliseconds, the version, then random bits. */
	private UUID uuid7(Instant at) {
		long high = (at.toEpochMilli() << 16) | 0x7000L | (random.nextInt(1 << 12));
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private String token(int bytes) {
		byte[] b = new byte[bytes];
		for (int i = 0; i < bytes; i++) {
			b[i] = (byte) random.nextInt(256);
		}
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	/** The case number prefix CityHall derives from an e-service's id: the initials, up to four. */
	static String prefix(String id) {
		StringBuilder initials = new StringBuilder();
		for (String word : id.split("-")) {
			if (!word.isEmpty() && initials.length() < 4) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString().toUpperCase(Locale.ROOT);
	}

	/** The definition's version as CityHall computes it: the first 16 hex digits of the file's SHA-256. */
	static String definitionVersion(String id) throws IOException {
		Path file = Path.of("src/main/resources/eservices", id + ".yml");
		return HexFormat.of().formatHex(sha256(Files.readAllBytes(file))).substring(0, 16);
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
