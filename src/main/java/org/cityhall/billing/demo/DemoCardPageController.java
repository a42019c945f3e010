package org.cityhall.billing.demo;

import java.util.Locale;

import org.cityhall.billing.PaymentProvider.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stand-in provider's card page, clearly labelled as the demo: the payer approves or
 * declines the payment, or cancels it, and is sent back to CityHall. Approving here tells the
 * stand-in provider the card was charged; CityHall learns of it only by asking the provider.
 */
@Controller
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoCardPageController {

	static final String PAGE_PATH = DemoPayments.API_PATH + "/pay";

	private final DemoPayments payments;

	DemoCardPageController(DemoPayments payments) {
		this.payments = payments;
	}

	@GetMapping(PAGE_PATH + "/{id}")
	String cardPage(@PathVariable String id, Model model, Locale locale) {
		DemoPayments.DemoPayment payment = payments.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("payment", payment);
		model.addAttribute("amount", payment.amount().format(locale));
		model.addAttribute("open", payment.status() == Status.CREATED);
		model.addAttribute("status", payment.status().name().toLowerCase(Locale.ROOT));
		return "billing/demo-card";
	}

	@PostMapping(PAGE_PATH + "/{id}")
	ModelAndView decide(@PathVariable String id, @RequestParam(name = "decision", required = false) String decision) {
		Status status;
		if ("approve".equals(decision)) {
			status = Status.PAID;
		}
		else if ("decline".equals(decision)) {
			status = Status.FAILED;
		}
		else if ("cancel".equals(decision)) {
			status = Status.CANCELLED;
		}
		else {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		DemoPayments.DemoPayment payment = payments.decide(id, status)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// Like real providers, the way back names the payment and its status; CityHall asks the provider all the same.
		String back = UriComponentsBuilder.fromUri(payment.returnUrl())
				.queryParam("payment", payment.id())
				.queryParam("status", payment.status().name().toLowerCase(Locale.ROOT))
				.build()
				.toUriString();
		RedirectView redirect = new RedirectView(back);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}
}
