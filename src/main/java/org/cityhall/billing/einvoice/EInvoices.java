package org.cityhall.billing.einvoice;

import com.github.f4b6a3.uuid.UuidCreator;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.Seller;
import org.cityhall.billing.bankgirot.FileDigest;
import org.cityhall.shared.InvalidIdentityNumberException;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' e-faktura agreements and the files Bankgirot's e-faktura service sends the city. A resident who
 * registers for the city's e-faktura in their internet bank, with their personal identity number, appears in
 * a registration file ({@link RegistrationFile}); from then on the invoicing run sends their invoices to
 * their internet bank ({@link EInvoiceDelivery}), until they cancel. The latest registration decides where
 * the invoices go: a new registration from another bank replaces the address. An invoice the service could
 * not deliver ({@link RejectionFile}) is then on My pages only, and listed for staff.
 */
@Service
public class EInvoices {

	private static final Logger log = LoggerFactory.getLogger(EInvoices.class);

	private final JdbcClient jdbc;
	private final Seller seller;
	private final Clock clock;

	EInvoices(JdbcClient jdbc, Seller seller, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.seller = seller;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Reads a file from the service, whichever it is by its file type: a registration file ({@code EFA}) or a
	 * report of invoices not delivered ({@code EFR}).
	 *
	 * @throws EInvoiceException if the file is neither, or not as its layout says, or is another biller's
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional
	public ReadOutcome read(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 19), java.nio.charset.StandardCharsets.ISO_8859_1);
		String type = start.length() == 19 && start.startsWith("01") ? start.substring(16, 19) : "";
		return switch (type) {
			case "EFA" -> new ReadOutcome(readRegistrations(bytes), null);
			case "EFR" -> new ReadOutcome(null, readRejections(bytes));
			default -> throw new EInvoiceException(1, "column 17: the file type is '" + type.strip()
					+ "', neither a registration file (EFA) nor a report of invoices not delivered (EFR)");
		};
	}

	/** How many residents have an active agreement. */
	public int activeAgreements() {
		return jdbc.sql("SELECT COUNT(*) FROM billing_einvoice_agreement WHERE status = 'ACTIVE'").query(Integer.class).single();
	}

	/**
	 * Reads a registration file, once: each new registration starts (or moves) the payer's agreement, each
	 * change moves it, each cancellation ends it. A line the city cannot act on (an identifier that is no
	 * personal identity number, a change or cancellation without an agreement) is listed for staff.
	 *
	 * @throws EInvoiceException if the file is not as the layout says, or is another biller's; nothing is recorded
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional
	public RegistrationOutcome readRegistrations(byte[] bytes) {
		RegistrationFile file = RegistrationFile.parse(bytes);
		checkBiller(file.biller());
		UUID fileId = readOnce("REGISTRATIONS", bytes, file.writtenAt(), file.registrations().size());
		int started = 0;
		int changed = 0;
		int ended = 0;
		int refused = 0;
		for (RegistrationFile.Registration registration : file.registrations()) {
			Optional<PersonalIdentityNumber> person = personOf(registration.identifier());
			if (person.isEmpty()) {
				refuse(fileId, registration, "not-an-identity-number");
				refused++;
				continue;
			}
			switch (registration.kind()) {
				case NEW -> {
					start(person.get(), registration);
					started++;
				}
				case CHANGED -> {
					if (change(person.get(), registration)) {
						changed++;
					}
					else {
						refuse(fileId, registration, "no-agreement");
						refused++;
					}
				}
				case CANCELLED -> {
					if (end(person.get(), registration.on())) {
						ended++;
					}
					else {
						refuse(fileId, registration, "no-agreement");
						refused++;
					}
				}
			}
		}
		return new RegistrationOutcome(started, changed, ended, refused);
	}

	/** The person's e-faktura agreement, active or ended. */
	public Optional<Agreement> agreement(Party.Person person) {
		Objects.requireNonNull(person, "person");
		return jdbc.sql("""
				SELECT address, bank, status, registered_on, changed_on, ended_on FROM billing_einvoice_agreement WHERE person_id = :person
				""")
				.param("person", person.number().value())
				.query((row, n) -> new Agreement(person.number(), row.getString("address"), row.getString("bank"),
						"ACTIVE".equals(row.getString("status")), row.getObject("registered_on", LocalDate.class),
						row.getObject("changed_on", LocalDate.class), row.getObject("ended_on", LocalDate.class)))
				.optional();
	}

	/**
	 * Reads the service's report of invoices it could not deliver, once: each such invoice is then on My
	 * pages only, and listed for staff with the service's code and text.
	 *
	 * @throws EInvoiceException if the file is not as the layout says, or is another biller's; nothing is recorded
	 * @throws IllegalStateException if the file was read before
	 */
	@Transactional
	public RejectionOutcome readRejections(byte[] bytes) {
		RejectionFile file = RejectionFile.parse(bytes);
		checkBiller(file.biller());
		readOnce("REJECTIONS", bytes, file.writtenAt(), file.rejections().size());
		int rejected = 0;
		int unknown = 0;
		for (RejectionFile.Rejection rejection : file.rejections()) {
			Optional<UUID> invoice = jdbc.sql("""
					UPDATE billing_einvoice_delivery d SET status = 'REJECTED', rejection_code = :code, rejection_text = :text, at = :at
					FROM billing_invoice i
					WHERE i.id = d.invoice_id AND i.ocr = :ocr AND d.status = 'SENT'
					RETURNING d.invoice_id
					""")
					.param("code", rejection.code()).param("text", rejection.text()).param("ocr", rejection.reference().replaceFirst("^0+", ""))
					.param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
					.query(UUID.class).optional();
			if (invoice.isEmpty()) {
				log.warn("The e-faktura service rejected an invoice the city did not send it (line {}, reference {})", rejection.line(),
						rejection.reference());
				unknown++;
				continue;
			}
			jdbc.sql("UPDATE billing_invoice SET delivery = 'MY_PAGES' WHERE id = :id").param("id", invoice.get()).update();
			rejected++;
		}
		return new RejectionOutcome(rejected, unknown);
	}

	/** The registration lines not acted on that staff have not handled, the oldest first (at most 200). */
	public List<RefusedRegistration> refusedRegistrations() {
		return jdbc.sql("""
				SELECT r.line_no, r.kind, r.reason, f.written_at FROM billing_einvoice_refused r JOIN billing_einvoice_file f ON f.id = r.file_id
				WHERE r.handled_at IS NULL ORDER BY f.received_at, r.line_no LIMIT 200
				""")
				.query((row, n) -> new RefusedRegistration(row.getString("written_at"), row.getInt("line_no"),
						RegistrationFile.Kind.valueOf(row.getString("kind")), row.getString("reason")))
				.list();
	}

	/** The invoices the service could not deliver, the latest first (at most 200). */
	public List<RejectedInvoice> rejectedInvoices() {
		return jdbc.sql("""
				SELECT i.id, i.number, d.rejection_code, d.rejection_text FROM billing_einvoice_delivery d
				JOIN billing_invoice i ON i.id = d.invoice_id WHERE d.status = 'REJECTED' ORDER BY d.at DESC LIMIT 200
				""")
				.query((row, n) -> new RejectedInvoice(row.getObject("id", UUID.class), row.getLong("number"), row.getString("rejection_code"),
						row.getString("rejection_text")))
				.list();
	}

	private void checkBiller(String biller) {
		String city = "0".repeat(10 - seller.bankgiroDigits().length()) + seller.bankgiroDigits();
		if (!biller.equals(city)) {
			throw new EInvoiceException(1, "column 20: the file is for the biller " + biller + ", not the city's " + city);
		}
	}

	private UUID readOnce(String kind, byte[] bytes, String writtenAt, int records) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		int inserted = jdbc.sql("""
				INSERT INTO billing_einvoice_file (id, sha256, kind, written_at, records, received_at)
				VALUES (:id, :sha, :kind, :written, :records, :at) ON CONFLICT (sha256) DO NOTHING
				""")
				.param("id", id).param("sha", FileDigest.sha256(bytes)).param("kind", kind).param("written", writtenAt)
				.param("records", records).param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
				.update();
		if (inserted == 0) {
			throw new IllegalStateException("this e-faktura file (written " + writtenAt + ") was read before");
		}
		return id;
	}

	private void start(PersonalIdentityNumber person, RegistrationFile.Registration registration) {
		jdbc.sql("""
				INSERT INTO billing_einvoice_agreement (person_id, person_name, address, bank, status, registered_on, changed_on)
				VALUES (:person, :name, :address, :bank, 'ACTIVE', :on, :on)
				ON CONFLICT (person_id) DO UPDATE SET person_name = :name, address = :address, bank = :bank, status = 'ACTIVE',
				    registered_on = :on, changed_on = :on, ended_on = NULL
				""")
				.param("person", person.value()).param("name", registration.name()).param("address", registration.address())
				.param("bank", registration.bank()).param("on", Date.valueOf(registration.on()))
				.update();
	}

	private boolean change(PersonalIdentityNumber person, RegistrationFile.Registration registration) {
		return jdbc.sql("""
				UPDATE billing_einvoice_agreement SET address = :address, bank = :bank, changed_on = :on,
				    person_name = COALESCE(NULLIF(:name, ''), person_name)
				WHERE person_id = :person AND status = 'ACTIVE'
				""")
				.param("person", person.value()).param("name", registration.name()).param("address", registration.address())
				.param("bank", registration.bank()).param("on", Date.valueOf(registration.on()))
				.update() == 1;
	}

	private boolean end(PersonalIdentityNumber person, LocalDate on) {
		return jdbc.sql("""
				UPDATE billing_einvoice_agreement SET status = 'ENDED', ended_on = :on, changed_on = :on
				WHERE person_id = :person AND status = 'ACTIVE'
				""")
				.param("person", person.value()).param("on", Date.valueOf(on))
				.update() == 1;
	}

	private void refuse(UUID fileId, RegistrationFile.Registration registration, String reason) {
		jdbc.sql("INSERT INTO billing_einvoice_refused (id, file_id, line_no, kind, reason) VALUES (:id, :file, :line, :kind, :reason)")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("file", fileId).param("line", registration.line())
				.param("kind", registration.kind().name()).param("reason", reason)
				.update();
	}

	/** The identifier the city asks payers to register with: the personal identity number, all 12 digits. */
	private static Optional<PersonalIdentityNumber> personOf(String identifier) {
		if (!identifier.matches("[0-9]{12}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(PersonalIdentityNumber.parse(identifier));
		}
		catch (InvalidIdentityNumberException notOne) {
			return Optional.empty();
		}
	}

	/**
	 * A resident's e-faktura agreement.
	 *
	 * @param person whose it is
	 * @param address their e-faktura address at their bank
	 * @param bank their bank
	 * @param active whether their invoices go to their internet bank
	 * @param registeredOn the day they registered (the latest time)
	 * @param changedOn the day it last changed
	 * @param endedOn the day they cancelled, or {@code null}
	 */
	public record Agreement(PersonalIdentityNumber person, String address, String bank, boolean active, LocalDate registeredOn,
			LocalDate changedOn, LocalDate endedOn) {
	}

	/** What a file did: one of the two is {@code null}. */
	public record ReadOutcome(RegistrationOutcome registrations, RejectionOutcome rejections) {
	}

	/** What a registration file did: agreements started, changed and ended, and lines refused. */
	public record RegistrationOutcome(int started, int changed, int ended, int refused) {
	}

	/** What a rejection report did: invoices now on My pages only, and rejections of no invoice the city sent. */
	public record RejectionOutcome(int rejected, int unknown) {
	}

	/**
	 * A registration line not acted on.
	 *
	 * @param fileWrittenAt when the file was written, as it says
	 * @param line its line
	 * @param kind what it asked
	 * @param reason {@code not-an-identity-number} or {@code no-agreement}
	 */
	public record RefusedRegistration(String fileWrittenAt, int line, RegistrationFile.Kind kind, String reason) {
	}

	/** An invoice the service could not deliver, with its code and text. */
	public record RejectedInvoice(UUID invoiceId, long number, String code, String text) {
	}
}
