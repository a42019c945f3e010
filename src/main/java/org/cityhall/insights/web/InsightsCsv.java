package org.cityhall.insights.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cityhall.insights.EServiceFigures;
import org.cityhall.insights.EServiceFigures.ChannelMonth;
import org.cityhall.insights.EServiceFigures.HandlingMonth;
import org.cityhall.insights.Insights;
import org.cityhall.insights.Payback;
import org.cityhall.shared.Actor;
import org.cityhall.shared.SpreadsheetCell;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The figures as CSV for the analysts' spreadsheets: semicolon-separated, UTF-8 with a byte order mark,
 * headings in the analyst's language, numbers without grouping and with a point for decimals.
 */
@RestController
class InsightsCsv {

	private final Insights insights;
	private final MessageSource messages;

	InsightsCsv(Insights insights, MessageSource messages) {
		this.insights = insights;
		this.messages = messages;
	}

	@GetMapping(value = "/staff/insights.csv", produces = "text/csv")
	ResponseEntity<byte[]> overview(Actor analyst, Locale locale) {
		InsightsPages.allowed(analyst);
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, headings(locale, "eservice", "title", "department", "cases-last-year", "digital-share", "average-days",
				"target-days", "abandoned", "estimated-yearly", "realised-yearly", "realised", "development-cost",
				"estimated-payback", "payback"));
		for (EServiceFigures f : insights.all(locale)) {
			Payback p = f.payback();
			line(csv, Stream.of(f.eservice().id(), f.eservice().title().in(locale), f.eservice().department().name().in(locale),
					Long.toString(f.casesLastYear()), decimal(f.digitalShareLastYear()), decimal(f.averageHandlingDays()),
					f.targetDays().isPresent() ? Integer.toString(f.targetDays().getAsInt()) : "", Long.toString(f.abandonedDrafts()),
					Long.toString(p.estimatedYearly()), Long.toString(p.yearlyPace()), Long.toString(p.realised()),
					Long.toString(f.eservice().benefit().developmentCost()), p.estimatedPayback().map(Object::toString).orElse(""),
					p.payback().map(Object::toString).orElse("")).map(SpreadsheetCell::of).toList());
		}
		return file(csv, "insights.csv");
	}

	@GetMapping(value = "/staff/insights/{id}.csv", produces = "text/csv")
	ResponseEntity<byte[]> eservice(Actor analyst, @PathVariable String id, Locale locale) {
		InsightsPages.allowed(analyst);
		EServiceFigures f = insights.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, headings(locale, "month", "web", "phone", "email", "paper", "total", "digital-share", "decided",
				"average-days", "within-target", "benefit", "cumulative"));
		List<Payback.Month> benefit = f.payback().months();
		for (int i = 0; i < f.months().size(); i++) {
			ChannelMonth m = f.months().get(i);
			Optional<HandlingMonth> h = f.handling().stream().filter(x -> x.month().equals(m.month())).findFirst();
			Payback.Month b = benefit.get(i);
			line(csv, Stream.of(m.month().toString(), Long.toString(m.web()), Long.toString(m.phone()), Long.toString(m.email()),
					Long.toString(m.paper()), Long.toString(m.total()), decimal(m.digitalShare()),
					h.map(x -> Long.toString(x.decided())).orElse("0"), h.map(x -> x.averageDays().toPlainString()).orElse(""),
					h.map(x -> Long.toString(x.withinTarget())).orElse("0"), Long.toString(b.benefit()),
					Long.toString(b.cumulative())).map(SpreadsheetCell::of).toList());
		}
		return file(csv, "insights-" + f.eservice().id() + ".csv");
	}

	private List<String> headings(Locale locale, String... keys) {
		return Stream.of(keys).map(key -> SpreadsheetCell.of(messages.getMessage("insights.csv." + key, null, locale))).toList();
	}

	private static String decimal(Optional<BigDecimal> value) {
		return value.map(BigDecimal::toPlainString).orElse("");
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(cells.stream().collect(Collectors.joining(";"))).append("\r\n");
	}

	private static ResponseEntity<byte[]> file(StringBuilder csv, String name) {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}
}
