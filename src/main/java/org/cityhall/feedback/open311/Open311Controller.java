package org.cityhall.feedback.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.feedback.ReportCategories;
import org.cityhall.feedback.ReportCategory;
import org.cityhall.feedback.ReportView;
import org.cityhall.feedback.Reporting;
import org.cityhall.feedback.Reports;
import org.cityhall.shared.Wgs84;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), field by field, in JSON and XML: service
 * discovery, the services and their definitions, posting a request with an API key, searching requests,
 * one request, and a token's request. Times are ISO 8601 with the Stockholm offset; errors are the
 * specification's list of {@code code} and {@code description}. Every client is rate-limited.
 */
@RestController
class Open311Controller {

	static final String BASE = "/open311/v2";
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
	private static final int MAX_PAGE_SIZE = 1000;
	private static final int DESCRIPTION_LIMIT = 4000;

	private final ReportCategories categories;
	private final Reports reports;
	private final Reporting reporting;
	private final ApiClients clients;
	private final Catalogue catalogue;
	private final MessageSource messages;
	private final Clock clock;
	private final String changeset;
	private final String contact;

	Open311Controller(ReportCategories categories, Reports reports, Reporting reporting, ApiClients clients, Catalogue catalogue,
			MessageSource messages, Clock clock, @Value("${cityhall.feedback.open311.changeset:2026-11-29T10:00:00+01:00}") String changeset,
			@Value("${cityhall.feedback.open311.contact:open311@stad.example}") String contact) {
		this.categories = categories;
		this.reports = reports;
		this.reporting = reporting;
		this.clients = clients;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
		this.changeset = changeset;
		this.contact = contact;
	}

