package org.cityhall.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents a person gives a named relative or friend: scoped, time-limited and revocable. A
 * consent is asked about afresh on every use; nothing here is cached, so a revocation takes
 * effect with the very next question. Given, revoked and expired consents are all kept for the
 * record. {@link ConsentGranted} and {@link ConsentRevoked} are published inside the transaction
 * that makes the change.
 */
@Service
public class Consents {

	/** How far ahead the last day of a consent may be, in years from today. */
	public static final int MAX_YEARS_AHEAD = 5;

	private static final String COLUMNS = """
			id, grantor, grantor_name, grantee, grantee_name, scope, valid_from, valid_until, revoked_at""";

	private final JdbcClient jdbc;
	private final PopulationRegister population;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	@Autowired
	Consents(JdbcClient jdbc, PopulationRegister population, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this(jdbc, population, events, clock.getIfUnique(Clock::systemUTC));
	}

	/**
	 * Consents kept in the database behind {@code jdbc}, judged by the given clock.
	 * @param events where {@link ConsentGranted} and {@link ConsentRevoked} are published
	 */
	public Consents(JdbcClient jdbc, PopulationRegister population, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.population = Objects.requireNonNull(population, "population");
		this.events = Objects.requireNonNull(events, "events");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * The grantor gives the grantee a consent from now until the end of {@code lastDay} in
	 * Stockholm. The grantee's name is taken from the population register; someone the register
	 * does not know may still be given a consent, with the name left empty.
	 *
	 * @param grantor a person acting for themselves
	 * @param lastDay the last day the consent holds: today or later, at most
	 *        {@value #MAX_YEARS_AHEAD} years ahead
	 * @return the consent as stored
	 * @throws AccessDeniedException if the grantor is not a person acting for themselves
	 * @throws IllegalArgumentException if the grantee is the grantor or the last day is out of range
	 */
	@Transactional
	public Consent grant(Actor grantor, PersonalIdentityNumber grantee, ConsentScope scope, LocalDate lastDay) {
		Objects.requireNonNull(grantor, "grantor");
		Objects.requireNonNull(grantee, "grantee");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(lastDay, "lastDay");
		Party.Person person = personActingForThemselves(grantor)
				.orElseThrow(() -> new AccessDeniedException("only a person acting for themselves may give a consent"));
		if (person.number().equals(grantee)) {
			throw new IllegalArgumentException("a person cannot give a consent to themselves");
		}
		Instant now = now();
		LocalDate today = LocalDate.ofInstant(now, Consent.ZONE);
		if (lastDay.isBefore(today)) {
			throw new IllegalArgumentException("the last day of a consent must be today, " + today + ", or later, not " + lastDay);
		}
		LocalDate latest = latestLastDay(today);
		if (lastDay.isAfter(latest)) {
			throw new IllegalArgumentException("the last day of a consent may be at most " + MAX_YEARS_AHEAD
					+ " years ahead, " + latest + " at the latest, not " + lastDay);
		}
		String grantorName = isBlank(person.name()) ? registeredName(person.number()) : person.name().strip();
		Consent consent = new Consent(nextId(now), person.number(), grantorName, grantee, registeredName(grantee), scope,
				now, lastDay.plusDays(1).atStartOfDay(Consent.ZONE).toInstant(), null);
		jdbc.sql("""
				INSERT INTO identity_consent (id, grantor, grantor_name, grantee, grantee_name, scope, valid_from, valid_until, created_at)
				VALUES (:id, :grantor, :grantorName, :grantee, :granteeName, :scope, :validFrom, :validUntil, :createdAt)
				""")
				.param("id", consent.id())
				.param("grantor", consent.grantor().value())
				.param("grantorName", consent.grantorName())
				.param("grantee", consent.grantee().value())
				.param("granteeName", consent.granteeName())
				.param("scope", consent.scope().name())
				.param("validFrom", timestamp(consent.validFrom()))
				.param("validUntil", timestamp(consent.validUntil()))
				.param("createdAt", timestamp(now))
				.update();
		events.publishEvent(new ConsentGranted(nextId(now), now, consent.id(), consent.grantor(), consent.grantee(),
				consent.scope(), consent.validUntil()));
		return consent;
	}

	/**
	 * Ends a consent now: the grantor revokes it, or the grantee gives it up. From this moment on
	 * {@link #isActive} says no. Revoking a consent already revoked changes nothing.
	 *
	 * @param actor the grantor or the grantee, acting for themselves
	 * @throws AccessDeniedException for anyone else, and for a consent that does not exist
	 */
	@Transactional
	public void revoke(Actor actor, UUID consentId) {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(consentId, "consentId");
		Optional<Consent> found = jdbc.sql("SELECT " + COLUMNS + " FROM identity_consent WHERE id = :id FOR UPDATE")
				.param("id", consentId)
				.query((rs, row) -> consent(rs))
				.optional();
		Optional<PersonalIdentityNumber> number = personActingForThemselves(actor).map(Party.Person::number);
		if (found.isEmpty() || number.isEmpty()
				|| !number.get().equals(found.get().grantor()) && !number.get().equals(found.get().grantee())) {
			throw new AccessDeniedException("only the grantor or the grantee, acting for themselves, may revoke consent " + consentId);
		}
		Consent consent = found.get();
		if (consent.isRevoked()) {
			return;
		}
		Instant now = now();
		jdbc.sql("UPDATE identity_consent SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
				.param("now", timestamp(now))
				.param("by", number.get().value())
				.param("id", consentId)
				.update();
		events.publishEvent(new ConsentRevoked(nextId(now), now, consent.id(), consent.grantor(), consent.grantee(),
				number.get().value()));
	}

	/**
	 * Whether the grantor's consent lets the grantee do what the scope says now. Asks the database
	 * every time; ask again for every use rather than keeping the answer.
	 */
	public boolean isActive(PersonalIdentityNumber grantor, PersonalIdentityNumber grantee, ConsentScope scope) {
		Objects.requireNonNull(grantor, "grantor");
		Objects.requireNonNull(grantee, "grantee");
		Objects.requireNonNull(scope, "scope");
		// Any revocation counts, whatever the clock of the node that wrote it said.
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM identity_consent
				                WHERE grantee = :grantee AND scope = :scope AND grantor = :grantor
				                  AND revoked_at IS NULL AND valid_from <= :now AND valid_until > :now)
				""")
				.param("grantor", grantor.value())
				.param("grantee", grantee.value())
				.param("scope", scope.name())
				.param("now", timestamp(now()))
				.query(Boolean.class)
				.single();
	}

	/** Every consent the person has given, newest first, revoked and expired ones included. */
	public List<Consent> givenBy(PersonalIdentityNumber grantor) {
		Objects.requireNonNull(grantor, "grantor");
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_consent WHERE grantor = :grantor ORDER BY created_at DESC, id DESC")
				.param("grantor", grantor.value())
				.query((rs, row) -> consent(rs))
				.list();
	}

	/** Every consent the person has received, newest first, revoked and expired ones included. */
	public List<Consent> receivedBy(PersonalIdentityNumber grantee) {
		Objects.requireNonNull(grantee, "grantee");
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_consent WHERE grantee = :grantee ORDER BY created_at DESC, id DESC")
				.param("grantee", grantee.value())
				.query((rs, row) -> consent(rs))
				.list();
	}

	/** The consents the person has received that hold now, newest first. */
	public List<Consent> activeReceivedBy(PersonalIdentityNumber grantee) {
		Objects.requireNonNull(grantee, "grantee");
		OffsetDateTime now = timestamp(now());
		return jdbc.sql(ACTIVE_RECEIVED_BY).params(grantee.value(), now, now).query((rs, row) -> consent(rs)).list();
	}

	/** {@link #activeReceivedBy}, queued with the other sections' queries of My pages. */
	public Supplier<List<Consent>> activeReceivedBy(PersonalIdentityNumber grantee, MyPagesReads reads) {
		Objects.requireNonNull(grantee, "grantee");
		OffsetDateTime now = timestamp(now());
		return reads.query(ACTIVE_RECEIVED_BY, (rs, row) -> consent(rs), grantee.value(), now, now);
	}

	private static final String ACTIVE_RECEIVED_BY = "SELECT " + COLUMNS + """
			 FROM identity_consent
			WHERE grantee = ? AND revoked_at IS NULL AND valid_from <= ? AND valid_until > ?
			ORDER BY created_at DESC, id DESC""";

	/** The latest last day a consent given on {@code today} may have. */
	public static LocalDate latestLastDay(LocalDate today) {
		return today.plusYears(MAX_YEARS_AHEAD);
	}

	private static Optional<Party.Person> personActingForThemselves(Actor actor) {
		if (actor.representation() == Actor.Representation.SELF && actor.who() instanceof Party.Person person
				&& actor.forWhom().id().equals(person.id())) {
			return Optional.of(person);
		}
		return Optional.empty();
	}

	private String registeredName(PersonalIdentityNumber number) {
		return population.find(number).map(Person::fullName).orElse("");
	}

	// The database keeps microseconds; an instant kept whole would not compare equal once read back.
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Consent consent(ResultSet rs) throws SQLException {
		return new Consent(rs.getObject("id", UUID.class),
				stored(rs.getString("grantor")), rs.getString("grantor_name"),
				stored(rs.getString("grantee")), rs.getString("grantee_name"),
				ConsentScope.valueOf(rs.getString("scope")),
				instant(rs, "valid_from"), instant(rs, "valid_until"), instant(rs, "revoked_at"));
	}

	// Numbers were checked when the consent was given; judged against the furthest date, so a clock
	// that disagrees never refuses one as lying in the future.
	private static PersonalIdentityNumber stored(String twelveDigits) {
		return PersonalIdentityNumber.parse(twelveDigits, LocalDate.MAX);
	}

	/** A UUID version 7 (RFC 9562), so ids sort roughly by the time they were made. */
	private static UUID nextId(Instant now) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long mostSignificant = (now.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | random.nextInt(0x1000);
		long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
		return new UUID(mostSignificant, leastSignificant);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
