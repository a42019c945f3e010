package org.cityhall.queues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.queues.Entry;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.Offer;
import org.cityhall.queues.Queue;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.QueueRefused;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
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
 * An entry's page on My pages: where it stands for each choice and why, the offer waiting for an answer
 * (accepting or declining asks for a digital ID), new choices and leaving the queue. To anyone who may
 * not act on the entry it does not exist.
 */
@Controller
class EntryController {

	private final QueueEntries entries;
	private final MakingOffers offers;
	private final Queues queues;
	private final EntryRows rows;

	EntryController(QueueEntries entries, MakingOffers offers, Queues queues, EntryRows rows) {
		this.entries = entries;
		this.offers = offers;
		this.queues = queues;
		this.rows = rows;
	}

	@GetMapping("/my-pages/queues/{reference}")
	String entry(@PathVariable String reference, Actor actor, Model model, Locale locale) {
		return page(entryFor(reference, actor), actor, model, locale, null, null);
	}

	@PostMapping("/my-pages/queues/{reference}/accept")
	String accept(@PathVariable String reference, @RequestParam UUID offer, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Entry entry = entryFor(reference, actor);
		try {
			String name = rows.name(offers.offer(offer).map(Offer::alternativeId).orElse(""));
			offers.accept(offer, actor);
			redirect.addFlashAttribute("done", rows.text("queues.offer.accepted", locale, name));
			return "redirect:/my-pages/queues/" + reference;
		}
		catch (QueueRefused refused) {
			return page(entry, actor, model, locale, refused, "#offer");
		}
	}

	@PostMapping("/my-pages/queues/{reference}/decline")
	String decline(@PathVariable String reference, @RequestParam UUID offer, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Entry entry = entryFor(reference, actor);
		try {
			offers.decline(offer, actor);
			redirect.addFlashAttribute("done", rows.text("queues.offer.declined", locale));
			return "redirect:/my-pages/queues/" + reference;
		}
		catch (QueueRefused refused) {
			return page(entry, actor, model, locale, refused, "#offer");
		}
	}

	@PostMapping("/my-pages/queues/{reference}/choices")
	String choices(@PathVariable String reference, @RequestParam Map<String, String> form, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		Entry entry = entryFor(reference, actor);
		List<String> chosen = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			Optional.ofNullable(form.get("choice" + i)).filter(value -> !value.isBlank()).ifPresent(chosen::add);
		}
		try {
			entries.changeChoices(reference, actor, chosen, "yes".equals(form.get("keepHigher")));
			redirect.addFlashAttribute("done", rows.text("queues.choices.saved", locale));
			return "redirect:/my-pages/queues/" + reference;
		}
		catch (QueueRefused refused) {
			model.addAttribute("typed", chosen);
			return page(entry, actor, model, locale, refused, "#choice1");
		}
	}

	@PostMapping("/my-pages/queues/{reference}/withdraw")
	String withdraw(@PathVariable String reference, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		Entry entry = entryFor(reference, actor);
		try {
			entries.withdraw(reference, actor);
			redirect.addFlashAttribute("done", rows.text("queues.withdraw.done", locale));
			return "redirect:/my-pages/queues/" + reference;
		}
		catch (QueueRefused refused) {
			return page(entry, actor, model, locale, refused, "#withdraw");
		}
	}

	private Entry entryFor(String reference, Actor actor) {
		return entries.find(reference, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(Entry entry, Actor actor, Model model, Locale locale, QueueRefused refused, String field) {
		Queue queue = queues.queue(entry.queueId()).orElseThrow();
		model.addAttribute("entry", rows.row(entry, locale));
		model.addAttribute("waiting", entry.isWaiting());
		model.addAttribute("guarantee", entry.guaranteeDate().map(EntryRows::date).orElse(null));
		model.addAttribute("desiredStart", entry.desiredStart().map(EntryRows::date).orElse(null));
		model.addAttribute("standings", rows.standings(entry, locale));
		model.addAttribute("queueId", queue.id());
		model.addAttribute("ordered", queue.orderedChoices());
		model.addAttribute("maxChoices", queue.maxChoices());
		model.addAttribute("alternatives", queues.alternatives(queue.id()));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", entry.activeChoices().stream().map(Entry.Choice::alternativeId).toList());
		}
		model.addAttribute("keepHigher", entry.keepHigher());
		Optional<Offer> offer = offers.pendingFor(entry.id());
		model.addAttribute("offer", offer.orElse(null));
		offer.ifPresent(pending -> model.addAttribute("offerText", rows.text("queues.offer.text", locale,
				rows.name(pending.alternativeId()), MakingOffers.stockholmTime(pending.deadline()))));
		model.addAttribute("needsEid", !actor.assurance().isAtLeast(MakingOffers.ANSWERING_NEEDS));
		if (refused != null) {
			model.addAttribute("errors", List.of(Map.of("href", field,
					"text", rows.text(refused.messageKey(), locale, refused.arguments().toArray()))));
		}
		return "queues/entry";
	}
}
