package org.cityhall;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.cityhall.archive.ArchiveVerification;
import org.cityhall.archive.VerificationReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar cityhall.jar archive verify [--no-documents]}: verifies the e-archive against the
 * configured database and exits 0 when it is intact, 1 when a record does not match (printing the
 * first), 2 when it could not be verified. It starts only what verifying needs: no web server, no
 * scheduled jobs, no migrations and no event listeners (docs/archive.md). Deliberately not a
 * {@code @Configuration}: the application's component scan must not pick it up.
 */
@EnableAutoConfiguration
@Import(EmbeddedDatabaseConfiguration.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
@ComponentScan(basePackages = {"org.cityhall.archive.verify", "org.cityhall.archive.signing", "org.cityhall.documents.jdbc"})
class ArchiveCommandLine {

	static final int INTACT = 0;
	static final int NOT_INTACT = 1;
	static final int FAILED = 2;

	/** Whether the command line asks for this command rather than the application. */
	static boolean matches(String[] args) {
		String[] words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
		return words.length >= 2 && "archive".equals(words[0]) && "verify".equals(words[1]);
	}

	/** Runs the command and returns its exit code. */
	static int run(String[] args) {
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(ArchiveCommandLine.class)
					.web(WebApplicationType.NONE)
					.properties(Map.of(
							"spring.flyway.enabled", "false",
							"spring.modulith.events.republish-outstanding-events-on-restart", "false",
							"spring.main.banner-mode", "off",
							"logging.level.root", "warn"))
					.run(args);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			System.err.println("The archive could not be verified: " + ex.getMessage());
			return FAILED;
		}
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Verify verify(ArchiveVerification verification) {
		return new Verify(verification, System.out);
	}

	/** Runs the verification and keeps its exit code. */
	static final class Verify implements ApplicationRunner, ExitCodeGenerator {

		private final ArchiveVerification verification;
		private final PrintStream out;
		private int exitCode = FAILED;

		Verify(ArchiveVerification verification, PrintStream out) {
			this.verification = verification;
			this.out = out;
		}

		@Override
		public void run(ApplicationArguments args) {
			VerificationReport report = verification.verify(!args.containsOption("no-documents"));
			print(report, out);
			exitCode = report.intact() ? INTACT : NOT_INTACT;
		}

		@Override
		public int getExitCode() {
			return exitCode;
		}
	}

	static void print(VerificationReport report, PrintStream out) {
		double chainSeconds = report.chainTime().toNanos() / 1e9;
		out.printf(Locale.ROOT, "records   %,d checked up to sequence %,d in %.2f s (%,.0f records/s)%n", report.records(),
				report.head(), chainSeconds, chainSeconds == 0 ? 0 : report.records() / chainSeconds);
		if (report.documentsChecked()) {
			double documentSeconds = report.documentTime().toNanos() / 1e9;
			out.printf(Locale.ROOT, "documents %,d checked, %.1f MB in %.2f s (%.1f MB/s)%n", report.documents(),
					report.documentBytes() / 1e6, documentSeconds,
					documentSeconds == 0 ? 0 : report.documentBytes() / 1e6 / documentSeconds);
		}
		else {
			out.println("documents not checked (--no-documents)");
		}
		out.printf(Locale.ROOT, "checkpoints %d checked%n", report.checkpoints());
		if (report.intact()) {
			out.println("INTACT: every record, document and checkpoint matches");
		}
		else {
			VerificationReport.Problem problem = report.problem().orElseThrow();
			out.printf(Locale.ROOT, "NOT INTACT at record %d%s: %s: %s%n", problem.sequence(),
					problem.record().map(id -> " (" + id + ")").orElse(""), problem.kind(), problem.detail());
		}
	}
}
