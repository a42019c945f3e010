package org.cityhall.billing.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cityhall.billing.einvoice.EInvoiceDelivery;
import org.cityhall.billing.einvoice.EInvoiceException;
import org.cityhall.billing.einvoice.EInvoices;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The finance officers' e-faktura page: read a file from Bankgirot's e-faktura service (residents'
 * registrations, or invoices it could not deliver), and see the invoice files sent, the registration lines
 * not acted on and the invoices not delivered. No names or identity numbers are shown.
 */
@Controller
class StaffEInvoiceController {

	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

	private final EInvoices eInvoices;
	private final EInvoiceDelivery delivery;
	private final String department;

	StaffEInvoiceController(EInvoices eInvoices, EInvoiceDelivery delivery,
			@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.eInvoices = eInvoices;
		this.delivery = delivery;
		this.department = department;
	}

	@GetMapping("/staff/billing/e-invoices")
	String index(Actor officer, Model model, Locale locale) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		return page(model, locale);
	}

	@PostMapping("/staff/billing/e-invoices/files")
	String read(Actor officer, @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "billing.einvoice.file.missing");
			return page(model, locale);
		}
		try {
			EInvoices.ReadOutcome outcome = eInvoices.read(file.getBytes());
			model.addAttribute("registrations", outcome.registrations());
			model.addAttribute("rejections", outcome.rejections());
		}
		catch (EInvoiceException wrong) {
			model.addAttribute("fileError", "billing.einvoice.file.wrong");
			model.addAttribute("fileErrorDetail", wrong.getMessage());
		}
		catch (IllegalStateException again) {
			model.addAttribute("fileError", "billing.einvoice.file.again");
		}
		return page(model, locale);
	}

	private String page(Model model, Locale locale) {
		model.addAttribute("agreements", eInvoices.activeAgreements());
		model.addAttribute("sentFiles", delivery.recentFiles().stream().map(sent -> new SentRow(sent.name(), WRITTEN.format(sent.writtenAt()),
				sent.invoices(), Money.sek(sent.amount()).format(locale))).toList());
		model.addAttribute("refused", eInvoices.refusedRegistrations().stream().map(refused -> new RefusedRow(refused.fileWrittenAt(),
				refused.line(), refused.kind().name().toLowerCase(Locale.ROOT), refused.reason())).toList());
		model.addAttribute("rejected", eInvoices.rejectedInvoices());
		return "billing/staff/e-invoices";
	}

	/** An invoice file sent. */
	record SentRow(String name, String writtenAt, int invoices, String amount) {
	}

	/** A registration line not acted on. */
	record RefusedRow(String file, int line, String kind, String reason) {
	}
}
