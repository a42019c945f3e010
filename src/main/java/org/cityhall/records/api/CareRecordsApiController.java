package org.cityhall.records.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.cases.OperationsApis;
import org.cityhall.records.CareRecordImports;
import org.cityhall.records.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The elderly-care operations system posts care records here, as a file in the documented format
 * (docs/records.md). The answer reports every line: imported, already there, or rejected with why.
 */
@RestController
class CareRecordsApiController {

	static final String DEPARTMENT = "elderly-care";

	private final CareRecordImports imports;
	private final OperationsApis apis;

	CareRecordsApiController(CareRecordImports imports, OperationsApis apis) {
		this.imports = imports;
		this.apis = apis;
	}

	@PostMapping(path = "/api/v1/records/care-diary/imports",
			consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE},
			produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
	ResponseEntity<?> importRecords(@RequestBody byte[] file, Authentication authentication) {
		OperationsApis.OperationsSystem caller = apis.caller(authentication).orElse(null);
		if (caller == null || !caller.department().map(DEPARTMENT::equals).orElse(false)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"care records are taken only from the elderly-care department's operations system");
			problem.setInstance(URI.create("/api/v1/records/care-diary/imports"));
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ImportReport report = imports.importFile(caller.clientId(), file);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("importId", report.importId() == null ? null : report.importId().toString());
		body.put("lines", report.lines());
		body.put("accepted", report.accepted());
		body.put("duplicates", report.duplicates());
		body.put("rejected", report.rejected());
		List<Map<String, Object>> errors = report.errors().stream().map(e -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("line", e.line());
			error.put("column", e.column());
			error.put("reason", e.reason());
			return error;
		}).toList();
		body.put("errors", errors);
		return ResponseEntity.status(report.importId() == null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
				.contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
