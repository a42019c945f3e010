package org.cityhall.billing.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.cityhall.billing.Fees;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On My pages: the fees the signed-in person has yet to pay and that are on no invoice, each with a link to pay it, the
 * {@value #MOST} oldest when there are more. The fragment {@code billing/my-pages :: unpaidFees} finds them as
 * {@code section.model['fees']}, with {@code total} and {@code more} (how many are not listed).
 */
@Component
class UnpaidFeesSection implements MyPagesSection {

	/** The most fees listed; the rest are counted. */
	static final int MOST = 50;

	private final Fees fees;
	private final MessageSource messages;

	UnpaidFeesSection(Fees fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Supplier<Optional<Content>> prepare(Principal person, Locale locale, MyPagesReads reads) {
		return partyOf(person).<Supplier<Optional<Content>>>map(party -> {
			// A fee on an invoice is paid through the invoice, which has its own section.
			Supplier<Fees.UnpaidFees> unpaid = fees.unpaidNotInvoicedFor(party, MOST, reads);
			return () -> content(unpaid.get(), locale);
		}).orElse(Optional::empty);
	}

	private Optional<Content> content(Fees.UnpaidFees unpaid, Locale locale) {
		if (unpaid.oldest().isEmpty()) {
			return Optional.empty();
		}
		List<FeeRow> rows = unpaid.oldest().stream().map(fee -> FeeRow.of(fee, locale)).toList();
		return Optional.of(new Content(messages.getMessage("billing.my-pages.heading", null, locale),
				"billing/my-pages :: unpaidFees", Map.of("fees", rows, "total", unpaid.total(), "more", unpaid.more())));
	}

	/**
	 * The party signed in: a servlet request's principal is Spring Security's authentication,
	 * whose own principal is identity's {@link SignedIn}; either may be given.
	 */
	static Optional<Party> partyOf(Principal person) {
		Object principal = person instanceof Authentication authentication ? authentication.getPrincipal() : person;
		return principal instanceof SignedIn signedIn ? Optional.of(signedIn.party()) : Optional.empty();
	}
}
