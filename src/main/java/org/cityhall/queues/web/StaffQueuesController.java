package org.cityhall.queues.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cityhall.audit.AuditLog;
import org.cityhall.identity.StaffRoles;
import org.cityhall.queues.Entry;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.Offer;
import org.cityhall.queues.PreschoolGuarantee;
import org.cityhall.queues.Queue;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.QueueRefused;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A queue's administrators (officers of the queue's department): the entries, with those at risk of
 * missing the pre-school guarantee flagged, the guarantee report, batch offers ("fill 12 places at this
 * pre-school from 1 August") and exceptions with their reason. Showing entries is an audited read of
 * each person listed.
 */
@Controller
class StaffQueuesController {

	private static final int LISTED = 200;

	private final Queues queues;
	private final QueueEntries entries;
	private final MakingOffers offers;
	private final PreschoolGuarantee guarantee;
	private final AuditLog audit;
	private final EntryRows rows;

	StaffQueuesController(Queues queues, QueueEntries entries, MakingOffers offers, PreschoolGuarantee guarantee,
			AuditLog audit, EntryRows rows) {
		this.queues = queues;
		this.entries = entries;
		this.offers = offers;
		this.guarantee = guarantee;
		this.audit = audit;
		this.rows = rows;
	}

	/** One entry as administrators see it. */
	record AdminRow(String reference, String subject, String queueDate, int group, String guaranteeDate, boolean atRisk,
			String status, String choices) {
	}

	@GetMapping("/staff/queues/{queueId}")
	String queue(@PathVariable String queueId, Actor actor, Model model, Locale locale) {
		return page(administered(queueId, actor), actor, model, locale, Map.of(), Map.of());
	}

	@PostMapping("/staff/queues/{queueId}/places")
	String fill(@PathVariable String queueId, @RequestParam Map<String, String> form, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Queue queue = administered(queueId, actor);
		Map<String, String> errors = new LinkedHashMap<>();
		int count = 0;
		LocalDate from = null;
		try {
			count = Integer.parseInt(form.getOrDefault("count", "").strip());
		}
		catch (NumberFormatException notANumber) {
			errors.put("count", rows.text("queues.staff.error.number", locale));
		}
		try {
			from = LocalDate.parse(form.getOrDefault("from", "").strip());
		}
		catch (DateTimeParseException notADate) {
			errors.put("from", rows.text("queues.staff.error.date", locale));
		}
		if (errors.isEmpty()) {
			try {
				List<Offer> made = offers.openPlaces(form.getOrDefault("alternative", ""), count, from, actor);
				redirect.addFlashAttribute("done", rows.text("queues.staff.fill.done", locale, made.size(), count - made.size()));
				return "redirect:/staff/queues/" + queueId;
			}
			catch (QueueRefused refused) {
				errors.put("count", rows.text(refused.messageKey(), locale, refused.arguments().toArray()));
			}
		}
		return page(queue, actor, model, locale, errors, form);
	}

	@PostMapping("/staff/queues/{queueId}/exceptions")
	String exception(@PathVariable String queueId, @RequestParam Map<String, String> form, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		Queue queue = administered(queueId, actor);
		Map<String, String> errors = new LinkedHashMap<>();
		String reference = form.getOrDefault("reference", "").strip();
		int group = 0;
		try {
			group = Integer.parseInt(form.getOrDefault("group", "").strip());
		}
		catch (NumberFormatException notANumber) {
			errors.put("group", rows.text("queues.staff.error.number", locale));
		}
		if (errors.isEmpty()) {
			try {
				if (queues.entry(reference).filter(entry -> entry.queueId().equals(queueId)).isEmpty()) {
					throw new QueueRefused("queues.refused.no-entry", reference);
				}
				entries.makeException(reference, actor, group, form.get("reason"));
				redirect.addFlashAttribute("done", rows.text("queues.staff.exception.done", locale));
				return "redirect:/staff/queues/" + queueId;
			}
			catch (QueueRefused refused) {
				errors.put(refused.messageKey().endsWith("reason-required") ? "reason" : "reference",
						rows.text(refused.messageKey(), locale, refused.arguments().toArray()));
			}
		}
		return page(queue, actor, model, locale, errors, form);
	}

	private Queue administered(String queueId, Actor actor) {
		Queue queue = queues.queue(queueId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!actor.hasRoleIn(StaffRoles.OFFICER, queue.department())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return queue;
	}

	private String page(Queue queue, Actor actor, Model model, Locale locale, Map<String, String> errors,
			Map<String, String> typed) {
		List<AdminRow> listed = new ArrayList<>();
		for (Entry entry : queues.entries(queue.id(), LISTED)) {
			if (entry.subject() instanceof Party.Person person) {
				audit.recordRead(new AuditLog.Read(actor.who().id(), actor.who().displayName(), StaffRoles.OFFICER,
						person.number().value(), "queue-entry:" + entry.reference(), "queue-administration", "web"));
			}
			listed.add(new AdminRow(entry.reference(), entry.subject().displayName() == null ? "" : entry.subject().displayName(),
					EntryRows.date(entry.queueDate()), entry.priorityGroup(),
					entry.guaranteeDate().map(EntryRows::date).orElse(""), guarantee.atRisk(entry),
					rows.text("queues.entry.status." + entry.status().name().toLowerCase(Locale.ROOT), locale),
					entry.activeChoices().stream().map(choice -> rows.name(choice.alternativeId())).collect(Collectors.joining(", "))));
		}
		model.addAttribute("queueName", rows.text("queues.queue." + queue.id(), locale));
		model.addAttribute("queueId", queue.id());
		model.addAttribute("entries", listed);
		model.addAttribute("alternatives", queues.alternatives(queue.id()));
		model.addAttribute("report", queue.id().equals("preschool") ? guarantee.report(queue.id()) : null);
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("errors", errors.entrySet().stream()
				.map(error -> Map.of("href", "#" + error.getKey(), "text", error.getValue())).toList());
		model.addAttribute("typed", typed);
		return "queues/staff";
	}
}
