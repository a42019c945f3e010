package org.cityhall.records.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.records.CareRecordImports;
import org.cityhall.records.ImportReport;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The records benchmark's endpoints (bench/scenarios/records.properties), only with {@code
 * cityhall.bench.baseline-endpoint=true}. {@code /bench/records/import} sends a file of {@code lines} care
 * records never sent before, for 200 persons in 10 units, through {@link CareRecordImports#importFile} —
 * parsing and checking every line, the diaries, the idempotent insert, the file kept and filed — and
 * answers how many were accepted; {@code /bench/records/insert} writes the same rows into a table of its
 * own, one plain INSERT of them all.
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchRecordsController {

	static final int PERSONS = 200;
	static final int MAX_LINES = 200_000;
	static final String SOURCE = "bench-import";

	private static final AtomicLong RECORDS = new AtomicLong();
	private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
	private static final List<String> NUMBERS = IntStream.range(0, PERSONS)
			.mapToObj(i -> PersonalIdentityNumber.of(LocalDate.of(1930, 1, 1).plusDays(i * 37L), 900 + i % 80, false).value())
			.toList();

	private final CareRecordImports imports;
	private final JdbcClient jdbc;

	BenchRecordsController(CareRecordImports imports, JdbcClient jdbc) {
		this.imports = imports;
		this.jdbc = jdbc;
	}

	@PostMapping(path = "/bench/records/import", produces = "text/plain")
	String importRecords(@RequestParam(defaultValue = "1000") int lines) {
		ImportReport report = imports.importFile(SOURCE, file(lines(lines)));
		if (report.accepted() != report.lines()) {
			throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR, "accepted " + report.accepted() + " of "
					+ report.lines() + ": " + report.errors().stream().limit(3).toList());
		}
		return "accepted=" + report.accepted();
	}

	@PostMapping(path = "/bench/records/insert", produces = "text/plain")
	String insert(@RequestParam(defaultValue = "1000") int lines) {
		String[][] rows = lines(lines);
		int n = rows.length;
		String[] ids = new String[n];
		UUID diary = UUID.nameUUIDFromBytes("bench-diary".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < n; i++) {
			ids[i] = UuidCreator.getTimeOrderedEpoch().toString();
		}
		String[] diaries = new String[n];
		java.util.Arrays.fill(diaries, diary.toString());
		int written = jdbc.sql("""
				INSERT INTO records_bench_insert (id, diary_id, kind, occurred_at, measure, note, performed_by, source, source_ref, recorded_at)
				SELECT r.id::uuid, r.diary::uuid, 'note', r.at::timestamptz, r.measure, r.note, r.by, :source, r.ref, now()
				  FROM unnest(CAST(:ids AS text[]), CAST(:diaries AS text[]), CAST(:ats AS text[]), CAST(:measures AS text[]),
				              CAST(:notes AS text[]), CAST(:bys AS text[]), CAST(:refs AS text[]))
				       AS r(id, diary, at, measure, note, by, ref)
				""")
				.param("source", SOURCE).param("ids", ids).param("diaries", diaries).param("ats", column(rows, 4))
				.param("measures", column(rows, 5)).param("notes", column(rows, 6)).param("bys", column(rows, 7))
				.param("refs", column(rows, 0))
				.update();
		return "inserted=" + written;
	}

	/** {@code lines} records never made before: record id, person, unit, kind, time, measure, note, by. */
	private static String[][] lines(int lines) {
		if (lines < 1 || lines > MAX_LINES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lines is 1 to " + MAX_LINES);
		}
		long first = RECORDS.getAndAdd(lines);
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
		String[][] rows = new String[lines][];
		for (int i = 0; i < lines; i++) {
			long n = first + i;
			int person = (int) (n % PERSONS);
			rows[i] = new String[] {"B-" + RUN + "-" + n, NUMBERS.get(person), "bench-unit-" + person % 10, "note",
					OffsetDateTime.ofInstant(base.minusSeconds(n % 86_000), ZoneOffset.ofHours(1)).toString(),
					n % 2 == 0 ? "Morgonhjälp" : "Kvällshjälp", "Hjälp med dusch och frukost. Tog morgonmedicinen.",
					"Undersköterska " + (n % 7)};
		}
		return rows;
	}

	private static byte[] file(String[][] rows) {
		StringBuilder file = new StringBuilder(rows.length * 140).append(CareRecordImports.HEADER).append('\n');
		for (String[] row : rows) {
			file.append(String.join(";", row)).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String[] column(String[][] rows, int index) {
		String[] column = new String[rows.length];
		for (int i = 0; i < rows.length; i++) {
			column[i] = rows[i][index];
		}
		return column;
	}
}
