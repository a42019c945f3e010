package org.cityhall.feedback;

import java.util.Locale;
import java.util.Optional;

import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionHandler;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.shared.Wgs84;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Takes submissions to e-services of kind {@code report}: {@code category}, {@code description}, a position
 * ({@code latitude} and {@code longitude}, WGS 84) or an {@code address}, and optionally {@code email} and
 * {@code mediaUrl}; the photos among its attachments are the report's photos. The report is routed by the rules and filed beside its case; officers of the department
 * the rules name handle it.
 */
@Component
class ReportSubmissionHandler implements SubmissionHandler {

	/** Answers key an Open311 client's name is passed in, so the report records which client sent it. */
	static final String API_CLIENT = "apiClient";

	private final Reports reports;
	private final ReportCategories categories;
	private final RoutingRules rules;
	private final MessageSource messages;
	private final ReportPhotos photos;

	ReportSubmissionHandler(Reports reports, ReportCategories categories, RoutingRules rules, MessageSource messages, ReportPhotos photos) {
		this.reports = reports;
		this.photos = photos;
		this.categories = categories;
		this.rules = rules;
		this.messages = messages;
	}

	@Override
	public EService.Kind kind() {
		return EService.Kind.REPORT;
	}

	@Override
	public Handling accept(Submission submission) {
		Answers answers = submission.answers();
		ReportCategory category = categories.find(text(answers, "category").orElse(null))
				.orElseThrow(() -> new SubmissionRefused("feedback.refused.category"));
		String description = text(answers, "description").orElseThrow(() -> new SubmissionRefused("feedback.refused.description"));
		Optional<Wgs84> position = position(answers);
		Optional<String> address = text(answers, "address");
		if (category.publicView() && position.isEmpty() && address.isEmpty()) {
			throw new SubmissionRefused("feedback.refused.location");
		}
		String department = department(submission.eservice(), answers);
		Party who = submission.actor().who();
		Optional<String> reporter = who instanceof Party.Anonymous ? Optional.empty() : Optional.of(who.id());
		ReportView filed = reports.file(new Reports.NewReport(submission.caseId().value(), submission.number().value(), category, description,
				position, address, text(answers, "email"), reporter, department, text(answers, "mediaUrl"), text(answers, API_CLIENT),
				submission.at()));
		photos.file(filed.reference(), submission.attachments());
		return new Handling(true, Optional.of(new LocalizedText(
				messages.getMessage("feedback.receipt.next", new Object[] {filed.reference()}, Locale.forLanguageTag("sv")),
				messages.getMessage("feedback.receipt.next", new Object[] {filed.reference()}, Locale.ENGLISH))));
	}

	/** The department the routing rules name for the report, which handles its case. */
	@Override
	public String department(EService eservice, Answers answers) {
		Optional<Wgs84> position = position(answers);
		return rules.route(text(answers, "category").orElse(""), position, text(answers, "description").orElse(""), eservice.department().id());
	}

	private static Optional<Wgs84> position(Answers answers) {
		try {
			return text(answers, "latitude").flatMap(lat -> text(answers, "longitude")
					.map(lon -> new Wgs84(Double.parseDouble(lat), Double.parseDouble(lon))));
		}
		catch (NumberFormatException ex) {
			throw new SubmissionRefused("feedback.refused.location");
		}
	}

	private static Optional<String> text(Answers answers, String key) {
		return answers.get(key).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
	}
}
