package org.cityhall.billing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cityhall.billing.CreditNotes;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The finance officers' page to credit an invoice: find it by its number, choose its lines (all of them
 * for the whole invoice) and give the reason the payer will read. The payer gets the credit note on My pages
 * (with its PDF), or by Peppol for an organisation. The page shows the invoice's figures and lines, never
 * the payer's name or number.
 */
@Controller
class StaffCreditNotesController {

	private final Invoices invoices;
	private final CreditNotes creditNotes;
	private final JdbcClient jdbc;
	private final String department;

	StaffCreditNotesController(Invoices invoices, CreditNotes creditNotes, JdbcClient jdbc,
			@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.invoices = invoices;
		this.creditNotes = creditNotes;
		this.jdbc = jdbc;
		this.department = department;
	}

	@GetMapping("/staff/billing/credit-notes")
	String find(Actor officer, @RequestParam(name = "invoice", required = false) String typed,
			@RequestParam(name = "created", required = false) String created, Model model, Locale locale) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		model.addAttribute("typedInvoice", typed == null ? "" : typed);
		if (created != null && created.matches("[0-9]{1,18}")) {
			invoices.byNumber(Long.parseLong(created)).filter(note -> note.kind() == InvoiceView.Kind.CREDIT_NOTE)
					.ifPresent(note -> model.addAttribute("created", new Created(Long.toString(note.number()), note.total().format(locale))));
		}
		if (typed != null) {
			Optional<InvoiceView> invoice = invoice(typed);
			if (invoice.isEmpty()) {
				model.addAttribute("errors", List.of(new FieldError("invoice", typed.isBlank() ? "billing.credit.invoice.missing"
						: "billing.credit.invoice.unknown")));
			}
			else {
				show(invoice.get(), model, locale);
			}
		}
		return "billing/staff/credit-notes";
	}

	@PostMapping("/staff/billing/credit-notes")
	String credit(Actor officer, @RequestParam(name = "invoice", required = false) String typed,
			@RequestParam(name = "lines", required = false) List<String> lines, @RequestParam(name = "reason", required = false) String reason,
			Model model, Locale locale) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		Optional<InvoiceView> found = invoice(typed == null ? "" : typed);
		if (found.isEmpty()) {
			return find(officer, typed == null ? "" : typed, null, model, locale);
		}
		InvoiceView invoice = found.get();
		Set<Integer> chosen = new TreeSet<>();
		for (String line : lines == null ? List.<String>of() : lines) {
			if (line.matches("[0-9]{1,4}")) {
				chosen.add(Integer.parseInt(line));
			}
		}
		List<FieldError> errors = new ArrayList<>();
		if (chosen.isEmpty()) {
			errors.add(new FieldError("lines", "billing.credit.lines.missing"));
		}
		String given = reason == null ? "" : reason.strip();
		if (given.isEmpty()) {
			errors.add(new FieldError("reason", "billing.credit.reason.missing"));
		}
		else if (given.length() > 500) {
			errors.add(new FieldError("reason", "billing.credit.reason.long"));
		}
		if (errors.isEmpty()) {
			try {
				UUID id = creditNotes.credit(invoice.id(), chosen, given, officer);
				return "redirect:/staff/billing/credit-notes?created=" + invoices.find(id).orElseThrow().number();
			}
			catch (IllegalStateException | IllegalArgumentException refused) {
				errors.add(new FieldError("lines", invoice.paid().amount().signum() != 0 ? "billing.credit.lines.paid"
						: "billing.credit.lines.refused"));
			}
		}
		model.addAttribute("typedInvoice", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("chosen", chosen);
		model.addAttribute("typedReason", reason == null ? "" : reason);
		show(invoice, model, locale);
		return "billing/staff/credit-notes";
	}

	private Optional<InvoiceView> invoice(String typed) {
		String digits = typed.strip();
		if (!digits.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return invoices.byNumber(Long.parseLong(digits)).filter(invoice -> invoice.kind() == InvoiceView.Kind.INVOICE);
	}

	private void show(InvoiceView invoice, Model model, Locale locale) {
		Set<java.util.UUID> credited = new java.util.HashSet<>(jdbc.sql(
				"SELECT fee_id FROM billing_invoice_line WHERE credit AND fee_id = ANY(:fees)")
				.param("fees", invoice.lines().stream().map(InvoiceView.Line::feeId).toArray(UUID[]::new)).query(UUID.class).list());
		List<LineRow> rows = new ArrayList<>();
		for (int n = 0; n < invoice.lines().size(); n++) {
			InvoiceView.Line line = invoice.lines().get(n);
			rows.add(new LineRow(n + 1, line.what().in(locale), line.matter(), Money.sek(line.gross()).format(locale),
					credited.contains(line.feeId())));
		}
		model.addAttribute("invoice", new InvoiceRow(Long.toString(invoice.number()), invoice.status().name().toLowerCase(Locale.ROOT),
				invoice.issueDate().toString(), invoice.total().format(locale), invoice.paid().format(locale),
				invoice.remaining().format(locale), invoice.status() == InvoiceView.Status.OPEN,
				invoice.payer() instanceof org.cityhall.shared.Party.Organisation));
		model.addAttribute("lines", rows);
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", Set.of());
		}
		if (!model.containsAttribute("typedReason")) {
			model.addAttribute("typedReason", "");
		}
	}

	/** The invoice to credit, as the page shows it. */
	record InvoiceRow(String number, String status, String issueDate, String total, String paid, String remaining, boolean open,
			boolean organisation) {
	}

	/** One of its lines: its number, what, the matter, the amount, and whether it is credited already. */
	record LineRow(int number, String what, String matter, String amount, boolean credited) {
	}

	/** A credit note just issued. */
	record Created(String number, String total) {
	}

	/** A field's error: the field's id and the message key. */
	record FieldError(String field, String key) {
	}
}
