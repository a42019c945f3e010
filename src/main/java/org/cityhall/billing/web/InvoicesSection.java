package org.cityhall.billing.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.invoice.InvoiceText;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On My pages: the signed-in person's invoices, reminders and credit notes, the newest first, each with its
 * status, the day to pay by, the OCR reference and its PDF. The fragment {@code billing/my-pages :: invoices}
 * finds them as {@code section.model['invoices']}.
 */
@Component
class InvoicesSection implements MyPagesSection {

	private final Invoices invoices;
	private final MessageSource messages;

	InvoicesSection(Invoices invoices, MessageSource messages) {
		this.invoices = invoices;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return UnpaidFeesSection.partyOf(person).<Supplier<Optional<Content>>>map(party -> {
			Supplier<List<InvoiceView>> theirs = invoices.forPayer(party, reads);
			return () -> content(theirs.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(List<InvoiceView> found, Locale locale) {
		List<InvoiceText> theirs = found.stream().map(invoice -> InvoiceText.of(invoice, locale)).toList();
		if (theirs.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content(messages.getMessage("billing.invoices.heading", null, locale),
				"billing/my-pages :: invoices", Map.of("invoices", theirs)));
	}
}
