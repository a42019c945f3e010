package org.cityhall.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.audit.AuditLog;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.queues.Alternative;
import org.cityhall.queues.Queues;
import org.cityhall.records.PreschoolViews.Absence;
import org.cityhall.records.PreschoolViews.Child;
import org.cityhall.records.PreschoolViews.Day;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-school portal. The pre-schools are the queues module's pre-school alternatives, asked of its API;
 * the portal keeps which child goes to which, the published week, absences and withdrawals; talks
 * ({@link DevelopmentTalks}), pictures ({@link PreschoolPictures}) and messages ({@link PreschoolMessages})
 * keep their own and ask this class who may.
 * A guardian is whoever the population register says has custody of the child today, asked on every use;
 * staff hold {@value #PRESCHOOL_STAFF} scoped to the pre-school ({@code unit:<pre-school id>}). Reads of a
 * child's data by staff and of a child's pictures are audited; everything written is an event filed in
 * the archive.
 */
@Service
public class Preschools {

	/** The staff role of a pre-school's teachers; its scope is {@code unit:<pre-school id>}. */
	public static final String PRESCHOOL_STAFF = "preschool-staff";
	/** The queue whose alternatives are the pre-schools. */
	public static final String QUEUE = "preschool";
	/** How the portal's reads are named in the audit log. */
	public static final String AUDIT_WHAT = "pre-school-portal";
	/** How far ahead an absence may be reported, in days. */
	public static final int ABSENCE_DAYS_AHEAD = 30;

	private final JdbcClient jdbc;
	private final Queues queues;
	private final PopulationRegister population;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RecordsArchive archive;

	Preschools(JdbcClient jdbc, Queues queues, PopulationRegister population, AuditLog audit,
			ApplicationEventPublisher events, RecordsArchive archive, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.queues = queues;
		this.population = population;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.archive = archive;
	}

	/** The city's pre-schools, by name. */
	public List<Alternative> preschools() {
		return queues.alternatives(QUEUE);
	}

	/** A pre-school by its id; empty for anything that is not one. */
	public Optional<Alternative> preschool(String id) {
		return queues.alternative(id).filter(a -> a.queueId().equals(QUEUE));
	}

	/** Today in Stockholm. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(CareDiaries.ZONE));
	}

	/**
	 * The child goes to the pre-school from now on, and no longer to any other. The queues module's
	 * accepted offers enrol children; the demo city enrols its own.
	 * @throws IllegalArgumentException for a pre-school that does not exist
	 */
	@Transactional
	public UUID enrol(PersonalIdentityNumber child, String preschool) {
		preschool(preschool).orElseThrow(() -> new IllegalArgumentException("no pre-school '" + preschool + "'"));
		jdbc.sql("""
				INSERT INTO records_preschool_child (id, child, preschool, enrolled_at) VALUES (:id, :child, :preschool, :now)
				ON CONFLICT (child) DO UPDATE SET preschool = EXCLUDED.preschool
				""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("child", child.value()).param("preschool", preschool)
				.param("now", CareDiaries.utc(clock.instant()))
				.update();
		return jdbc.sql("SELECT id FROM records_preschool_child WHERE child = :child").param("child", child.value())
				.query(UUID.class).single();
	}

	/** The children under 18 today of whom the signed-in person is guardian, who go to a pre-school. */
	public List<Child> childrenOf(Actor guardian) {
		return person(guardian).map(this::childrenOf).orElse(List.of());
	}

	/** The children under 18 today of whom the person is guardian, who go to a pre-school. */
	public List<Child> childrenOf(PersonalIdentityNumber guardian) {
		return enrolled(population.childrenOf(guardian));
	}

	/** {@link #childrenOf(PersonalIdentityNumber)}, the register queued with My pages' other queries; enrolments come after. */
	public Supplier<List<Child>> childrenOf(PersonalIdentityNumber guardian, MyPagesReads reads) {
		Supplier<List<Person>> children = population.childrenOf(guardian, reads);
		return () -> enrolled(children.get());
	}

	private List<Child> enrolled(List<Person> inCare) {
		List<Child> children = new ArrayList<>();
		for (Person child : inCare) {
			enrolmentOf(child.number()).ifPresent(children::add);
		}
		return children;
	}

	/**
	 * The child of an enrolment, for a guardian of the child, the read audited.
	 * @throws AccessDeniedException for anyone else, and for an enrolment that does not exist
	 */
	@Transactional
	public Child childFor(Actor guardian, UUID enrolmentId) {
		Child child = enrolment(enrolmentId).filter(c -> isGuardian(guardian, c.number()))
				.orElseThrow(() -> new AccessDeniedException("not a guardian of the child of enrolment " + enrolmentId));
		record(guardian, "guardian", child.number(), "guardianship");
		return child;
	}

	/**
	 * The child of an enrolment, for staff of the child's pre-school, the read audited.
	 * @throws AccessDeniedException for anyone else, and for an enrolment that does not exist
	 */
	@Transactional
	public Child childForStaff(Actor staff, UUID enrolmentId) {
		Child child = enrolment(enrolmentId).filter(c -> isStaffOf(staff, c.preschool()))
				.orElseThrow(() -> new AccessDeniedException("not staff of the pre-school of enrolment " + enrolmentId));
		record(staff, PRESCHOOL_STAFF, child.number(), "care-documentation");
		return child;
	}

	/** The days of the week that begins on the Monday of {@code day}, as published; days not published are left out. */
	public List<Day> week(String preschool, LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return jdbc.sql("SELECT day, activities, menu FROM records_preschool_day WHERE preschool = :p AND day >= :from "
						+ "AND day < :to ORDER BY day")
				.param("p", preschool).param("from", monday).param("to", monday.plusDays(7))
				.query((rs, row) -> new Day(rs.getObject("day", LocalDate.class), rs.getString("activities"), rs.getString("menu")))
				.list();
	}

	/**
	 * Staff publish the week that begins on {@code monday}: the days given replace what was there.
	 * @throws AccessDeniedException unless the actor is staff of the pre-school
	 */
	@Transactional
	public void publishWeek(Actor staff, String preschool, LocalDate monday, List<Day> days) {
		requireStaff(staff, preschool);
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("a week is published from its Monday, not " + monday);
		}
		Instant now = now();
		for (Day day : days) {
			if (day.day().isBefore(monday) || !day.day().isBefore(monday.plusDays(7))) {
				throw new IllegalArgumentException(day.day() + " is not in the week of " + monday);
			}
			jdbc.sql("""
					INSERT INTO records_preschool_day (preschool, day, activities, menu, published_at)
					VALUES (:p, :day, :activities, :menu, :now)
					ON CONFLICT (preschool, day) DO UPDATE SET activities = EXCLUDED.activities, menu = EXCLUDED.menu,
					    published_at = EXCLUDED.published_at
					""")
					.param("p", preschool).param("day", day.day()).param("activities", day.activities().strip())
					.param("menu", day.menu().strip()).param("now", CareDiaries.utc(now))
					.update();
		}
		events.publishEvent(new WeekPublished(UuidCreator.getTimeOrderedEpoch(), now, preschool, monday, staff.who().id(),
				RecordsArchive.PRESCHOOL_WEEK));
	}

	/**
	 * A guardian reports the child absent on a day, today or up to {@value #ABSENCE_DAYS_AHEAD} days ahead.
	 * @return false when the child was already reported absent that day (nothing changes)
	 * @throws AccessDeniedException unless the actor is the child's guardian
	 * @throws IllegalArgumentException for a day in the past or too far ahead, or a reason that is neither
	 * {@code ill} nor {@code other}
	 */
	@Transactional
	public boolean reportAbsence(Actor guardian, UUID enrolmentId, LocalDate day, String reason) {
		Child child = childFor(guardian, enrolmentId);
		LocalDate today = today();
		if (day.isBefore(today) || day.isAfter(today.plusDays(ABSENCE_DAYS_AHEAD))) {
			throw new IllegalArgumentException("an absence is reported for today or a day up to " + ABSENCE_DAYS_AHEAD
					+ " days ahead, not " + day);
		}
		if (!"ill".equals(reason) && !"other".equals(reason)) {
			throw new IllegalArgumentException("the reason is ill or other");
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = now();
		int added = jdbc.sql("""
				INSERT INTO records_absence (id, child, preschool, day, reason, reported_by, reported_at)
				VALUES (:id, :child, :p, :day, :reason, :by, :now) ON CONFLICT (child, day) DO NOTHING
				""")
				.param("id", id).param("child", child.number().value()).param("p", child.preschool()).param("day", day)
				.param("reason", reason).param("by", person(guardian).orElseThrow().value()).param("now", CareDiaries.utc(now))
				.update();
		if (added == 0) {
			return false;
		}
		events.publishEvent(new AbsenceReported(UuidCreator.getTimeOrderedEpoch(), now, id, child.enrolmentId(), child.number(),
				child.preschool(), day, reason, person(guardian).orElseThrow(), archive.preschoolChild()));
		return true;
	}

	/** The days the child is reported absent from today on. */
	public List<LocalDate> absencesAhead(Child child) {
		return jdbc.sql("SELECT day FROM records_absence WHERE child = :c AND day >= :today ORDER BY day")
				.param("c", child.number().value()).param("today", today())
				.query(LocalDate.class).list();
	}

	/**
	 * The children of the pre-school reported absent on the day, for its staff; each child shown is an
	 * audited read.
	 */
	@Transactional
	public List<Absence> absences(Actor staff, String preschool, LocalDate day) {
		requireStaff(staff, preschool);
		List<String[]> rows = jdbc.sql("SELECT child, reason FROM records_absence WHERE preschool = :p AND day = :day ORDER BY child")
				.param("p", preschool).param("day", day)
				.query((rs, row) -> new String[] {rs.getString("child"), rs.getString("reason")})
				.list();
		audit.recordReads(rows.stream().map(r -> new AuditLog.Read(staff.who().id(), staff.who().displayName(), PRESCHOOL_STAFF,
				r[0], AUDIT_WHAT, "care-documentation", "web")).toList());
		return rows.stream().map(r -> new Absence(nameOf(number(r[0])), day, r[1])).toList();
	}

	/** How far ahead a withdrawal's last day may be, in days. */
	public static final int WITHDRAWAL_DAYS_AHEAD = 365;

	/**
	 * A guardian applies to end the child's place with a last day, today or up to a year ahead; applying
	 * again changes the last day.
	 * @throws AccessDeniedException unless the actor is the child's guardian
	 * @throws IllegalArgumentException for a last day in the past or more than a year ahead
	 */
	@Transactional
	public void applyForWithdrawal(Actor guardian, UUID enrolmentId, LocalDate lastDay) {
		Child child = childFor(guardian, enrolmentId);
		LocalDate today = today();
		if (lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(WITHDRAWAL_DAYS_AHEAD))) {
			throw new IllegalArgumentException("the last day is today or up to " + WITHDRAWAL_DAYS_AHEAD + " days ahead, not " + lastDay);
		}
		Instant now = now();
		PersonalIdentityNumber me = person(guardian).orElseThrow();
		jdbc.sql("""
				INSERT INTO records_withdrawal (id, child, preschool, last_day, applied_by, applied_at)
				VALUES (:id, :child, :p, :day, :by, :now)
				ON CONFLICT (child) DO UPDATE SET last_day = EXCLUDED.last_day, applied_by = EXCLUDED.applied_by,
				    applied_at = EXCLUDED.applied_at, preschool = EXCLUDED.preschool
				""")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("child", child.number().value()).param("p", child.preschool())
				.param("day", lastDay).param("by", me.value()).param("now", CareDiaries.utc(now))
				.update();
		events.publishEvent(new WithdrawalApplied(UuidCreator.getTimeOrderedEpoch(), now, child.enrolmentId(), child.number(),
				child.preschool(), lastDay, me, archive.preschoolChild()));
	}

	/** The last day the child's guardians applied for, if they have. */
	public Optional<LocalDate> withdrawal(Child child) {
		return jdbc.sql("SELECT last_day FROM records_withdrawal WHERE child = :c")
				.param("c", child.number().value()).query(LocalDate.class).optional();
	}

	/** The matter under which a child's pre-school records and charges are kept. */
	public static String matterOf(Child child) {
		return "preschool-child-" + child.enrolmentId();
	}

	/** The children of the pre-school, by name, for its staff; listing them is an audited read of each. */
	@Transactional
	public List<Child> children(Actor staff, String preschool) {
		requireStaff(staff, preschool);
		List<Child> children = jdbc.sql("SELECT id, child, preschool FROM records_preschool_child WHERE preschool = :p")
				.param("p", preschool)
				.query(this::child)
				.list().stream().sorted(java.util.Comparator.comparing(Child::name)).toList();
		audit.recordReads(children.stream().map(c -> new AuditLog.Read(staff.who().id(), staff.who().displayName(),
				PRESCHOOL_STAFF, c.number().value(), AUDIT_WHAT, "care-documentation", "web")).toList());
		return children;
	}

	/** Whether the actor is staff of the pre-school. */
	public boolean isStaffOf(Actor actor, String preschool) {
		return actor.who() instanceof Party.Staff && actor.roles().stream()
				.anyMatch(r -> r.role().equals(PRESCHOOL_STAFF) && r.scope().equals("unit:" + preschool));
	}

	/** The pre-schools where the actor is staff. */
	public List<Alternative> preschoolsOf(Actor staff) {
		return preschools().stream().filter(p -> isStaffOf(staff, p.id())).toList();
	}

	void requireStaff(Actor staff, String preschool) {
		if (!isStaffOf(staff, preschool)) {
			throw new AccessDeniedException("not staff of pre-school " + preschool);
		}
	}

	boolean isGuardian(Actor actor, PersonalIdentityNumber child) {
		return person(actor).map(me -> population.isGuardianOf(me, child)).orElse(false);
	}

	void record(Actor actor, String role, PersonalIdentityNumber subject, String purpose) {
		audit.recordRead(new AuditLog.Read(actor.who().id(), actor.who().displayName(), role, subject.value(), AUDIT_WHAT,
				purpose, "web"));
	}

	private Optional<Child> enrolmentOf(PersonalIdentityNumber child) {
		return jdbc.sql("SELECT id, child, preschool FROM records_preschool_child WHERE child = :c")
				.param("c", child.value()).query(this::child).optional();
	}

	Optional<Child> enrolment(UUID id) {
		return jdbc.sql("SELECT id, child, preschool FROM records_preschool_child WHERE id = :id")
				.param("id", id).query(this::child).optional();
	}

	private Child child(ResultSet rs, int row) throws SQLException {
		PersonalIdentityNumber number = number(rs.getString("child"));
		String preschool = rs.getString("preschool");
		return new Child(rs.getObject("id", UUID.class), number, nameOf(number), preschool,
				preschool(preschool).map(Alternative::name).orElse(preschool));
	}

	private String nameOf(PersonalIdentityNumber number) {
		return population.find(number).map(p -> p.fullName()).orElse(number.masked());
	}

	static Optional<PersonalIdentityNumber> person(Actor actor) {
		return actor.who() instanceof Party.Person ? Optional.of(((Party.Person) actor.who()).number()) : Optional.empty();
	}

	static PersonalIdentityNumber number(String twelveDigits) {
		return PersonalIdentityNumber.parse(twelveDigits, LocalDate.MAX);
	}

	Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
