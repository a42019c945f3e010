package org.cityhall.billing;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.archive.RetentionClass;
import org.cityhall.billing.jdbc.PayerColumns;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fees people owe the city, and whether they are paid. A module that charges for something
 * incurs a fee here; the payer pays it by card on the fee's payment page ({@code /payments/<id>})
 * and the fee's module hears of it through {@link PaymentSettled}.
 * <p>
 * <b>One fee per matter and purpose.</b> A fee is identified by its matter and the Swedish text of
 * what it is for: incurring the same fee again – a retried request, an event delivered twice –
 * gives back the fee already there and publishes nothing. Two different fees in one matter need
 * two different texts ("Kartavgift", "Expeditionsavgift").
 */
@Service
public class Fees {

	/** The largest fee accepted, in kronor: anything above is a mistake, not a fee. */
	/** How long the e-archive keeps fees and payments: seven years, as the accounting rules (bokföringslagen) ask. */
	public static final RetentionClass RETENTION = RetentionClass.disposeAfterYears(7);

	public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000.00");

	static final String COLUMNS = """
			id, payer_kind, payer_id, payer_name, matter, what_sv, what_en, amount, currency, vat_rate, status, \
			incurred_at, paid_at, payment_id""";

	private static final int MAX_MATTER_LENGTH = 100;
	private static final int MAX_WHAT_LENGTH = 300;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Fees(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Records a fee and publishes {@link FeeIncurred} in the same transaction – or, if the matter
	 * already has this fee on the same terms, returns it and publishes nothing.
	 *
	 * @param payer who is to pay
	 * @param matter the matter, such as a case number; at most 100 characters
	 * @param what what the fee is for, in both languages; at most 300 characters each. Its Swedish
	 *        text tells the matter's fees apart
	 * @param amount the amount, VAT included: more than zero and less than {@link #MAX_AMOUNT}
	 * @param vatRate the VAT rate included in the amount, from 0 (no VAT) up to but not including 1,
	 *        with at most four decimals: {@code 0.25}, {@code 0.12}, {@code 0.06}, {@code 0}
	 * @return the fee's id
	 * @throws IllegalArgumentException if an argument is out of range
	 * @throws IllegalStateException if the matter already has this fee with another payer, amount or
	 *         VAT rate
	 */
	@Transactional
	public UUID incur(Party payer, String matter, LocalizedText what, Money amount, BigDecimal vatRate) {
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(vatRate, "vatRate");
		String theMatter = text(matter, "matter", MAX_MATTER_LENGTH);
		LocalizedText theWhat = new LocalizedText(text(what.sv(), "what (Swedish)", MAX_WHAT_LENGTH),
				text(what.en(), "what (English)", MAX_WHAT_LENGTH));
		if (!amount.isPositive() || amount.amount().compareTo(MAX_AMOUNT) >= 0) {
			throw new IllegalArgumentException("a fee is more than zero and less than " + MAX_AMOUNT.toPlainString()
					+ ", not " + amount);
		}
		if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) >= 0 || vatRate.stripTrailingZeros().scale() > 4) {
			throw new IllegalArgumentException("a VAT rate is a fraction from 0 up to 1 with at most four decimals, such as "
					+ "0.25, not " + vatRate.toPlainString());
		}
		Instant now = now();
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Optional<UUID> inserted = jdbc.sql("""
				INSERT INTO billing_fee (id, payer_kind, payer_id, payer_name, matter, what_sv, what_en, amount, currency,
				                         vat_rate, status, incurred_at)
				VALUES (:id, :payerKind, :payerId, :payerName, :matter, :whatSv, :whatEn, :amount, :currency,
				        :vatRate, 'UNPAID', :at)
				ON CONFLICT (matter, what_sv) DO NOTHING
				RETURNING id
				""")
				.param("id", id)
				.param("payerKind", PayerColumns.kindOf(payer))
				.param("payerId", payer.id())
				.param("payerName", PayerColumns.nameOf(payer))
				.param("matter", theMatter)
				.param("whatSv", theWhat.sv())
				.param("whatEn", theWhat.en())
				.param("amount", amount.amount())
				.param("currency", amount.currency().getCurrencyCode())
				.param("vatRate", vatRate)
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.query(UUID.class)
				.optional();
		if (inserted.isPresent()) {
			events.publishEvent(new FeeIncurred(id, payer, theMatter, theWhat, amount, vatRate, now));
			return id;
		}
		FeeView existing = jdbc.sql("SELECT " + COLUMNS + " FROM billing_fee WHERE matter = :matter AND what_sv = :whatSv")
				.param("matter", theMatter)
				.param("whatSv", theWhat.sv())
				.query(Fees::fee)
				.single();
		if (!existing.isPayer(payer) || !existing.amount().equals(amount) || existing.vatRate().compareTo(vatRate) != 0) {
			throw new IllegalStateException("matter " + theMatter + " already has the fee '" + theWhat.sv() + "' with "
					+ "another payer, amount or VAT rate (" + existing.amount() + "); a matter's fee is incurred once");
		}
		return existing.id();
	}

