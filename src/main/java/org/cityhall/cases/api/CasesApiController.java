package org.cityhall.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases API for the departments' operations systems: an e-service's cases by status, a case with its
 * answers, timeline and documents, and the status changes, messages and decisions the resident then sees
 * on My pages.
 */
@RestController
@RequestMapping(path = "/api/v1/cases")
@Tag(name = "Cases", description = "A department's cases, for its operations systems (OAuth2 client credentials)")
class CasesApiController {

	private static final String PROBLEM = "application/problem+json";
	private static final String IDEMPOTENCY = "Makes the request safe to retry: a repeat with the same key gets the "
			+ "first answer (with Idempotent-Replayed: true) and changes nothing. 1 to 200 visible ASCII characters, "
			+ "such as a UUID.";

	private final CasesForOperations operations;
	private final Idempotency idempotency;
	private final JsonMapper json;

	CasesApiController(CasesForOperations operations, Idempotency idempotency, JsonMapper json) {
		this.operations = operations;
		this.idempotency = idempotency;
		this.json = json;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List an e-service's cases",
			description = "The cases of one of the client's department's e-services, optionally with one status, oldest "
					+ "submitted first, a page at a time: pass the last number of a page as `after` for the next "
					+ "(the `next` link does). Lines carry no personal data; fetch a case for that.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.READ))
	@ApiResponse(responseCode = "200", description = "The page; empty for another department's e-service")
	@ApiResponse(responseCode = "400", description = "A parameter is not valid; `field` names it",
			content = @Content(mediaType = PROBLEM))
	CaseResources.CaseList list(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@Parameter(description = "The e-service's id", example = "heat-pump-licence", required = true)
			@RequestParam(required = false) String eservice,
			@Parameter(description = "Only cases with this status", schema = @Schema(allowableValues = {"submitted",
					"received", "in-progress", "awaiting-supplement", "decided", "closed", "withdrawn"}))
			@RequestParam(required = false) String status,
			@Parameter(description = "The case number the previous page ended with") @RequestParam(required = false) String after,
			@Parameter(description = "Lines per page, 1 to 500", schema = @Schema(defaultValue = "100"))
			@RequestParam(required = false) String limit) {
		return operations.list(client, eservice, status, after, limit);
	}

	@GetMapping(path = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Fetch a case",
			description = "The case with its answers as JSON, its whole timeline (staff lines included) and its "
					+ "documents. Recorded in the audit log as the client's read of the applicant's personal data.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.READ))
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No such case in the client's department",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<CaseResources.CaseDetail> fetch(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@Parameter(example = "HPL-2026-000123") @PathVariable String number) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(operations.fetch(client, number));
	}

	@GetMapping(path = "/{number}/documents/{sha256}")
	@Operation(summary = "Download a document of a case",
			description = "An attachment, supplement, receipt or decision of the case, by its SHA-256 as the case lists it.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.READ))
	@ApiResponse(responseCode = "200", description = "The document's bytes, with its media type",
			content = @Content(mediaType = "application/octet-stream"))
	@ApiResponse(responseCode = "404", description = "No such case in the department, or no such document of it",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<byte[]> document(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String number, @PathVariable String sha256) {
		CasesForOperations.Download download = operations.document(client, number, sha256);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(download.document().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(download.document().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noStore())
				.body(download.content());
	}

	@PostMapping(path = "/{number}/status", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Report a status",
			description = "Moves the case as an officer would: received, in-progress, awaiting-supplement (with the "
					+ "text the applicant reads: what to supplement) or closed (once decided). The applicant sees it on "
					+ "My pages. A move the case cannot make now is a 409 with the reason.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.WRITE))
	@ApiResponse(responseCode = "200", description = "The case's status now")
	@ApiResponse(responseCode = "400", description = "Bad input; `field` names it", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such case in the client's department",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The case cannot make that move now",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for another request",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<String> status(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String number, @RequestBody CaseRequests.StatusChange change,
			@Parameter(description = IDEMPOTENCY) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotency.once(client, key, fingerprint(request, change),
				() -> Idempotency.Answer.ok(operations.reportStatus(client, number, change)));
	}

	@PostMapping(path = "/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write to the applicant",
			description = "A message in the case's thread from the department; the applicant is told as for any "
					+ "officer's message.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.WRITE))
	@ApiResponse(responseCode = "201", description = "The message written")
	@ApiResponse(responseCode = "400", description = "Bad input; `field` names it", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such case in the client's department",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The case is closed or withdrawn", content = @Content(mediaType = PROBLEM))
	ResponseEntity<String> message(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String number, @RequestBody CaseRequests.NewMessage message,
			@Parameter(description = IDEMPOTENCY) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotency.once(client, key, fingerprint(request, message), () -> {
			CaseResources.MessageJson posted = operations.post(client, number, message);
			return Idempotency.Answer.created(posted, java.net.URI.create(CaseResources.BASE + posted.caseNumber()));
		});
	}

	@PostMapping(path = "/{number}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Decide the case",
			description = "Granted, partly granted or refused, with the reasons the applicant reads. The applicant "
					+ "sees the decision on My pages and gets it as a PDF. A case is decided once.",
			security = @SecurityRequirement(name = CasesApiDocumentation.SCHEME, scopes = CasesApiSecurity.WRITE))
	@ApiResponse(responseCode = "200", description = "The case, decided")
	@ApiResponse(responseCode = "400", description = "Bad input; `field` names it", content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such case in the client's department",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The case is already decided or withdrawn",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<String> decision(@Parameter(hidden = true) @AuthenticationPrincipal OperationsClient client,
			@PathVariable String number, @RequestBody CaseRequests.NewDecision decision,
			@Parameter(description = IDEMPOTENCY) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotency.once(client, key, fingerprint(request, decision),
				() -> Idempotency.Answer.ok(operations.decide(client, number, decision)));
	}

	private String fingerprint(HttpServletRequest request, Object body) {
		return request.getMethod() + " " + request.getRequestURI() + "\n" + json.writeValueAsString(body);
	}
}