	@GetMapping(BASE + "/discovery.{format:json|xml}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		return limited(request, clients.byKey(request.getParameter("api_key")), format, () -> {
			Map<String, Object> endpoint = new LinkedHashMap<>();
			endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
			endpoint.put("url", ServletUriComponentsBuilder.fromContextPath(request).path(BASE).toUriString());
			endpoint.put("changeset", changeset);
			endpoint.put("type", "production");
			endpoint.put("formats", List.of("text/xml", "application/json"));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("changeset", changeset);
			body.put("contact", contact);
			body.put("key_service", messages.getMessage("feedback.open311.key-service", null, Locale.ENGLISH));
			body.put("endpoints", List.of(endpoint));
			return Open311Format.of(format).answer(HttpStatus.OK, "discovery", body);
		});
	}

	@GetMapping(BASE + "/services.{format:json|xml}")
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		Locale locale = language(request);
		return limited(request, clients.byKey(request.getParameter("api_key")), format, () -> Open311Format.of(format).answer(HttpStatus.OK, "services",
				categories.all().stream().map(category -> service(category, locale)).toList()));
	}

	@GetMapping(BASE + "/services/{code}.{format:json|xml}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
		Locale locale = language(request);
		return limited(request, clients.byKey(request.getParameter("api_key")), format, () -> {
			Optional<ReportCategory> found = categories.find(code);
			if (found.isEmpty()) {
				return error(format, HttpStatus.NOT_FOUND, "service_code " + code + " was not found");
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("service_code", code);
			List<Map<String, Object>> attributes = new ArrayList<>();
			for (ReportCategory.Attribute attribute : found.get().attributes()) {
				Map<String, Object> a = new LinkedHashMap<>();
				a.put("variable", true);
				a.put("code", attribute.code());
				a.put("datatype", attribute.datatype());
				a.put("required", attribute.required());
				a.put("datatype_description", null);
				a.put("order", attribute.order());
				a.put("description", attribute.description().in(locale));
				attributes.add(a);
			}
			body.put("attributes", attributes);
			return Open311Format.of(format).answer(HttpStatus.OK, "service_definition", body);
		});
	}

	@PostMapping(BASE + "/requests.{format:json|xml}")
	ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> form, HttpServletRequest request) {
		Optional<ApiClients.Client> client = clients.byKey(form.get("api_key"));
		if (client.isEmpty()) {
			return error(format, HttpStatus.FORBIDDEN, "Invalid api_key received -- can't proceed with create_request.");
		}
		return limited(request, client, format, () -> create(format, form, client.get(), language(request)));
	}

	private ResponseEntity<String> create(String format, Map<String, String> form, ApiClients.Client client, Locale locale) {
		String code = value(form, "service_code").orElse(null);
		if (code == null) {
			return error(format, HttpStatus.BAD_REQUEST, "service_code was not provided");
		}
		Optional<ReportCategory> category = categories.find(code);
		if (category.isEmpty()) {
			return error(format, HttpStatus.BAD_REQUEST, "service_code " + code + " was not found");
		}
		Optional<String> lat = value(form, "lat");
		Optional<String> lon = value(form, "long");
		Optional<String> address = value(form, "address_string");
		if (lat.isPresent() != lon.isPresent()) {
			return error(format, HttpStatus.BAD_REQUEST, "lat and long are given together or not at all");
		}
		Optional<Wgs84> position = Optional.empty();
		if (lat.isPresent()) {
			try {
				double latitude = Double.parseDouble(lat.get());
				double longitude = Double.parseDouble(lon.get());
				if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
					return error(format, HttpStatus.BAD_REQUEST, "lat must be between -90 and 90 and long between -180 and 180");
				}
				position = Optional.of(new Wgs84(latitude, longitude));
			}
			catch (NumberFormatException ex) {
				return error(format, HttpStatus.BAD_REQUEST, "lat and long must be decimal degrees (WGS 84), not " + lat.get() + ", " + lon.get());
			}
		}
		if (position.isEmpty() && address.isEmpty() && value(form, "address_id").isEmpty()) {
			return error(format, HttpStatus.BAD_REQUEST, "a location is required: lat and long, address_string or address_id");
		}
		String description = value(form, "description").orElse("");
		if (description.length() > DESCRIPTION_LIMIT) {
			return error(format, HttpStatus.BAD_REQUEST, "description may be at most " + DESCRIPTION_LIMIT + " characters");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("attribute[") && key.endsWith("]")) {
				attributes.put(key.substring("attribute[".length(), key.length() - 1), value);
			}
		});
		for (ReportCategory.Attribute attribute : category.get().attributes()) {
			if (attribute.required() && (attributes.get(attribute.code()) == null || attributes.get(attribute.code()).isBlank())) {
				return error(format, HttpStatus.BAD_REQUEST, "attribute[" + attribute.code() + "] is required for service_code " + code);
			}
		}
		Optional<String> name = Optional.of(String.join(" ", value(form, "first_name").orElse(""), value(form, "last_name").orElse("")).strip())
				.filter(s -> !s.isEmpty());
		try {
			Reporting.Made made = reporting.report(new Reporting.Request(Optional.empty(), code,
					description.isBlank() ? category.get().name().in(locale) : description, position, address.or(() -> value(form, "address_id")),
					value(form, "email"), name, value(form, "media_url"), Optional.of(client.name()), attributes, List.of(), EService.Channel.WEB,
					"open311:" + UUID.randomUUID()));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("service_request_id", made.report().reference());
			body.put("token", made.report().token());
			body.put("service_notice", made.receipt().whatHappensNext().map(t -> t.in(locale)).orElse(null));
			body.put("account_id", null);
			return Open311Format.of(format).answer(HttpStatus.CREATED, "service_requests", List.of(body));
		}
		catch (SubmissionRefused refused) {
			return error(format, HttpStatus.BAD_REQUEST, messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale));
		}
	}

	@GetMapping(BASE + "/requests.{format:json|xml}")
	ResponseEntity<String> search(@PathVariable String format, @RequestParam Map<String, String> query, HttpServletRequest request) {
		Locale locale = language(request);
		Optional<ApiClients.Client> client = clients.byKey(query.get("api_key"));
		return limited(request, client, format, () -> {
			Instant end;
			Instant start;
			try {
				end = value(query, "end_date").map(Open311Controller::time).orElse(clock.instant());
				start = value(query, "start_date").map(Open311Controller::time).orElse(end.minus(Duration.ofDays(90)));
			}
			catch (DateTimeParseException ex) {
				return error(format, HttpStatus.BAD_REQUEST, "start_date and end_date are ISO 8601 times with a zone, such as 2026-11-29T10:00:00+01:00");
			}
			Optional<ReportView.Status> status = Optional.empty();
			List<String> statuses = list(query, "status");
			if (!statuses.isEmpty()) {
				if (!statuses.stream().allMatch(s -> s.equals("open") || s.equals("closed"))) {
					return error(format, HttpStatus.BAD_REQUEST, "status is open or closed");
				}
				status = statuses.size() == 1 ? Optional.of(ReportView.Status.valueOf(statuses.get(0).toUpperCase(Locale.ROOT))) : Optional.empty();
			}
			int page;
			int pageSize;
			try {
				page = Integer.parseInt(value(query, "page").orElse("1"));
				pageSize = Integer.parseInt(value(query, "page_size").orElse(Integer.toString(MAX_PAGE_SIZE)));
			}
			catch (NumberFormatException ex) {
				return error(format, HttpStatus.BAD_REQUEST, "page and page_size are whole numbers");
			}
			if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
				return error(format, HttpStatus.BAD_REQUEST, "page is 1 or more and page_size from 1 to " + MAX_PAGE_SIZE);
			}
			List<ReportView> found = reports.search(new Reports.Query(list(query, "service_request_id"), list(query, "service_code"), start, end,
					status, page, pageSize));
			String site = site(request);
			return Open311Format.of(format).answer(HttpStatus.OK, "service_requests", found.stream().map(r -> request(r, locale, site)).toList());
		});
	}

	@GetMapping(BASE + "/requests/{id}.{format:json|xml}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Locale locale = language(request);
		return limited(request, clients.byKey(request.getParameter("api_key")), format, () -> reports.find(id).filter(ReportView::publicView)
				.map(r -> Open311Format.of(format).answer(HttpStatus.OK, "service_requests", List.of(request(r, locale, site(request)))))
				.orElseGet(() -> error(format, HttpStatus.NOT_FOUND, "service_request_id " + id + " was not found")));
	}

	@GetMapping(BASE + "/tokens/{token}.{format:json|xml}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
		return limited(request, clients.byKey(request.getParameter("api_key")), format, () -> reports.findByToken(token).map(r -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("service_request_id", r.reference());
			body.put("token", token);
			return Open311Format.of(format).answer(HttpStatus.OK, "service_requests", List.of(body));
		}).orElseGet(() -> error(format, HttpStatus.NOT_FOUND, "token " + token + " was not found")));
	}

	private Map<String, Object> service(ReportCategory category, Locale locale) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", category.code());
		service.put("service_name", category.name().in(locale));
		service.put("description", category.description().in(locale));
		service.put("metadata", !category.attributes().isEmpty());
		service.put("type", "realtime");
		service.put("keywords", category.keywords());
		service.put("group", category.group());
		return service;
	}

	/** Where this CityHall is reached, as the client reached it: media_url is absolute. */
	private static String site(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
	}

	/**
	 * A request as the specification gives it. Its media_url is the first photo an officer approved for the
	 * public, served by CityHall; without one, the address of a photo the client sent it with, if any.
	 */
	private Map<String, Object> request(ReportView report, Locale locale, String site) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", report.reference());
		request.put("status", report.status().code());
		request.put("status_notes", report.statusNotes().orElse(null));
		request.put("service_name", categories.find(report.category()).map(c -> c.name().in(locale)).orElse(report.category()));
		request.put("service_code", report.category());
		request.put("description", report.publicDescription());
		request.put("agency_responsible", catalogue.departments().stream().filter(d -> d.id().equals(report.department())).findFirst()
				.map(d -> d.name().in(locale)).orElse(report.department()));
		request.put("service_notice", null);
		request.put("requested_datetime", iso(report.requestedAt()));
		request.put("updated_datetime", iso(report.updatedAt()));
		request.put("expected_datetime", null);
		request.put("address", report.address().orElse(null));
		request.put("address_id", null);
		request.put("zipcode", null);
		request.put("lat", report.position().map(Wgs84::latitude).orElse(null));
		request.put("long", report.position().map(Wgs84::longitude).orElse(null));
		request.put("media_url", report.publicPhoto().map(sha -> site + "/feedback/reports/" + report.reference() + "/photos/" + sha)
				.or(report::mediaUrl).orElse(null));
		return request;
	}

	private ResponseEntity<String> limited(HttpServletRequest request, Optional<ApiClients.Client> client, String format,
			java.util.function.Supplier<ResponseEntity<String>> answer) {
		boolean allowed = client.isPresent() ? clients.tryRequest(client.get()) : clients.tryAnonymousRequest(request.getRemoteAddr());
		if (!allowed) {
			return error(format, HttpStatus.TOO_MANY_REQUESTS, "Too many requests: wait a minute, or ask the city for an api_key with a higher rate");
		}
		return answer.get();
	}

	/**
	 * The language of names and notices: English when the client's Accept-Language prefers it, else Swedish.
	 * Open311 clients have no session, so the page's language choice does not apply.
	 */
	static Locale language(HttpServletRequest request) {
		return request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH
				: Locale.forLanguageTag("sv");
	}

	static ResponseEntity<String> error(String format, HttpStatus status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return Open311Format.of(format).answer(status, "errors", List.of(error));
	}

	static String iso(Instant at) {
		return ISO.format(at.atZone(STOCKHOLM).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
	}

	static Instant time(String typed) {
		return OffsetDateTime.parse(typed.strip(), ISO).toInstant();
	}

	private static Optional<String> value(Map<String, String> form, String key) {
		return Optional.ofNullable(form.get(key)).map(String::strip).filter(s -> !s.isEmpty());
	}

	private static List<String> list(Map<String, String> form, String key) {
		return value(form, key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
	}
}
