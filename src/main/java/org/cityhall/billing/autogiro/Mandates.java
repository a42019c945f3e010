package org.cityhall.billing.autogiro;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' autogiro mandates (medgivanden): a resident who gave one has their open invoices withdrawn from
 * their account on the due date. Bankgirot knows the payer by a payer number, here the personal identity
 * number without its century ({@code 8504121234}), and keeps the account; the city keeps whether the
 * mandate is active.
 */
@Service
public class Mandates {

	private final JdbcClient jdbc;

	Mandates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The payer number of a person: the personal identity number without its century. */
	public static String payerNumber(PersonalIdentityNumber number) {
		return number.value().substring(2);
	}

	/**
	 * Records that the person's mandate is active from a day (Bankgirot confirmed it), or active again.
	 *
	 * @throws IllegalStateException if another person has the same payer number (born a century apart)
	 */
	@Transactional
	public Mandate activate(Party.Person person, LocalDate activeFrom) {
		Objects.requireNonNull(activeFrom, "the day the mandate is active from");
		String payer = payerNumber(person.number());
		int updated = jdbc.sql("""
				INSERT INTO billing_autogiro_mandate (payer_number, person_id, person_name, status, active_from)
				VALUES (:payer, :person, :name, 'ACTIVE', :from)
				ON CONFLICT (payer_number) DO UPDATE SET status = 'ACTIVE', active_from = :from, cancelled_on = NULL,
				    person_name = :name
				WHERE billing_autogiro_mandate.person_id = :person
				""")
				.param("payer", payer).param("person", person.number().value()).param("name", person.name())
				.param("from", Date.valueOf(activeFrom))
				.update();
		if (updated == 0) {
			throw new IllegalStateException("the payer number " + payer + " is another person's mandate; Bankgirot's payer numbers "
					+ "leave out the century");
		}
		return find(person).orElseThrow();
	}

	/**
	 * Records that the person's mandate was cancelled (by the resident, the bank or Bankgirot): no more
	 * withdrawals are ordered. Withdrawals already ordered are Bankgirot's to stop.
	 *
	 * @throws IllegalStateException if the person has no active mandate
	 */
	@Transactional
	public Mandate cancel(Party.Person person, LocalDate on) {
		int updated = jdbc.sql("""
				UPDATE billing_autogiro_mandate SET status = 'CANCELLED', cancelled_on = :on
				WHERE person_id = :person AND status = 'ACTIVE'
				""")
				.param("person", person.number().value()).param("on", Date.valueOf(on))
				.update();
		if (updated == 0) {
			throw new IllegalStateException("payer " + payerNumber(person.number()) + " has no active autogiro mandate to cancel");
		}
		return find(person).orElseThrow();
	}

	/** The person's mandate, active or cancelled. */
	public Optional<Mandate> find(Party.Person person) {
		return jdbc.sql("""
				SELECT payer_number, status, active_from, cancelled_on FROM billing_autogiro_mandate WHERE person_id = :person
				""")
				.param("person", person.number().value())
				.query((row, n) -> new Mandate(row.getString("payer_number"), person.number(),
						Mandate.Status.valueOf(row.getString("status")), row.getDate("active_from").toLocalDate(),
						row.getDate("cancelled_on") == null ? null : row.getDate("cancelled_on").toLocalDate()))
				.optional();
	}

	/**
	 * A resident's autogiro mandate.
	 *
	 * @param payerNumber the payer number at Bankgirot, ten digits
	 * @param person whose it is
	 * @param status active or cancelled
	 * @param activeFrom the day withdrawals may start
	 * @param cancelledOn the day it was cancelled, or {@code null}
	 */
	public record Mandate(String payerNumber, PersonalIdentityNumber person, Status status, LocalDate activeFrom, LocalDate cancelledOn) {

		/** Whether the mandate is active or cancelled. */
		public enum Status {
			ACTIVE, CANCELLED
		}
	}
}
