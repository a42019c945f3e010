package org.cityhall.billing.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.bgmax.BgMaxException;
import org.cityhall.billing.bgmax.ListedPayments;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The finance officers' page: read a BgMax file from Bankgirot and see how its payments were reconciled,
 * and the payments that need a person – unmatched ones to place, excesses to refund. Officers of the
 * department that keeps the city's accounts ({@code cityhall.billing.staff-department}) only; others get 403.
 */
@Controller
class StaffPaymentsController {

	private final Reconciliation reconciliation;
	private final ListedPayments listed;
	private final String department;

	StaffPaymentsController(Reconciliation reconciliation, ListedPayments listed,
			@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.reconciliation = reconciliation;
		this.listed = listed;
		this.department = department;
	}

	@GetMapping("/staff/billing")
	String index(Actor officer, Model model, Locale locale) {
		allowed(officer);
		return page(officer, model, locale);
	}

	@GetMapping("/staff/billing/payments/{id}")
	String payment(Actor officer, @PathVariable String id, Model model, Locale locale) {
		allowed(officer);
		model.addAttribute("payment", row(listed.find(idOf(id), officer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				locale));
		model.addAttribute("typedNote", "");
		return "billing/staff/payment";
	}

	@PostMapping("/staff/billing/payments/{id}/handled")
	String handled(Actor officer, @PathVariable String id, @RequestParam(name = "note", required = false) String note, Model model,
			Locale locale) {
		allowed(officer);
		UUID payment = idOf(id);
		String given = note == null ? "" : note.strip();
		String error = given.isEmpty() ? "billing.staff.handled.note.missing" : given.length() > 500 ? "billing.staff.handled.note.long" : null;
		if (error == null) {
			try {
				listed.markHandled(payment, given, officer);
				return "redirect:/staff/billing?handled=" + id;
			}
			catch (IllegalStateException again) {
				error = "billing.staff.handled.again";
			}
			catch (IllegalArgumentException none) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		model.addAttribute("payment", row(listed.find(payment, officer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				locale));
		model.addAttribute("noteError", error);
		model.addAttribute("typedNote", note == null ? "" : note);
		return "billing/staff/payment";
	}

	@PostMapping("/staff/billing/bgmax")
	String read(Actor officer, @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		allowed(officer);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "billing.staff.file.missing");
			return page(officer, model, locale);
		}
		try {
			model.addAttribute("outcome", reconciliation.reconcile(file.getBytes()));
		}
		catch (BgMaxException wrong) {
			model.addAttribute("fileError", "billing.staff.file.wrong");
			model.addAttribute("fileErrorDetail", wrong.getMessage());
		}
		catch (IllegalStateException again) {
			model.addAttribute("fileError", "billing.staff.file.again");
		}
		return page(officer, model, locale);
	}

	private String page(Actor officer, Model model, Locale locale) {
		model.addAttribute("payments", listed.toHandle(officer).stream().map(payment -> row(payment, locale)).toList());
		return "billing/staff/payments";
	}

	private static Attention row(ListedPayments.Listed payment, Locale locale) {
		return new Attention(payment.id().toString(), payment.paymentDate().toString(), payment.reference(),
				Money.sek(payment.amount()).format(locale), Money.sek(payment.excess()).format(locale),
				payment.payerName() == null ? "" : payment.payerName(), payment.what(),
				payment.invoiceNumber() == null ? "" : payment.invoiceNumber().toString(), payment.handled(), payment.note());
	}

	private static UUID idOf(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private void allowed(Actor officer) {
		requireFinanceOfficer(officer, department);
	}

	/** Lets only the officers of the department that keeps the city's accounts on; others get 403. */
	static void requireFinanceOfficer(Actor officer, String department) {
		if (!officer.hasRoleIn(StaffRoles.OFFICER, department) || !(officer.who() instanceof Party.Staff)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** A payment that needs a person: {@code outcome} is {@code unmatched}, {@code overpaid} or {@code paid-twice}. */
	record Attention(String id, String date, String reference, String amount, String excess, String payer, String outcome,
			String invoice, boolean handled, String note) {
	}
}
