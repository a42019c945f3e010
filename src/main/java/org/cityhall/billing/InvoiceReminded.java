package org.cityhall.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Archivable;
import org.cityhall.archive.ArchiveEntry;
import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;

/**
 * A reminder was sent for an invoice not paid by its due date. Published once per invoice, in the
 * transaction that records it; filed for the payer in the invoice's matter, and told to the payer (a
 * resident, or a visitor by e-mail) as their notification preferences say, with a link to My pages.
 *
 * @param invoiceId the invoice
 * @param number its number
 * @param payer who is to pay
 * @param remaining what is left to pay
 * @param payBy the new day to pay by
 * @param at when the reminder was sent
 */
public record InvoiceReminded(UUID invoiceId, long number, Party payer, Money remaining, LocalDate payBy, Instant at)
		implements Archivable, Notice {

	public InvoiceReminded {
		if (!(payer instanceof Party.Person) && !(payer instanceof Party.Visitor)) {
			throw new IllegalArgumentException("reminders are for residents and visitors, not " + payer.kind());
		}
	}

	@Override
	public ArchiveEntry archiveEntry() {
		return ArchiveEntry.of("invoice-reminded:" + invoiceId, "billing.invoice-reminded", at)
				.subject(payer)
				.matter("invoice-" + number)
				.title(new LocalizedText("Påminnelse om faktura " + number, "Reminder of invoice " + number))
				.retention(Fees.RETENTION)
				.build();
	}

	@Override
	public String noticeId() {
		return "invoice-reminded:" + invoiceId;
	}

	@Override
	public NoticeRecipient recipient() {
		return payer instanceof Party.Person person ? NoticeRecipient.person(person.number()) : NoticeRecipient.email(payer.id());
	}

	@Override
	public String template() {
		return "billing.notice.reminded";
	}

	@Override
	public List<String> arguments() {
		return List.of(Long.toString(number), remaining.amount().toPlainString() + " " + remaining.currency().getCurrencyCode(),
				payBy.toString());
	}

	@Override
	public Optional<String> link() {
		return Optional.of("/my-pages");
	}
}
