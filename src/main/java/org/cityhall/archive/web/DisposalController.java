package org.cityhall.archive.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cityhall.archive.disposal.DisposalList;
import org.cityhall.archive.disposal.Disposals;
import org.springframework.context.MessageSource;
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
 * Disposal (gallring) for archivists: the lists proposed, a button to propose one now, and a list's
 * records with the decision to approve or reject it. Nothing is disposed of but by an approval here.
 */
@Controller
class DisposalController {

	static final String PATH = ArchivistsController.PATH + "/disposal";
	static final int SHOWN = 100;

	private final Disposals disposals;
	private final MessageSource messages;

	DisposalController(Disposals disposals, MessageSource messages) {
		this.disposals = disposals;
		this.messages = messages;
	}

	/** A list as one line of the page. */
	record ListLine(UUID id, String reference, String proposedAt, String isoProposedAt, String proposedBy, String status, int size,
			String decidedAt, String decidedBy) {

		static ListLine of(DisposalList list) {
			return new ListLine(list.id(), list.reference(), Times.shown(list.proposedAt()), Times.iso(list.proposedAt()),
					list.proposedBy(), list.status().name().toLowerCase(Locale.ROOT), list.size(),
					list.decidedAt().map(Times::shown).orElse(""), list.decidedBy().orElse(""));
		}
	}

	/** A record on a list, as one line. */
	record ItemLine(UUID recordId, long sequence, String type, String matter, String retention, String closedAt, String endedAt,
			boolean disposed) {

		static ItemLine of(DisposalList.Item item) {
			return new ItemLine(item.recordId(), item.sequence(), item.recordType(), item.matter(), item.retention(),
					Times.shown(item.matterClosedAt()), Times.shown(item.retentionEndedAt()), item.disposed());
		}
	}

	@GetMapping(PATH)
	String lists(Model model) {
		model.addAttribute("lists", disposals.lists(SHOWN).stream().map(ListLine::of).toList());
		return "archive/archivists/disposal";
	}

	@PostMapping(PATH)
	String propose(Principal principal, RedirectAttributes redirect) {
		return disposals.propose(Archivist.of(principal).id())
				.map(list -> "redirect:" + PATH + "/" + list.id())
				.orElseGet(() -> {
					redirect.addFlashAttribute("nothingDue", true);
					return "redirect:" + PATH;
				});
	}

	@GetMapping(PATH + "/{id}")
	String list(@PathVariable UUID id, Model model) {
		DisposalList list = disposals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		show(list, model);
		model.addAttribute("errors", Map.of());
		return "archive/archivists/disposal-list";
	}

	@PostMapping(PATH + "/{id}")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
			Principal principal, Model model, Locale locale) {
		DisposalList list = disposals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String problem = null;
		if (!list.awaitsDecision()) {
			problem = "archivists.disposal.error.decided";
		}
		else if (!"approve".equals(decision) && !"reject".equals(decision)) {
			problem = "archivists.disposal.error.decision";
		}
		else if ("reject".equals(decision) && (reason == null || reason.isBlank())) {
			problem = "archivists.disposal.error.reason";
		}
		else if (reason != null && reason.length() > 500) {
			problem = "archivists.disposal.error.reason-length";
		}
		if (problem != null) {
			String text = messages.getMessage(problem, null, locale);
			String field = problem.endsWith("decision") || problem.endsWith("decided") ? "decision" : "reason";
			show(list, model);
			model.addAttribute("decision", decision);
			model.addAttribute("reason", reason);
			model.addAttribute("errors", Map.of(field, text));
			model.addAttribute("errorSummary", List.of(new ArchivistsController.ErrorLink("#" + field, text)));
			return "archive/archivists/disposal-list";
		}
		String archivist = Archivist.of(principal).id();
		if ("approve".equals(decision)) {
			disposals.approve(id, archivist);
		}
		else {
			disposals.reject(id, archivist, reason);
		}
		return "redirect:" + PATH + "/" + id;
	}

	private static void show(DisposalList list, Model model) {
		model.addAttribute("list", ListLine.of(list));
		model.addAttribute("reason", list.reason().orElse(null));
		model.addAttribute("awaitsDecision", list.awaitsDecision());
		model.addAttribute("items", list.items().stream().map(ItemLine::of).toList());
	}
}
