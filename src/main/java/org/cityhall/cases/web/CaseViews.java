package org.cityhall.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.cityhall.cases.Case;
import org.cityhall.cases.CaseAnswers;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.Cases;
import org.cityhall.cases.AnswersJson;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.FormDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the pages of one case show, for the applicant and for officers alike. */
@Component
class CaseViews {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final Cases cases;
	private final Catalogue catalogue;
	private final MessageSource messages;
	private final Clock clock;

	CaseViews(Cases cases, Catalogue catalogue, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	/** Adds the case, its e-service, answers and documents to the model. */
	void describe(Case found, List<CaseDocument> documents, Locale locale, Model model) {
		EService eservice = catalogue.find(found.facts().eserviceId()).orElse(null);
		FormDefinition form = eservice == null ? new FormDefinition(List.of())
				: eservice.form().orElse(new FormDefinition(List.of()));
		model.addAttribute("case", found);
		model.addAttribute("eservice", eservice);
		model.addAttribute("sections", CaseAnswers.sections(form, AnswersJson.read(cases.answersJson(found.id()),
				form.allFields()), documents, LocalDate.now(clock.withZone(SWEDEN)), locale, messages));
		model.addAttribute("documents", documents);
		model.addAttribute("overdue", found.isOverdue(clock.instant()));
		model.addAttribute("zone", SWEDEN);
		// A granted case may have a follow-up e-service, such as reporting the start of construction on a building permit.
		boolean granted = found.decision().map(decision -> decision.outcome() != org.cityhall.cases.Decision.Outcome.REFUSED)
				.orElse(false);
		model.addAttribute("followUps", !granted ? List.of() : catalogue.all(locale).stream()
				.filter(other -> other.isLive() && other.followUpOf().map(found.facts().eserviceId()::equals).orElse(false))
				.toList());
	}
}
