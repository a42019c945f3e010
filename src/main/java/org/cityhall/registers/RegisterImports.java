package org.cityhall.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.github.f4b6a3.uuid.UuidCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports into the registers from the files the administrations keep (the formats are in
 * docs/public-registers.md). {@link #dryRun} checks every line and imports nothing; {@link #start} checks
 * again and, only when nothing is wrong, imports the whole file in one transaction in the background,
 * its progress and who started it recorded in {@code registers_import}. Imports on a node run one at a time.
 */
@Service
public class RegisterImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegisterImports.class);
	private static final int PROGRESS_EVERY = 250;

	/** The registers a file can be imported into. */
	public enum Register {
		RADON("radon"), FOOD("food"), BOREHOLES("boreholes"), PLANS("plans");

		private final String code;

		Register(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		public static Optional<Register> of(String code) {
			for (Register register : values()) {
				if (register.code.equals(code)) {
					return Optional.of(register);
				}
			}
			return Optional.empty();
		}
	}

	/** An import as recorded: what, by whom, when, and how far it has come. */
	public record ImportRecord(UUID id, Register register, String fileName, String importedBy, Instant startedAt,
			Optional<Instant> finishedAt, int totalRows, int importedRows, String status) {

		/** When it started, on the clock in Stockholm. */
		public java.time.LocalDateTime startedInStockholm() {
			return java.time.LocalDateTime.ofInstant(startedAt, java.time.ZoneId.of("Europe/Stockholm"));
		}

		public int percent() {
			return totalRows == 0 ? 100 : importedRows * 100 / totalRows;
		}
	}

	/** Thrown by {@link #start} when the file has problems; nothing was imported. */
	public static class InvalidImportException extends RuntimeException {

		private final transient ImportReport report;

		InvalidImportException(ImportReport report) {
			super(report.fileName() + " has " + report.totalProblems() + " problems; nothing was imported");
			this.report = report;
		}

		public ImportReport report() {
			return report;
		}
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ImportRows rows;
	private final TransactionTemplate transaction;
	private final TransactionTemplate progressTransaction;
	private final Clock clock;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "registers-import");
		thread.setDaemon(true);
		return thread;
	});

	RegisterImports(JdbcClient jdbc, JsonMapper json, ImportRows rows, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.rows = rows;
		this.transaction = new TransactionTemplate(transactions);
		this.progressTransaction = new TransactionTemplate(transactions);
		this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Every problem of the file, and how many lines it holds; nothing is imported. */
	public ImportReport dryRun(Register register, String fileName, byte[] content) {
		return check(register, fileName, content).report();
	}

	/**
	 * Checks the file and, when nothing is wrong, starts importing it; returns the import's id, to follow
	 * with {@link #record(UUID)}.
	 *
	 * @throws InvalidImportException when anything is wrong, with the report; nothing is imported
	 */
	public UUID start(Register register, String fileName, byte[] content, String importedBy) {
		Checked checked = check(register, fileName, content);
		if (!checked.report().valid()) {
			throw new InvalidImportException(checked.report());
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				insert into registers_import (id, register, file_name, imported_by, started_at, total_rows, status)
				values (:id, :register, :file, :by, :at, :total, 'running')""")
				.param("id", id).param("register", register.code()).param("file", fileName).param("by", importedBy)
				.param("at", java.sql.Timestamp.from(clock.instant())).param("total", checked.actions().size()).update();
		worker.submit(() -> run(id, checked.actions()));
		return id;
	}

	private void run(UUID id, List<Runnable> actions) {
		try {
			transaction.executeWithoutResult(status -> {
				for (int i = 0; i < actions.size(); i++) {
					actions.get(i).run();
					if ((i + 1) % PROGRESS_EVERY == 0) {
						progress(id, i + 1, "running");
					}
				}
			});
			progress(id, actions.size(), "done");
		}
		catch (RuntimeException e) {
			log.error("Import {} failed; nothing of it was kept", id, e);
			progress(id, 0, "failed");
		}
	}

	private void progress(UUID id, int imported, String status) {
		progressTransaction.executeWithoutResult(s -> jdbc.sql("""
				update registers_import set imported_rows = :imported, status = :status, finished_at = :finished
				where id = :id""")
				.param("imported", imported).param("status", status)
				.param("finished", status.equals("running") ? null : java.sql.Timestamp.from(clock.instant()), java.sql.Types.TIMESTAMP)
				.param("id", id).update());
	}

	public Optional<ImportRecord> record(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RegisterImports::importRecord).optional();
	}

	/** The latest imports, newest first. */
	public List<ImportRecord> recent(int limit) {
		return jdbc.sql(SELECT + " order by started_at desc limit :limit").param("limit", limit)
				.query(RegisterImports::importRecord).list();
	}

	private record Checked(ImportReport report, List<Runnable> actions) {
	}

	private Checked check(Register register, String fileName, byte[] content) {
		ImportLines.Read read = ImportLines.read(fileName, content, json);
		List<ImportProblem> problems = new ArrayList<>(read.problems());
		List<Runnable> actions = new ArrayList<>();
		if (read.problems().stream().noneMatch(p -> p.line() == 0)) {
			ImportRows.Columns columns = rows.columns(register);
			List<ImportProblem> headerProblems = columns.missingFrom(read.header());
			problems.addAll(headerProblems);
			if (headerProblems.isEmpty()) {
				for (ImportLines.Line line : read.lines()) {
					Consumer<ImportProblem> report = problems::add;
					rows.parse(register, line, report).ifPresent(actions::add);
				}
			}
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
		int total = problems.size();
		return new Checked(new ImportReport(register, fileName, read.lines().size() + (int) read.problems().stream()
				.filter(p -> p.line() > 0).count(), problems.subList(0, Math.min(total, ImportReport.MAX_PROBLEMS)), total),
				actions);
	}

	private static final String SELECT = """
			select id, register, file_name, imported_by, started_at, finished_at, total_rows, imported_rows, status
			from registers_import""";

	private static ImportRecord importRecord(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportRecord(rs.getObject("id", UUID.class), Register.of(rs.getString("register")).orElseThrow(),
				rs.getString("file_name"), rs.getString("imported_by"), rs.getTimestamp("started_at").toInstant(),
				Optional.ofNullable(finished).map(java.sql.Timestamp::toInstant), rs.getInt("total_rows"),
				rs.getInt("imported_rows"), rs.getString("status"));
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm")));
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}
}
