package org.cityhall.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.audit.AuditLog;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * An agent looks a resident up for a contact: only agents may, always with the purpose, and every time the
 * resident's data is shown it is a read in the audit log with that purpose. A look-up serves the agent who
 * made it, for the length of a working shift.
 */
@Service
public class ResidentLookups {

	/** The purposes an agent may look a resident up for. */
	public static final List<String> PURPOSES = List.of("incoming-call", "e-mail-answer", "callback", "visit");

	static final Duration VALID_FOR = Duration.ofHours(8);

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	ResidentLookups(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A look-up: whom, why, on which line. */
	public record Lookup(UUID id, String agentId, PersonalIdentityNumber resident, String purpose, ContactQueue queue, Instant at) {
	}

	@Transactional
	public Lookup lookUp(Actor agent, PersonalIdentityNumber resident, String purpose, ContactQueue queue) {
		Party.Staff staff = agentOf(agent);
		if (!PURPOSES.contains(purpose)) {
			throw new IllegalArgumentException("no purpose " + purpose + "; one of " + PURPOSES);
		}
		Lookup lookup = new Lookup(UuidCreator.getTimeOrderedEpoch(), staff.staffId(), resident, purpose, queue, clock.instant());
		jdbc.sql("INSERT INTO contact_lookup (id, agent_id, resident, purpose, queue, looked_up_at) VALUES (:id, :agent, :resident, :purpose, :queue, :at)")
				.param("id", lookup.id()).param("agent", staff.staffId()).param("resident", resident.value()).param("purpose", purpose)
				.param("queue", queue.code()).param("at", Timestamp.from(lookup.at())).update();
		return lookup;
	}

	/**
	 * The agent's own look-up, still within its shift, recording the read of what is shown.
	 *
	 * @param what what of the resident is shown ({@code contact:matters})
	 */
	public Optional<Lookup> read(Actor agent, UUID id, String what) {
		Party.Staff staff = agentOf(agent);
		Optional<Lookup> found = jdbc.sql("SELECT * FROM contact_lookup WHERE id = :id AND agent_id = :agent AND looked_up_at > :since")
				.param("id", id).param("agent", staff.staffId()).param("since", Timestamp.from(clock.instant().minus(VALID_FOR)))
				.query((rs, n) -> new Lookup(rs.getObject("id", UUID.class), rs.getString("agent_id"), PersonalIdentityNumber.parse(rs.getString("resident")),
						rs.getString("purpose"), ContactQueue.of(rs.getString("queue")).orElseThrow(), rs.getTimestamp("looked_up_at").toInstant()))
				.optional();
		found.ifPresent(lookup -> audit.recordRead(new AuditLog.Read(staff.staffId(), staff.name() == null ? staff.staffId() : staff.name(),
				StaffRoles.CONTACT_CENTRE_AGENT, lookup.resident().value(), what, lookup.purpose(), channel(lookup.purpose()))));
		return found;
	}

	private static String channel(String purpose) {
		return switch (purpose) {
			case "e-mail-answer" -> "email";
			case "visit" -> "visit";
			default -> "phone";
		};
	}

	static Party.Staff agentOf(Actor agent) {
		if (!(agent.who() instanceof Party.Staff staff) || !agent.hasRole(StaffRoles.CONTACT_CENTRE_AGENT)) {
			throw new IllegalStateException("only contact centre agents look residents up");
		}
		return staff;
	}
}
