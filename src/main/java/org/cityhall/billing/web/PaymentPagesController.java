package org.cityhall.billing.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.billing.FeeView;
import org.cityhall.billing.Fees;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.payment.CardPayments;
import org.cityhall.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A fee's payment pages: what is owed and a button to pay by card, the way back from the
 * provider, and the receipt. Only the payer – signed in, or someone acting for the payer – sees
 * a fee; to anyone else it does not exist. Whether a fee is paid is asked of the provider, server
 * to server; nothing the browser brings back is believed.
 */
@Controller
class PaymentPagesController {

	private static final Logger log = LoggerFactory.getLogger(PaymentPagesController.class);

	private final Fees fees;
	private final CardPayments payments;

	PaymentPagesController(Fees fees, CardPayments payments) {
		this.fees = fees;
		this.payments = payments;
	}

	@GetMapping("/payments/{feeId}")
	String fee(@PathVariable String feeId, Actor actor, Model model, Locale locale) {
		FeeView fee = feeOf(feeId, actor);
		if (fee.isPaid()) {
			return receiptRedirect(fee);
		}
		return payPage(fee, null, model, locale);
	}

	@PostMapping("/payments/{feeId}/card")
	Object payByCard(@PathVariable String feeId, Actor actor, Model model, Locale locale, HttpServletResponse response) {
		FeeView fee = feeOf(feeId, actor);
		URI returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/payments/{id}/return")
				.buildAndExpand(fee.id())
				.toUri();
		Optional<URI> provider;
		try {
			provider = payments.start(fee, returnUrl);
		}
		catch (PaymentProviderException unavailable) {
			log.warn("Could not start a card payment of fee {}: {}", fee.id(), unavailable.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return payPage(fee, "unavailable", model, locale);
		}
		if (provider.isEmpty()) {
			return receiptRedirect(fee);
		}
		RedirectView toProvider = new RedirectView(provider.get().toString());
		toProvider.setStatusCode(HttpStatus.SEE_OTHER);
		// The frame's page model is no business of the provider's: nothing is added to its address.
		toProvider.setExposeModelAttributes(false);
		return new ModelAndView(toProvider);
	}

	@GetMapping("/payments/{feeId}/return")
	String returned(@PathVariable String feeId, Actor actor, Model model, Locale locale, HttpServletResponse response) {
		FeeView fee = feeOf(feeId, actor);
		CardPayments.Result result;
		try {
			result = payments.complete(fee);
		}
		catch (PaymentProviderException unavailable) {
			log.warn("Could not ask the provider about the payment of fee {}: {}", fee.id(), unavailable.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return payPage(fee, "check-unavailable", model, locale);
		}
		switch (result) {
			case PAID:
				return receiptRedirect(fee);
			case NOT_STARTED:
				return "redirect:/payments/" + fee.id();
			case FAILED:
				return payPage(fee, "failed", model, locale);
			case CANCELLED:
				return payPage(fee, "cancelled", model, locale);
			case AMOUNT_MISMATCH:
				return payPage(fee, "mismatch", model, locale);
			default:
				return payPage(fee, "pending", model, locale);
		}
	}

	@GetMapping("/payments/{feeId}/receipt")
	String receipt(@PathVariable String feeId, Actor actor, Model model, Locale locale) {
		FeeView fee = feeOf(feeId, actor);
		if (!fee.isPaid()) {
			return "redirect:/payments/" + fee.id();
		}
		model.addAttribute("fee", FeeRow.of(fee, locale));
		return "billing/receipt";
	}

	private static String payPage(FeeView fee, String notice, Model model, Locale locale) {
		model.addAttribute("fee", FeeRow.of(fee, locale));
		model.addAttribute("notice", notice);
		model.addAttribute("payable", !"mismatch".equals(notice));
		model.addAttribute("checkAgain", "pending".equals(notice) || "check-unavailable".equals(notice));
		return "billing/pay";
	}

	private static String receiptRedirect(FeeView fee) {
		return "redirect:/payments/" + fee.id() + "/receipt";
	}

	/** The fee, if the actor is its payer or acts for its payer; else, as if there were none, 404. */
	private FeeView feeOf(String feeId, Actor actor) {
		UUID id;
		try {
			id = UUID.fromString(feeId);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return fees.find(id)
				.filter(fee -> fee.isPayer(actor.who()) || fee.isPayer(actor.forWhom()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
