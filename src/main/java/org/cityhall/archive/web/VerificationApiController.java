package org.cityhall.archive.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cityhall.archive.ArchiveVerification;
import org.cityhall.archive.VerificationReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Archivists verify the archive: {@code POST} runs a verification now and answers its report;
 * {@code GET} answers the last report this node made. The reports hold sequences, record ids and
 * hashes, never personal data.
 */
@RestController
@RequestMapping(path = "/api/v1/archive/verification", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Archive", description = "The e-archive's tamper evidence")
class VerificationApiController {

	private final ArchiveVerification verification;
	private final AtomicReference<Report> last = new AtomicReference<>();

	VerificationApiController(ArchiveVerification verification) {
		this.verification = verification;
	}

	@PostMapping
	@Operation(summary = "Verify the archive now: every record's digest, the hash chain, every document and every checkpoint")
	Report verify(@Parameter(description = "also read back every document and check its SHA-256")
			@RequestParam(defaultValue = "true") boolean documents) {
		Report report = Report.of(verification.verify(documents));
		last.set(report);
		return report;
	}

	@GetMapping
	@Operation(summary = "The last verification this node made")
	ResponseEntity<?> lastReport() {
		Report report = last.get();
		if (report == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No verification has been made on this node since it started; POST to make one.");
			problem.setTitle("No verification yet");
			problem.setType(URI.create("about:blank"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(report);
	}

	/** A verification's report as the API gives it. */
	record Report(boolean intact, String startedAt, long head, long records, long chainMillis, long recordsPerSecond,
			boolean documentsChecked, long documents, long documentBytes, long documentMillis, int checkpoints,
			Problem problem) {

		static Report of(VerificationReport report) {
			long chainMillis = report.chainTime().toMillis();
			return new Report(report.intact(), report.startedAt().toString(), report.head(), report.records(), chainMillis,
					chainMillis == 0 ? report.records() : report.records() * 1000 / chainMillis, report.documentsChecked(),
					report.documents(), report.documentBytes(), report.documentTime().toMillis(), report.checkpoints(),
					report.problem().map(found -> new Problem(found.sequence(), found.record(), found.kind().name(),
							found.detail())).orElse(null));
		}
	}

	/** The first record that does not match. */
	record Problem(long sequence, Optional<UUID> record, String kind, String detail) {
	}
}
