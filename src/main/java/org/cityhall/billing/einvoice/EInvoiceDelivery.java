package org.cityhall.billing.einvoice;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.EInvoiceChannel;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.Seller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the invoices queued for e-faktura (the invoicing run queues each invoice of a payer with an active
 * agreement, in its own transaction) in one invoice file through the {@link EInvoiceChannel}, every minute,
 * each invoice once: the rows are locked while the file is written, and marked sent in the same
 * transaction. An invoice whose payer cancelled before it went, or that was paid or credited meanwhile, is
 * not sent and stays on My pages only.
 */
@Component
public class EInvoiceDelivery {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** At most this many invoices in one file; the rest go in the next. */
	private static final int PER_FILE = 10_000;

	private final JdbcClient jdbc;
	private final Invoices invoices;
	private final Seller seller;
	private final EInvoiceChannel channel;
	private final Clock clock;

	EInvoiceDelivery(JdbcClient jdbc, Invoices invoices, Seller seller, EInvoiceChannel channel, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.seller = seller;
		this.channel = channel;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@Scheduled(fixedDelayString = "${cityhall.billing.e-invoice.interval:60s}", initialDelayString = "PT20S")
	void sendOnSchedule() {
		send();
	}

	/**
	 * Writes the queued invoices to one file and delivers it.
	 *
	 * @return the file sent, or nothing when no invoice was waiting
	 */
	@Transactional
	public Optional<SentFile> send() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// Payers who cancelled, and invoices no longer open, are not sent: the invoice is on My pages only.
		jdbc.sql("""
				WITH dropped AS (
				  DELETE FROM billing_einvoice_delivery d USING billing_invoice i
				  WHERE i.id = d.invoice_id AND d.status = 'PENDING'
				    AND (i.status <> 'OPEN' OR NOT EXISTS (SELECT 1 FROM billing_einvoice_agreement a
				                                           WHERE a.person_id = i.payer_id AND a.status = 'ACTIVE'))
				  RETURNING d.invoice_id)
				UPDATE billing_invoice SET delivery = 'MY_PAGES' WHERE id IN (SELECT invoice_id FROM dropped)
				""").update();
		Map<UUID, Addressee> addressees = new HashMap<>();
		jdbc.sql("""
				SELECT d.invoice_id, a.address, a.bank, a.person_id, a.person_name
				FROM billing_einvoice_delivery d
				JOIN billing_invoice i ON i.id = d.invoice_id
				JOIN billing_einvoice_agreement a ON a.person_id = i.payer_id AND a.status = 'ACTIVE'
				WHERE d.status = 'PENDING'
				ORDER BY i.number LIMIT :limit
				FOR UPDATE OF d SKIP LOCKED
				""")
				.param("limit", PER_FILE)
				.query(row -> {
					addressees.put(row.getObject("invoice_id", UUID.class), new Addressee(row.getString("address"), row.getString("bank"),
							row.getString("person_id"), row.getString("person_name")));
				});
		if (addressees.isEmpty()) {
			return Optional.empty();
		}
		List<InvoiceView> toSend = invoices.findAll(addressees.keySet()).stream()
				.sorted(java.util.Comparator.comparingLong(InvoiceView::number)).toList();
		LocalDateTime writtenAt = LocalDateTime.ofInstant(now, STOCKHOLM).truncatedTo(ChronoUnit.SECONDS);
		InvoiceFile file = new InvoiceFile(writtenAt, seller.bankgiroDigits(), seller.name(), toSend.stream().map(invoice -> {
			Addressee to = addressees.get(invoice.id());
			return new InvoiceFile.Invoice(to.address(), to.bank(), to.identifier(), to.name() != null && !to.name().isBlank() ? to.name()
					: invoice.payer() instanceof org.cityhall.shared.Party.Person person ? person.name() : "",
					invoice.ocr().value(), invoice.number(), invoice.issueDate(), invoice.payBy(), invoice.remaining().amount(),
					invoice.lines().stream().map(line -> new InvoiceFile.Line(line.what().sv(), line.matter(), line.vatRate(), line.gross(),
							line.vat())).toList());
		}).toList());
		UUID id = UuidCreator.getTimeOrderedEpoch();
		String name = "efaktura-" + writtenAt.format(NAME_TIME) + "-" + id + ".txt";
		BigDecimal amount = toSend.stream().map(invoice -> invoice.remaining().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		jdbc.sql("INSERT INTO billing_einvoice_sent_file (id, name, invoices, amount, written_at) VALUES (:id, :name, :n, :amount, :at)")
				.param("id", id).param("name", name).param("n", toSend.size()).param("amount", amount).param("at", Timestamp.from(now))
				.update();
		jdbc.sql("UPDATE billing_einvoice_delivery SET status = 'SENT', sent_file = :file, at = :at WHERE invoice_id = ANY(:ids)")
				.param("file", id).param("at", Timestamp.from(now)).param("ids", addressees.keySet().toArray(UUID[]::new))
				.update();
		// Within the transaction: if the hand-over fails, the invoices stay queued and go in the next file.
		channel.deliver(name, file.bytes());
		return Optional.of(new SentFile(id, name, toSend.size(), amount, now));
	}

	/** Where an invoice went, once sent: its file, or nothing while it waits (or was never sent this way). */
	public Optional<SentFile> fileOf(UUID invoiceId) {
		return jdbc.sql("""
				SELECT f.id, f.name, f.invoices, f.amount, f.written_at FROM billing_einvoice_delivery d
				JOIN billing_einvoice_sent_file f ON f.id = d.sent_file WHERE d.invoice_id = :id
				""")
				.param("id", invoiceId).query(EInvoiceDelivery::sentFile).optional();
	}

	/** The invoice files sent, the latest first (at most 20). */
	public List<SentFile> recentFiles() {
		return jdbc.sql("SELECT id, name, invoices, amount, written_at FROM billing_einvoice_sent_file ORDER BY written_at DESC, id DESC LIMIT 20")
				.query(EInvoiceDelivery::sentFile).list();
	}

	private static SentFile sentFile(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new SentFile(row.getObject("id", UUID.class), row.getString("name"), row.getInt("invoices"), row.getBigDecimal("amount"),
				row.getTimestamp("written_at").toInstant());
	}

	private record Addressee(String address, String bank, String identifier, String name) {
	}

	/**
	 * An invoice file sent to the e-faktura service.
	 *
	 * @param id its id
	 * @param name its file name
	 * @param invoices how many invoices it has
	 * @param amount what they add up to
	 * @param writtenAt when it was written
	 */
	public record SentFile(UUID id, String name, int invoices, BigDecimal amount, Instant writtenAt) {
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultChannel {

		@Bean
		@ConditionalOnMissingBean(EInvoiceChannel.class)
		EInvoiceChannel folderEInvoiceChannel(@Value("${cityhall.billing.e-invoice.folder}") Path folder) {
			return new FolderEInvoiceChannel(folder);
		}
	}
}
