package org.cityhall.identity.registers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cityhall.identity.ImportReport;
import org.cityhall.identity.ImportReport.FileImported;
import org.cityhall.identity.ImportReport.Published;
import org.cityhall.identity.RegisterImports;
import org.cityhall.identity.registers.ExtractFile.Register;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports register extracts: reads and checks every line into staging tables, refuses the extract
 * with all its problems if any, and otherwise makes each register in it a copy of the extract,
 * publishing what changed, all in one transaction. Imports wait for each other, on any node.
 */
@Component
class ImportingExtracts implements RegisterImports {

	private static final Logger log = LoggerFactory.getLogger(ImportingExtracts.class);

	private static final String ANY_FILE = "(extract)";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ImportingExtracts(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public ImportReport importExtract(Path directory, String importedBy) {
		Map<String, Reader> readers = new LinkedHashMap<>();
		try {
			for (String name : FILES) {
				Path file = directory.resolve(name);
				if (Files.isRegularFile(file)) {
					// Decoding replaces bytes that are not UTF-8, so every such line is reported with its number.
					readers.put(name, new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)));
				}
			}
			if (readers.isEmpty()) {
				throw new InvalidExtractException(List.of(new Problem(ANY_FILE, 0, null,
						"the directory holds none of the extract files " + String.join(", ", FILES))), 1);
			}
			return importExtract(readers, importedBy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not open the extract in " + directory, ex);
		}
		finally {
			readers.values().forEach(ImportingExtracts::closeQuietly);
		}
	}

	@Override
	public ImportReport importExtract(Map<String, ? extends Reader> files, String importedBy) {
		Objects.requireNonNull(importedBy, "who imports is required");
		Problems problems = new Problems();
		Map<ExtractFile, Reader> extract = extract(files, problems);
		problems.throwIfAny();
		ImportReport report = transaction.execute(status -> run(extract, importedBy));
		log.info("Imported register extract {} by {}: {} changes, {} events published", report.files().stream()
				.map(FileImported::fileName).toList(), importedBy, report.changes(), report.published().total());
		return report;
	}

	private ImportReport run(Map<ExtractFile, Reader> extract, String importedBy) {
		jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('identity_register_import'))");
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, JdbcPopulationRegister.STOCKHOLM);
		Problems problems = new Problems();
		ExtractRows rows = new ExtractRows(problems, today);
		Map<ExtractFile, Integer> lines = new EnumMap<>(ExtractFile.class);
		for (var file : extract.entrySet()) {
			Staging staging = Staging.create(jdbc, file.getKey());
			int read = CsvLines.read(file.getKey().fileName, file.getValue(), file.getKey().header, problems, line -> {
				Object[] row = rows.row(file.getKey(), line);
				if (row != null) {
					staging.add(row);
				}
			});
			staging.finish();
			lines.put(file.getKey(), read);
		}
		Staging.check(jdbc, extract.keySet(), problems);
		problems.throwIfAny();

		List<FileImported> imported = new ArrayList<>();
		Set<Register> registers = EnumSet.noneOf(Register.class);
		extract.keySet().forEach(file -> registers.add(file.register));
		PopulationSnapshot.Result population = null;
		VehicleSnapshot.Result vehicles = null;
		if (registers.contains(Register.POPULATION)) {
			population = new PopulationSnapshot(jdbc, events::publishEvent, now).apply();
			imported.add(file(ExtractFile.PERSONS, lines, population.persons(), population.firstLoad()));
			imported.add(file(ExtractFile.GUARDIANSHIPS, lines, population.guardianships(), population.firstLoad()));
		}
		if (registers.contains(Register.VEHICLES)) {
			vehicles = new VehicleSnapshot(jdbc, events::publishEvent, now).apply();
			imported.add(file(ExtractFile.VEHICLES, lines, vehicles.vehicles(), vehicles.vehicles().before() == 0));
		}
		if (registers.contains(Register.COMPANIES)) {
			var companies = new CompanySnapshot(jdbc).apply();
			boolean firstLoad = companies.companies().before() == 0;
			imported.add(file(ExtractFile.COMPANIES, lines, companies.companies(), firstLoad));
			imported.add(file(ExtractFile.SIGNATORIES, lines, companies.signatories(), firstLoad));
		}
		Published published = new Published(population == null ? 0 : population.moved(),
				population == null ? 0 : population.protectedChanged(), population == null ? 0 : population.granted(),
				population == null ? 0 : population.ended(), vehicles == null ? 0 : vehicles.changed());
		Staging.drop(jdbc, extract.keySet());
		ImportReport report = new ImportReport(now, importedBy, imported, published);
		logImport(report);
		return report;
	}

	/** The readers by file, after checking that each register's files come together. */
	private static Map<ExtractFile, Reader> extract(Map<String, ? extends Reader> files, Problems problems) {
		Map<ExtractFile, Reader> extract = new EnumMap<>(ExtractFile.class);
		files.forEach((name, reader) -> ExtractFile.named(name).ifPresentOrElse(file -> extract.put(file, reader),
				() -> problems.add(name, 0, null, "is no extract file; they are " + String.join(", ", FILES))));
		if (files.isEmpty()) {
			problems.add(ANY_FILE, 0, null, "holds none of the extract files " + String.join(", ", FILES));
		}
		for (Register register : Register.values()) {
			List<ExtractFile> together = register.files();
			if (together.stream().anyMatch(extract::containsKey)) {
				together.stream().filter(file -> !extract.containsKey(file)).forEach(file -> problems.add(file.fileName, 0, null,
						"is missing: the " + register.name + " register comes as "
								+ String.join(" and ", together.stream().map(f -> f.fileName).toList()) + " together"));
			}
		}
		return extract;
	}

	private static FileImported file(ExtractFile file, Map<ExtractFile, Integer> lines, Difference difference,
			boolean firstLoad) {
		return new FileImported(file.register.name, file.fileName, lines.getOrDefault(file, 0), difference.added(),
				difference.changed(), difference.removed(), firstLoad);
	}

	private void logImport(ImportReport report) {
		List<Object[]> rows = report.files().stream()
				.map(file -> new Object[] {Ids.next(), file.register(), file.fileName(), file.rows(), file.changes(),
						OffsetDateTime.ofInstant(report.importedAt(), ZoneOffset.UTC), report.importedBy()})
				.toList();
		jdbc.batchUpdate("""
				INSERT INTO identity_register_import (id, register, file_name, rows, changes, imported_at, imported_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private static void closeQuietly(Reader reader) {
		try {
			reader.close();
		}
		catch (IOException ignored) {
			// read to its end already, or the import failed for a better reason
		}
	}
}
