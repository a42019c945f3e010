package org.cityhall.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityhall.audit.AuditLog;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Contacts handed to a department. The agent hands a contact over as it is logged ({@link ContactLog}); the
 * department's officers, and only they, see the department's open hand-overs, take one and close it with an
 * outcome. Each showing of a hand-over about a resident is a read in the audit log, as an agent's look-up
 * is, so the resident's data reaches the department through the hand-over and nowhere else.
 */
@Service
public class HandOvers {

	static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HandOvers(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Someone who may not see or handle the hand-over tried to. */
	public static class NotYourDepartment extends RuntimeException {

		NotYourDepartment(String message) {
			super(message);
		}
	}

	/**
	 * A hand-over as the department sees it, with the contact it came from.
	 *
	 * @param resident the resident, when the agent had looked them up
	 * @param sender the sender of an e-mail contact
	 * @param subject the e-mail's subject
	 * @param message the e-mail's text
	 */
	public record Shown(HandOver handOver, ContactQueue queue, String channel, String topic, Optional<PersonalIdentityNumber> resident,
			Optional<String> sender, Optional<String> subject, Optional<String> message, Instant contactAt) {
	}

	/** Opens the hand-over of a contact just logged, in the transaction that logs it. */
	HandOver open(UUID contactId, String department, String note, String agentId, Optional<PersonalIdentityNumber> resident,
			Optional<String> sender) {
		Instant now = clock.instant();
		long number = jdbc.sql("SELECT nextval('contact_handover_number')").query(Long.class).single();
		String reference = String.format(java.util.Locale.ROOT, "KC-%d-%06d", now.atZone(CITY_TIME).getYear(), number);
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				INSERT INTO contact_handover (id, reference, contact_id, department, note, handed_over_by, handed_over_at, state)
				VALUES (:id, :reference, :contact, :department, :note, :agent, :at, 'open')
				""").param("id", id).param("reference", reference).param("contact", contactId).param("department", department)
				.param("note", note).param("agent", agentId).param("at", Timestamp.from(now)).update();
		events.publishEvent(new ContactHandedOver(id, reference, department, resident, sender, agentId, note, now));
		return find(reference).orElseThrow();
	}

	/** The open and taken hand-overs of the departments the member of staff is an officer of, oldest first. */
	public List<HandOver> waiting(Actor officer, Collection<String> departments) {
		List<String> theirs = departments.stream().filter(d -> officer.hasRoleIn(StaffRoles.OFFICER, d)).toList();
		if (theirs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM contact_handover WHERE department IN (:departments) AND state <> 'closed' ORDER BY handed_over_at LIMIT 200")
				.param("departments", theirs).query(HandOvers::handOver).list();
	}

	/** The hand-overs an agent made lately, newest first: the desk follows them. */
	public List<HandOver> madeBy(String agentId, int limit) {
		return jdbc.sql("SELECT * FROM contact_handover WHERE handed_over_by = :agent ORDER BY handed_over_at DESC LIMIT :limit")
				.param("agent", agentId).param("limit", limit).query(HandOvers::handOver).list();
	}

	/** The hand-overs of these contacts, by the contact's id. */
	public Map<UUID, HandOver> ofContacts(Collection<UUID> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT * FROM contact_handover WHERE contact_id IN (:ids)").param("ids", contactIds).query(HandOvers::handOver)
				.list().stream().collect(Collectors.toMap(HandOver::contactId, Function.identity()));
	}

	/**
	 * The hand-over for one of its department's officers, the read of the resident's data recorded.
	 *
	 * @throws NotYourDepartment for anyone else
	 */
	public Optional<Shown> show(Actor officer, String reference) {
		Optional<Shown> shown = find(reference).map(handOver -> {
			Party.Staff staff = officerOf(officer, handOver);
			Contact contact = jdbc.sql("SELECT * FROM contact_contact WHERE id = :id").param("id", handOver.contactId())
					.query(ContactLog::contact).single();
			Optional<PersonalIdentityNumber> resident = contact.resident().map(PersonalIdentityNumber::parse);
			resident.ifPresent(number -> audit.recordRead(new AuditLog.Read(staff.staffId(), staff.name() == null ? staff.staffId() : staff.name(),
					StaffRoles.OFFICER, number.value(), "contact:hand-over:" + handOver.reference(), "hand-over", "back-office")));
			boolean email = contact.channel().equals("email") && contact.sender().isPresent();
			return new Shown(handOver, contact.queue(), contact.channel(), contact.topic(), resident, contact.sender(), contact.subject(),
					email ? contact.note() : Optional.empty(), contact.receivedAt());
		});
		return shown;
	}

	/** One of the department's officers takes an open hand-over. */
	@Transactional
	public void take(Actor officer, String reference) {
		HandOver handOver = find(reference).orElseThrow(() -> new IllegalArgumentException("no hand-over " + reference));
		Party.Staff staff = officerOf(officer, handOver);
		int updated = jdbc.sql("UPDATE contact_handover SET state = 'taken', taken_by = :by, taken_at = :at WHERE id = :id AND state = 'open'")
				.param("by", staff.staffId()).param("at", Timestamp.from(clock.instant())).param("id", handOver.id()).update();
		if (updated == 0) {
			throw new IllegalStateException("hand-over " + reference + " is " + handOver.state().code() + "; only an open one can be taken");
		}
	}

	/** The officer who took the hand-over closes it with what the department did. */
	@Transactional
	public void close(Actor officer, String reference, String outcome) {
		HandOver handOver = find(reference).orElseThrow(() -> new IllegalArgumentException("no hand-over " + reference));
		Party.Staff staff = officerOf(officer, handOver);
		if (outcome.isBlank() || outcome.length() > 4000) {
			throw new IllegalArgumentException("a hand-over is closed with an outcome of 1 to 4,000 characters");
		}
		if (handOver.state() != HandOver.State.TAKEN || !handOver.takenBy().orElse("").equals(staff.staffId())) {
			throw new IllegalStateException("hand-over " + reference + " is " + handOver.state().code()
					+ "; only the officer who took it closes it");
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE contact_handover SET state = 'closed', closed_by = :by, closed_at = :at, outcome = :outcome WHERE id = :id AND state = 'taken'")
				.param("by", staff.staffId()).param("at", Timestamp.from(now)).param("outcome", outcome.strip()).param("id", handOver.id()).update();
		Optional<PersonalIdentityNumber> resident = jdbc.sql("SELECT resident FROM contact_contact WHERE id = :id").param("id", handOver.contactId())
				.query((rs, n) -> Optional.ofNullable(rs.getString("resident")).map(PersonalIdentityNumber::parse)).single();
		events.publishEvent(new HandOverClosed(handOver.id(), reference, handOver.department(), resident, staff.staffId(), outcome.strip(), now));
	}

	public Optional<HandOver> find(String reference) {
		return jdbc.sql("SELECT * FROM contact_handover WHERE reference = :reference").param("reference", reference).query(HandOvers::handOver)
				.optional();
	}

	private static Party.Staff officerOf(Actor officer, HandOver handOver) {
		if (!(officer.who() instanceof Party.Staff staff) || !officer.hasRoleIn(StaffRoles.OFFICER, handOver.department())) {
			throw new NotYourDepartment(officer.who().id() + " is no officer of " + handOver.department() + ", which " + handOver.reference()
					+ " was handed to");
		}
		return staff;
	}

	private static HandOver handOver(ResultSet rs, int row) throws SQLException {
		return new HandOver(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("contact_id", UUID.class),
				rs.getString("department"), rs.getString("note"), rs.getString("handed_over_by"), rs.getTimestamp("handed_over_at").toInstant(),
				HandOver.State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)), Optional.ofNullable(rs.getString("taken_by")),
				Optional.ofNullable(rs.getTimestamp("taken_at")).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("closed_by")),
				Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("outcome")));
	}
}