	/** The fee, if there is one with this id. */
	public Optional<FeeView> find(UUID feeId) {
		Objects.requireNonNull(feeId, "feeId");
		return jdbc.sql("SELECT " + COLUMNS + " FROM billing_fee WHERE id = :id")
				.param("id", feeId)
				.query(Fees::fee)
				.optional();
	}

	/**
	 * The payer's oldest unpaid fees that are on no invoice, at most {@code most} of them, and how many there
	 * are in all: those paid one by one rather than through an invoice of their own. A business that orders
	 * maps every day can have thousands; a page lists the oldest, which are due first.
	 */
	public UnpaidFees unpaidNotInvoicedFor(Party payer, int most) {
		checkAsked(payer, most);
		List<Counted> oldest = jdbc.sql(UNPAID_NOT_INVOICED).params(PayerColumns.kindOf(payer), payer.id(), most)
				.query(Fees::counted).list();
		return unpaid(oldest);
	}

	/** {@link #unpaidNotInvoicedFor(Party, int)}, queued with the other sections' queries of My pages. */
	public Supplier<UnpaidFees> unpaidNotInvoicedFor(Party payer, int most, MyPagesReads reads) {
		checkAsked(payer, most);
		Supplier<List<Counted>> oldest = reads.query(UNPAID_NOT_INVOICED, Fees::counted, PayerColumns.kindOf(payer), payer.id(), most);
		return () -> unpaid(oldest.get());
	}

	private static final String UNPAID_NOT_INVOICED = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM billing_fee f"
			+ " WHERE payer_kind = ? AND payer_id = ? AND status = 'UNPAID'"
			+ " AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.fee_id = f.id) ORDER BY incurred_at, id LIMIT ?";

	private static void checkAsked(Party payer, int most) {
		Objects.requireNonNull(payer, "payer");
		if (most < 1) {
			throw new IllegalArgumentException("at least one fee is asked for, not " + most);
		}
	}

	private static Counted counted(ResultSet row, int number) throws SQLException {
		return new Counted(fee(row, number), row.getInt("total"));
	}

	private static UnpaidFees unpaid(List<Counted> oldest) {
		return new UnpaidFees(oldest.stream().map(Counted::fee).toList(), oldest.isEmpty() ? 0 : oldest.get(0).total());
	}

	/** A fee, and how many rows its query found in all before the limit. */
	private record Counted(FeeView fee, int total) {
	}

	/**
	 * Unpaid fees on no invoice.
	 *
	 * @param oldest the oldest of them, oldest first
	 * @param total how many there are, {@code oldest} among them
	 */
	public record UnpaidFees(List<FeeView> oldest, int total) {

		public UnpaidFees {
			oldest = List.copyOf(oldest);
		}

		/** How many are not in {@link #oldest()}. */
		public int more() {
			return total - oldest.size();
		}
	}

	/** Every fee of the matter, paid or not, oldest first. */
	public List<FeeView> forMatter(String matter) {
		Objects.requireNonNull(matter, "matter");
		return jdbc.sql("SELECT " + COLUMNS + " FROM billing_fee WHERE matter = :matter ORDER BY incurred_at, id")
				.param("matter", matter.strip())
				.query(Fees::fee)
				.list();
	}

	/** Now, to the microsecond PostgreSQL keeps, so an event tells the same time as the row. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static FeeView fee(ResultSet row, int number) throws SQLException {
		OffsetDateTime paidAt = row.getObject("paid_at", OffsetDateTime.class);
		return new FeeView(row.getObject("id", UUID.class),
				PayerColumns.party(row.getString("payer_kind"), row.getString("payer_id"), row.getString("payer_name")),
				row.getString("matter"),
				new LocalizedText(row.getString("what_sv"), row.getString("what_en")),
				new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
				row.getBigDecimal("vat_rate").stripTrailingZeros(),
				FeeStatus.valueOf(row.getString("status")),
				row.getObject("incurred_at", OffsetDateTime.class).toInstant(),
				paidAt == null ? null : paidAt.toInstant(),
				row.getObject("payment_id", UUID.class));
	}

	private static String text(String value, String name, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a fee needs its " + name);
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException("a fee's " + name + " has at most " + maxLength + " characters, not "
					+ stripped.length());
		}
		return stripped;
	}
}
