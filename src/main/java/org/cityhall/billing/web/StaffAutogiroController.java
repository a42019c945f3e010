package org.cityhall.billing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.cityhall.billing.autogiro.AutogiroException;
import org.cityhall.billing.autogiro.AutogiroPayments;
import org.cityhall.billing.autogiro.PaymentOrderFile;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The finance officers' autogiro page: write the payment order file for Bankgirot (and fetch one written
 * before), read the payment specification Bankgirot sends back, and see the withdrawals that failed.
 */
@Controller
class StaffAutogiroController {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final AutogiroPayments autogiro;
	private final String department;

	StaffAutogiroController(AutogiroPayments autogiro,
			@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.autogiro = autogiro;
		this.department = department;
	}

	@GetMapping("/staff/billing/autogiro")
	String index(Actor officer, Model model, Locale locale) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		return page(model, locale);
	}

	@PostMapping("/staff/billing/autogiro/orders")
	String order(Actor officer, Model model, Locale locale) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		return autogiro.orderPayments(LocalDate.now(STOCKHOLM))
				.map(written -> "redirect:/staff/billing/autogiro/orders/" + written.id())
				.orElseGet(() -> {
					model.addAttribute("nothingToOrder", true);
					return page(model, locale);
				});
	}

	@GetMapping("/staff/billing/autogiro/orders/{id}")
	ResponseEntity<byte[]> orderFile(Actor officer, @PathVariable String id) {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		UUID file;
		try {
			file = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PaymentOrderFile written = autogiro.orderFile(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
				.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.ISO_8859_1))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("autogiro-" + written.writtenOn() + "-" + id.substring(0, 8) + ".txt").build().toString())
				.body(written.bytes());
	}

	@PostMapping("/staff/billing/autogiro/specification")
	String read(Actor officer, @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		StaffPaymentsController.requireFinanceOfficer(officer, department);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "billing.autogiro.file.missing");
			return page(model, locale);
		}
		try {
			model.addAttribute("outcome", autogiro.readSpecification(file.getBytes()));
		}
		catch (AutogiroException wrong) {
			model.addAttribute("fileError", "billing.autogiro.file.wrong");
			model.addAttribute("fileErrorDetail", wrong.getMessage());
		}
		catch (IllegalStateException again) {
			model.addAttribute("fileError", "billing.staff.file.again");
		}
		return page(model, locale);
	}

	private String page(Model model, Locale locale) {
		model.addAttribute("orderFiles", autogiro.recentOrderFiles().stream().map(written -> new OrderFileRow(written.id().toString(),
				written.writtenOn().toString(), written.withdrawals(), Money.sek(written.amount()).format(locale))).toList());
		model.addAttribute("failed", autogiro.failedWithdrawals().stream().map(withdrawal -> new FailedRow(
				withdrawal.paymentDate().toString(), withdrawal.invoiceNumber() == null ? "" : withdrawal.invoiceNumber().toString(),
				withdrawal.payerNumber(), withdrawal.reference(), Money.sek(withdrawal.amount()).format(locale),
				withdrawal.result().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
		return "billing/staff/autogiro";
	}

	/** A payment order file written. */
	record OrderFileRow(String id, String writtenOn, int withdrawals, String amount) {
	}

	/** A withdrawal that failed. */
	record FailedRow(String date, String invoice, String payer, String reference, String amount, String result) {
	}
}
