package org.cityhall.catalogue.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.catalogue.BenefitEstimate;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.EService.DefinitionValue;
import org.cityhall.web.Languages;
import org.cityhall.web.PublicContent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The catalogue as open data: every e-service with its department, status and payback. */
@RestController
@RequestMapping(path = "/api/v1/eservices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "The city's e-services and the benefit estimate behind each")
class CatalogueApiController {

	private final Catalogue catalogue;

	CatalogueApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@PublicContent
	@Operation(summary = "List the e-services",
			description = "Every e-service of the programme, ordered by title, texts in the language asked for by "
					+ "`lang` or `Accept-Language` (Swedish by default).")
	ResponseEntity<EServiceList> list(
			@Parameter(description = "sv or en; wins over Accept-Language") @RequestParam(name = "lang", required = false) String lang,
			HttpServletRequest request) {
		Locale locale = Languages.forApi(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		List<EServiceSummary> eservices = catalogue.all(locale).stream().map(e -> summary(e, locale)).toList();
		return ok(new EServiceList(locale.getLanguage(), eservices.size(), eservices), locale);
	}

	@GetMapping("/{id}")
	@PublicContent
	@Operation(summary = "Fetch one e-service", description = "The e-service with its full description.")
	@ApiResponse(responseCode = "404", description = "No e-service has that id",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<EServiceDetail> one(@PathVariable String id,
			@Parameter(description = "sv or en; wins over Accept-Language") @RequestParam(name = "lang", required = false) String lang,
			HttpServletRequest request) {
		Locale locale = Languages.forApi(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		EService e = catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ok(new EServiceDetail(summary(e, locale), e.description().in(locale), e.whoCanUse().in(locale),
				e.whatYouNeed().stream().map(text -> text.in(locale)).toList(),
				e.handlingTargetDays().isPresent() ? e.handlingTargetDays().getAsInt() : null,
				e.fee().map(fee -> new FeeDetail(fee.amount(), fee.vatRate(), fee.vat(), fee.description().in(locale))).orElse(null),
				e.caseNumberPrefix(), e.followUpOf().orElse(null), e.version()), locale);
	}

	private static <T> ResponseEntity<T> ok(T body, Locale locale) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
				.body(body);
	}

	private EServiceSummary summary(EService e, Locale locale) {
		return new EServiceSummary(e.id(), e.title().in(locale), e.summary().in(locale),
				new DepartmentRef(e.department().id(), e.department().name().in(locale)),
				e.lifeSituations().stream().map(s -> new LifeSituationRef(s.id(), s.title().in(locale))).toList(),
				names(e.audience()), e.login().definitionName(),
				e.login() == EService.LoginLevel.NONE ? null : e.assurance().name().toLowerCase(Locale.ROOT),
				e.kind().definitionName(), names(e.channels()),
				e.status().definitionName(), e.handlingTime().in(locale), benefit(e),
				new Links("/api/v1/eservices/" + e.id(), "/eservices/" + e.id()));
	}

	private Benefit benefit(EService e) {
		BenefitEstimate b = e.benefit();
		return new Benefit(b.yearlyCases(), b.expectedDigitalShare(), b.reportedDigitalShare().orElse(null),
				b.minutesSavedPerDigitalCase(), b.developmentCost(), b.runningCostPerYear(), b.hourlyStaffCost(),
				b.yearlySaving(), b.paybackYears().orElse(null), catalogue.paybackRequirementYears(),
				catalogue.meetsPaybackRequirement(e));
	}

	private static List<String> names(java.util.Collection<? extends DefinitionValue> values) {
		return values.stream().map(DefinitionValue::definitionName).sorted().toList();
	}

	record EServiceList(String language, int count, List<EServiceSummary> eservices) {
	}

	record EServiceSummary(String id, String title, String summary, DepartmentRef department,
			List<LifeSituationRef> lifeSituations,
			@Schema(allowableValues = {"residents", "businesses", "visitors"}) List<String> audience,
			@Schema(allowableValues = {"none", "digital-id", "guest"}) String login,
			@Schema(description = "The eID level of assurance needed; absent when no login is needed",
					allowableValues = {"loa2", "loa3", "loa4"}) String assurance,
			@Schema(allowableValues = {"application", "queue", "booking", "permit", "register", "report", "journal", "information"}) String kind,
			@Schema(allowableValues = {"web", "phone", "email", "paper"}) List<String> channels,
			@Schema(allowableValues = {"live", "under-development"}) String status,
			String handlingTime, Benefit benefit, Links links) {
	}

	record EServiceDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped EServiceSummary eservice, String description,
			String whoCanUse, List<String> whatYouNeed,
			@Schema(description = "Within how many calendar days of submission a case should be decided; absent when there is no target")
			Integer handlingTargetDays,
			@Schema(description = "What the applicant pays; absent when the e-service is free") FeeDetail fee,
			@Schema(description = "The first part of the e-service's case numbers, as in HPL-2026-000123") String caseNumberPrefix,
			@Schema(description = "The id of the e-service this one follows up; absent when none") String followUpOf,
			@Schema(description = "The definition's version: the first 16 hex digits of the SHA-256 of its file") String version) {
	}

	@Schema(description = "A fee in SEK, VAT included")
	record FeeDetail(BigDecimal amount, @Schema(allowableValues = {"0.00", "0.06", "0.12", "0.25"}) BigDecimal vatRate,
			@Schema(description = "The VAT included in the amount") BigDecimal vat, String description) {
	}

	record DepartmentRef(String id, String name) {
	}

	record LifeSituationRef(String id, String title) {
	}

	@Schema(description = "The benefit estimate and the payback computed from it: yearly saving = yearlyCases × "
			+ "expectedDigitalShare × minutesSavedPerDigitalCase / 60 × hourlyStaffCost − runningCostPerYear; "
			+ "payback = developmentCost / yearly saving. Amounts in SEK.")
	record Benefit(long yearlyCases, BigDecimal expectedDigitalShare, BigDecimal reportedDigitalShare,
			long minutesSavedPerDigitalCase, long developmentCost, long runningCostPerYear, long hourlyStaffCost,
			long yearlySaving, @Schema(description = "Absent when the e-service never pays back") BigDecimal paybackYears,
			int paybackRequirementYears, boolean meetsPaybackRequirement) {
	}

	record Links(String self, String page) {
	}
}
