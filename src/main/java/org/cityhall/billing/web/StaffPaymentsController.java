package org.cityhall.billing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cityhall.billing.bgmax.BgMaxException;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
	private final JdbcClient jdbc;
	private final String department;

	StaffPaymentsController(Reconciliation reconciliation, JdbcClient jdbc,
			@Value("${cityhall.billing.staff-department:service-administration}") String department) {
		this.reconciliation = reconciliation;
		this.jdbc = jdbc;
		this.department = department;
	}

	@GetMapping("/staff/billing")
	String index(Actor officer, Model model, Locale locale) {
		allowed(officer);
		return page(model, locale);
	}

	@PostMapping("/staff/billing/bgmax")
	String read(Actor officer, @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		allowed(officer);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "billing.staff.file.missing");
			return page(model, locale);
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
		return page(model, locale);
	}

	private String page(Model model, Locale locale) {
		model.addAttribute("payments", jdbc.sql("""
				SELECT payment_date, reference, amount, excess, payer_name, outcome, bgc_serial FROM billing_bank_payment
				WHERE handled_at IS NULL AND (outcome = 'UNMATCHED' OR (outcome = 'OVERPAID' AND excess > 0))
				ORDER BY payment_date, bgc_serial LIMIT 500
				""")
				.query((row, n) -> new Attention(row.getObject("payment_date", LocalDate.class).toString(), row.getString("reference"),
						Money.sek(row.getBigDecimal("amount")).format(locale), Money.sek(row.getBigDecimal("excess")).format(locale),
						row.getString("payer_name"), row.getString("outcome").toLowerCase(Locale.ROOT), row.getString("bgc_serial")))
				.list());
		return "billing/staff/payments";
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

	/** A payment that needs a person. */
	record Attention(String date, String reference, String amount, String excess, String payer, String outcome, String serial) {
	}
}
