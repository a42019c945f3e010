package org.cityhall.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditRecord;
import org.cityhall.identity.AssuranceCheck;
import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care diaries and who may read them. The person reads their own; a relative or friend reads it while
 * the person's {@link ConsentScope#CARE_DIARY} consent to them holds, asked of {@link Consents} on every
 * read; staff with the role {@value #CARE_STAFF} read the diaries of their own unit only. Reading needs a
 * login at {@link #REQUIRED_ASSURANCE}. Every read by someone other than the person is written to the
 * {@link AuditLog} in the read's transaction before anything is returned, and the person's "who read my
 * diary" is that log.
 */
@Service
public class CareDiaries {

	/** The staff role of those who write a unit's care records; its scope is {@code unit:<unit>}. */
	public static final String CARE_STAFF = "care-staff";
	/** How a read of a care diary is named in the audit log. */
	public static final String AUDIT_WHAT = "care-diary";
	/** The login a diary needs: substantial, as the definition's digital ID asks. */
	public static final LevelOfAssurance REQUIRED_ASSURANCE = LevelOfAssurance.LOA3;

	static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
	private static final String ENTRY = "id, kind, occurred_at, measure, note, performed_by";

	private final JdbcClient jdbc;
	private final Consents consents;
	private final PopulationRegister population;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RecordsArchive archive;

	CareDiaries(JdbcClient jdbc, Consents consents, PopulationRegister population, AuditLog audit,
			ApplicationEventPublisher events, RecordsArchive archive, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.population = population;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.archive = archive;
	}

	/** In which capacity someone opened a diary. */
	public enum Reader {
		/** The person whose diary it is. */
		SELF,
		/** A relative or friend with the person's consent. */
		RELATIVE,
		/** Staff of the person's unit. */
		CARE_STAFF
	}

	/** The login is below {@link #REQUIRED_ASSURANCE}: sign in again at it. */
	public static final class StepUpRequired extends RuntimeException {

		StepUpRequired() {
			super("a care diary needs a login at " + REQUIRED_ASSURANCE);
		}

		public String stepUpUrl() {
			return AssuranceCheck.stepUpUrl(REQUIRED_ASSURANCE);
		}
	}

	/** The person's own diary, if the unit has started one. */
	public Optional<Diary> diaryOf(PersonalIdentityNumber person) {
		return jdbc.sql(DIARY_OF).param(person.value()).query(CareDiaries::diary).optional();
	}

	/** {@link #diaryOf}, queued with the other sections' queries of My pages. */
	public Supplier<Optional<Diary>> diaryOf(PersonalIdentityNumber person, MyPagesReads reads) {
		Supplier<List<Diary>> found = reads.query(DIARY_OF, CareDiaries::diary, person.value());
		return () -> found.get().stream().findFirst();
	}

	private static final String DIARY_OF = "SELECT id, person, person_name, unit FROM records_diary WHERE person = ?";

	/** The diaries whose persons' care-diary consent to the grantee holds now, by name. */
	public List<Diary> sharedWith(PersonalIdentityNumber grantee) {
		return sharedBy(consents.activeReceivedBy(grantee));
	}

	/** {@link #sharedWith}, the consents queued with the other sections' queries of My pages; the diaries come after. */
	public Supplier<List<Diary>> sharedWith(PersonalIdentityNumber grantee, MyPagesReads reads) {
		Supplier<List<Consent>> received = consents.activeReceivedBy(grantee, reads);
		return () -> sharedBy(received.get());
	}

	private List<Diary> sharedBy(List<Consent> received) {
		List<Diary> shared = new ArrayList<>();
		for (Consent consent : received) {
			if (consent.scope() == ConsentScope.CARE_DIARY) {
				diaryOf(consent.grantor()).filter(d -> shared.stream().noneMatch(s -> s.id().equals(d.id())))
						.ifPresent(shared::add);
			}
		}
		return shared;
	}

	/**
	 * The diaries of the units where the member of staff holds {@value #CARE_STAFF}, by name. Listing them
	 * shows who receives care, so each person listed is a read in the audit log.
	 */
	@Transactional
	public List<Diary> inUnitsOf(Actor staff) {
		Party who = staff.who();
		List<String> units = unitsOf(staff);
		if (!(who instanceof Party.Staff) || units.isEmpty()) {
			return List.of();
		}
		List<Diary> diaries = jdbc.sql("SELECT id, person, person_name, unit FROM records_diary WHERE unit IN (:units) "
						+ "ORDER BY person_name, person")
				.param("units", units)
				.query(CareDiaries::diary)
				.list();
		audit.recordReads(diaries.stream()
				.map(d -> new AuditLog.Read(who.id(), who.displayName(), CARE_STAFF, d.person().value(), "care-recipients",
						"care-documentation", "web"))
				.toList());
		return diaries;
	}

	/**
	 * Opens a diary at a month — its latest month with notes when none is asked — for the one acting, and
	 * records the read in the audit log unless the reader is the person.
	 * @throws AccessDeniedException when the actor may not read it, and for a diary that does not exist, so
	 * the two cannot be told apart
	 * @throws StepUpRequired when the login is below {@link #REQUIRED_ASSURANCE}
	 */
	@Transactional
	public DiaryMonth open(Actor actor, UUID diaryId, Optional<YearMonth> month) {
		Diary diary = find(diaryId).orElseThrow(() -> denied(diaryId));
		Reader reader = readerOf(actor, diary).orElseThrow(() -> denied(diaryId));
		if (reader != Reader.CARE_STAFF && AssuranceCheck.check(actor, REQUIRED_ASSURANCE, false) != AssuranceCheck.Outcome.ALLOWED) {
			throw new StepUpRequired();
		}
		if (reader != Reader.SELF) {
			Party who = actor.who();
			audit.recordRead(new AuditLog.Read(who.id(), who.displayName(), reader == Reader.RELATIVE ? "relative" : CARE_STAFF,
					diary.person().value(), AUDIT_WHAT,
					reader == Reader.RELATIVE ? "consent:" + AUDIT_WHAT : "care-documentation", "web"));
		}
		YearMonth shown = month.orElseGet(() -> latestNote(diary.id())
				.map(at -> YearMonth.from(at.atZone(ZONE))).orElseGet(() -> YearMonth.now(clock.withZone(ZONE))));
		Instant from = shown.atDay(1).atStartOfDay(ZONE).toInstant();
		Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
		List<DiaryEntry> standing = jdbc.sql("SELECT " + ENTRY + " FROM records_diary_entry WHERE diary_id = :diary "
						+ "AND kind <> 'note' ORDER BY kind, occurred_at DESC, id DESC LIMIT 100")
				.param("diary", diary.id())
				.query(CareDiaries::entry)
				.list();
		List<DiaryEntry> notes = jdbc.sql("SELECT " + ENTRY + " FROM records_diary_entry WHERE diary_id = :diary "
						+ "AND occurred_at >= :from AND occurred_at < :to AND kind = 'note' ORDER BY occurred_at DESC, id DESC")
				.param("diary", diary.id())
				.param("from", utc(from))
				.param("to", utc(to))
				.query(CareDiaries::entry)
				.list();
		Optional<YearMonth> earlier = jdbc.sql("SELECT occurred_at FROM records_diary_entry WHERE diary_id = :diary "
						+ "AND occurred_at < :from AND kind = 'note' ORDER BY occurred_at DESC LIMIT 1")
				.param("diary", diary.id()).param("from", utc(from))
				.query((rs, row) -> YearMonth.from(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ZONE)))
				.optional();
		Optional<YearMonth> later = jdbc.sql("SELECT occurred_at FROM records_diary_entry WHERE diary_id = :diary "
						+ "AND occurred_at >= :to AND kind = 'note' ORDER BY occurred_at LIMIT 1")
				.param("diary", diary.id()).param("to", utc(to))
				.query((rs, row) -> YearMonth.from(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ZONE)))
				.optional();
		return new DiaryMonth(diary, reader, shown, standing, notes, earlier, later);
	}

	/**
	 * Who has read the person's diary, and when, newest first, from the audit log: relatives and staff,
	 * never the person themself.
	 * @throws AccessDeniedException unless the actor is a person acting for themselves
	 */
	public List<AuditRecord> readersOf(Actor actor, int limit) {
		PersonalIdentityNumber person = selfPerson(actor)
				.orElseThrow(() -> new AccessDeniedException("only the person themself sees who read their care diary"));
		return audit.readsOf(person.value(), Set.of(AUDIT_WHAT), limit);
	}

	/**
	 * A member of staff of the diary's unit writes a day-to-day note, filed in the archive.
	 * @throws AccessDeniedException for anyone else
	 * @throws IllegalArgumentException when the measure is blank or the time is in the future
	 */
	@Transactional
	public DiaryEntry writeNote(Actor staff, UUID diaryId, Instant occurredAt, String measure, String note) {
		Diary diary = find(diaryId).orElseThrow(() -> denied(diaryId));
		if (readerOf(staff, diary).filter(r -> r == Reader.CARE_STAFF).isEmpty()) {
			throw denied(diaryId);
		}
		if (measure == null || measure.isBlank()) {
			throw new IllegalArgumentException("a note says what was done");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (occurredAt.isAfter(now)) {
			throw new IllegalArgumentException("a note records what was done, not what will be: " + occurredAt + " is in the future");
		}
		DiaryEntry entry = new DiaryEntry(UuidCreator.getTimeOrderedEpoch(), DiaryEntry.Kind.NOTE,
				occurredAt.truncatedTo(ChronoUnit.MICROS), measure.strip(), note == null ? "" : note.strip(),
				staff.who().displayName());
		jdbc.sql("""
				INSERT INTO records_diary_entry (id, diary_id, kind, occurred_at, measure, note, performed_by, source, source_ref, recorded_at)
				VALUES (:id, :diary, 'note', :at, :measure, :note, :by, :source, :ref, :now)
				""")
				.param("id", entry.id()).param("diary", diary.id()).param("at", utc(entry.occurredAt()))
				.param("measure", entry.measure()).param("note", entry.note()).param("by", entry.performedBy())
				.param("source", "staff:" + staff.who().id()).param("ref", entry.id().toString()).param("now", utc(now))
				.update();
		events.publishEvent(new CareNoteWritten(UuidCreator.getTimeOrderedEpoch(), now, diary.id(), diary.person(),
				entry.id(), staff.who().id(), archive.careDiary()));
		return entry;
	}

	/**
	 * Starts the person's diary in the unit, or moves it to the unit, and returns it. The name is taken
	 * from the population register.
	 */
	@Transactional
	public Diary start(PersonalIdentityNumber person, String unit) {
		String name = population.find(person).map(p -> p.fullName()).orElse("");
		jdbc.sql("""
				INSERT INTO records_diary (id, person, person_name, unit, created_at) VALUES (:id, :person, :name, :unit, :now)
				ON CONFLICT (person) DO UPDATE SET unit = EXCLUDED.unit
				""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("person", person.value()).param("name", name)
				.param("unit", unit).param("now", utc(clock.instant()))
				.update();
		return diaryOf(person).orElseThrow();
	}

	Optional<Diary> find(UUID id) {
		return jdbc.sql("SELECT id, person, person_name, unit FROM records_diary WHERE id = :id")
				.param("id", id)
				.query(CareDiaries::diary)
				.optional();
	}

	private Optional<Reader> readerOf(Actor actor, Diary diary) {
		Party who = actor.who();
		if (who instanceof Party.Person) {
			PersonalIdentityNumber number = ((Party.Person) who).number();
			if (number.equals(diary.person())) {
				return Optional.of(Reader.SELF);
			}
			// Asked afresh on every read: a consent revoked or run out stops access with the next one.
			return consents.isActive(diary.person(), number, ConsentScope.CARE_DIARY)
					? Optional.of(Reader.RELATIVE) : Optional.empty();
		}
		if (who instanceof Party.Staff && unitsOf(actor).contains(diary.unit())) {
			return Optional.of(Reader.CARE_STAFF);
		}
		return Optional.empty();
	}

	private static List<String> unitsOf(Actor actor) {
		return actor.roles().stream()
				.filter(role -> role.role().equals(CARE_STAFF) && role.scope().startsWith("unit:"))
				.map(ScopedRole::scope)
				.map(scope -> scope.substring("unit:".length()))
				.distinct()
				.toList();
	}

	private static Optional<PersonalIdentityNumber> selfPerson(Actor actor) {
		if (actor.who() instanceof Party.Person && !actor.actsForSomeoneElse()) {
			return Optional.of(((Party.Person) actor.who()).number());
		}
		return Optional.empty();
	}

	private Optional<Instant> latestNote(UUID diary) {
		return jdbc.sql("SELECT occurred_at FROM records_diary_entry WHERE diary_id = :diary AND kind = 'note' "
						+ "ORDER BY occurred_at DESC LIMIT 1")
				.param("diary", diary)
				.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
				.optional();
	}

	private static AccessDeniedException denied(UUID diaryId) {
		return new AccessDeniedException("not allowed to read care diary " + diaryId);
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Diary diary(ResultSet rs, int row) throws SQLException {
		return new Diary(rs.getObject("id", UUID.class), PersonalIdentityNumber.parse(rs.getString("person"), LocalDate.MAX),
				rs.getString("person_name"), rs.getString("unit"));
	}

	private static DiaryEntry entry(ResultSet rs, int row) throws SQLException {
		return new DiaryEntry(rs.getObject("id", UUID.class), DiaryEntry.Kind.ofCode(rs.getString("kind")).orElseThrow(),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("measure"), rs.getString("note"),
				rs.getString("performed_by"));
	}
}
