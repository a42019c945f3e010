package org.cityhall.booking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The resources that can be booked and what is bookable in them: staff create and close both, and mark
 * the days a resource is closed. A bookable is only made within its resource's opening hours and never
 * on a closed day.
 */
@Service
public class Resources {

	static final String BOOKABLE_COLUMNS = """
			b.id, b.code, b.resource_id, r.code AS resource_code, r.name_sv AS resource_sv, r.name_en AS resource_en,
			r.kind AS resource_kind, r.department, b.eservice, b.kind,
			b.title_sv, b.title_en, b.starts_at, b.ends_at, b.capacity, b.taken, b.min_age, b.max_age, b.fee, b.vat_rate,
			b.cancel_before_hours, b.closed_at""";

	static final String BOOKABLE_FROM = " FROM booking_bookable b JOIN booking_resource r ON r.id = b.resource_id ";

	private final JdbcClient jdbc;
	private final Clock clock;

	Resources(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A resource as staff see it. */
	public record Resource(UUID id, String code, ResourceKind kind, String department, LocalizedText name, LocalTime opens,
			LocalTime closes, Optional<Instant> closedAt) {
	}

	/**
	 * What a new bookable is.
	 *
	 * @param sessions when a course meets; empty for a slot, a season time or a camp week, which is one span
	 */
	public record NewBookable(String code, String resourceCode, String eservice, BookableKind kind, LocalizedText title,
			Instant startsAt, Instant endsAt, int capacity, OptionalInt minAge, OptionalInt maxAge, Optional<Money> fee,
			BigDecimal vatRate, int cancelBeforeHours, List<Session> sessions) {

		public NewBookable {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(title, "title");
			sessions = List.copyOf(sessions);
			if (capacity < 1) {
				throw new IllegalArgumentException("a bookable has at least one place, not " + capacity);
			}
			if (!startsAt.isBefore(endsAt)) {
				throw new IllegalArgumentException("a bookable ends after it starts: " + startsAt + " to " + endsAt);
			}
		}
	}

	/** One meeting of a course. */
	public record Session(Instant startsAt, Instant endsAt) {
	}

	@Transactional
	public Resource createResource(String code, ResourceKind kind, String department, LocalizedText name, LocalTime opens,
			LocalTime closes) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("a resource closes after it opens: " + opens + " to " + closes);
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				INSERT INTO booking_resource (id, code, kind, department, name_sv, name_en, opens, closes)
				VALUES (:id, :code, :kind, :department, :sv, :en, :opens, :closes)
				""").param("id", id).param("code", code).param("kind", kind.name()).param("department", department)
				.param("sv", name.sv()).param("en", name.en()).param("opens", opens).param("closes", closes).update();
		return new Resource(id, code, kind, department, name, opens, closes, Optional.empty());
	}

	/** The resource with the code, open or closed. */
	public Optional<Resource> resource(String code) {
		return jdbc.sql("SELECT * FROM booking_resource WHERE code = :code").param("code", code).query(Resources::resource)
				.optional();
	}

	/** Every resource, open first, by name. */
	public List<Resource> resources() {
		return jdbc.sql("SELECT * FROM booking_resource ORDER BY closed_at NULLS FIRST, name_sv").query(Resources::resource)
				.list();
	}

	/** Closes a resource for good: nothing new can be made bookable in it. Bookings already made stand. */
	@Transactional
	public void closeResource(String code) {
		jdbc.sql("UPDATE booking_resource SET closed_at = :now WHERE code = :code AND closed_at IS NULL")
				.param("now", utc(clock.instant())).param("code", code).update();
	}

	/** Marks a day the resource is closed, with the reason shown to those who look. */
	@Transactional
	public void closeOn(String resourceCode, LocalDate day, String reason) {
		Resource resource = resource(resourceCode).orElseThrow(() -> new IllegalArgumentException("no resource " + resourceCode));
		jdbc.sql("""
				INSERT INTO booking_closed_date (resource_id, day, reason) VALUES (:resource, :day, :reason)
				ON CONFLICT (resource_id, day) DO UPDATE SET reason = EXCLUDED.reason
				""").param("resource", resource.id()).param("day", day).param("reason", reason).update();
	}

	/** The days the resource is closed between the two days, both included. */
	public List<LocalDate> closedDays(String resourceCode, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT d.day FROM booking_closed_date d JOIN booking_resource r ON r.id = d.resource_id
				WHERE r.code = :code AND d.day BETWEEN :from AND :to ORDER BY d.day
				""").param("code", resourceCode).param("from", from).param("to", to).query(LocalDate.class).list();
	}

	/**
	 * Makes something bookable.
	 *
	 * @throws IllegalArgumentException when the resource is unknown or closed, the times are outside its
	 *         opening hours or on a closed day, or the code is taken
	 */
	@Transactional
	public Bookable createBookable(NewBookable bookable) {
		Resource resource = resource(bookable.resourceCode())
				.orElseThrow(() -> new IllegalArgumentException("no resource " + bookable.resourceCode()));
		if (resource.closedAt().isPresent()) {
			throw new IllegalArgumentException("resource " + resource.code() + " is closed");
		}
		List<Session> sessions = bookable.sessions().isEmpty() ? List.of(new Session(bookable.startsAt(), bookable.endsAt()))
				: bookable.sessions();
		for (Session session : sessions) {
			checkOpen(resource, session);
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				INSERT INTO booking_bookable (id, code, resource_id, eservice, kind, title_sv, title_en, starts_at, ends_at,
				                              capacity, min_age, max_age, fee, vat_rate, cancel_before_hours, created_at)
				VALUES (:id, :code, :resource, :eservice, :kind, :sv, :en, :starts, :ends, :capacity, :minAge, :maxAge, :fee,
				        :vat, :cancel, :now)
				""").param("id", id).param("code", bookable.code()).param("resource", resource.id())
				.param("eservice", bookable.eservice()).param("kind", bookable.kind().name())
				.param("sv", bookable.title().sv()).param("en", bookable.title().en())
				.param("starts", utc(bookable.startsAt())).param("ends", utc(bookable.endsAt()))
				.param("capacity", bookable.capacity())
				.param("minAge", bookable.minAge().isPresent() ? bookable.minAge().getAsInt() : null)
				.param("maxAge", bookable.maxAge().isPresent() ? bookable.maxAge().getAsInt() : null)
				.param("fee", bookable.fee().map(Money::amount).orElse(null)).param("vat", bookable.vatRate())
				.param("cancel", bookable.cancelBeforeHours()).param("now", utc(clock.instant())).update();
		for (Session session : sessions) {
			jdbc.sql("INSERT INTO booking_session (bookable_id, starts_at, ends_at) VALUES (:id, :starts, :ends)")
					.param("id", id).param("starts", utc(session.startsAt())).param("ends", utc(session.endsAt())).update();
		}
		return bookable(bookable.code()).orElseThrow();
	}

	private void checkOpen(Resource resource, Session session) {
		var start = session.startsAt().atZone(BookingTime.ZONE);
		var end = session.endsAt().atZone(BookingTime.ZONE);
		boolean multiDay = !start.toLocalDate().equals(end.toLocalDate());
		// A camp week spans days and nights; only times within a day are held to the opening hours.
		if (!multiDay && (start.toLocalTime().isBefore(resource.opens()) || end.toLocalTime().isAfter(resource.closes()))) {
			throw new IllegalArgumentException(resource.code() + " is open " + resource.opens() + " to " + resource.closes()
					+ ", not " + start.toLocalTime() + " to " + end.toLocalTime());
		}
		List<LocalDate> closed = closedDays(resource.code(), start.toLocalDate(), end.toLocalDate());
		if (!closed.isEmpty()) {
			throw new IllegalArgumentException(resource.code() + " is closed on " + closed.get(0));
		}
	}

	/** Closes a bookable: no one can book it or join its waitlist any more. Bookings made stand. */
	@Transactional
	public void closeBookable(String code, String reason) {
		jdbc.sql("UPDATE booking_bookable SET closed_at = :now, closed_reason = :reason WHERE code = :code AND closed_at IS NULL")
				.param("now", utc(clock.instant())).param("reason", reason).param("code", code).update();
	}

	/** The bookable with the code. */
	public Optional<Bookable> bookable(String code) {
		return jdbc.sql("SELECT " + BOOKABLE_COLUMNS + BOOKABLE_FROM + "WHERE b.code = :code").param("code", code)
				.query(Resources::bookable).optional();
	}

	/** What the e-service offers from now on, open or full, by start. */
	public List<Bookable> upcoming(String eservice) {
		return jdbc.sql("SELECT " + BOOKABLE_COLUMNS + BOOKABLE_FROM
						+ "WHERE b.eservice = :eservice AND b.starts_at > :now AND b.closed_at IS NULL ORDER BY b.starts_at, b.code")
				.param("eservice", eservice).param("now", utc(clock.instant())).query(Resources::bookable).list();
	}

	/**
	 * The e-service's open bookable starting at the instant, such as a wedding ceremony at a time; a free
	 * one first when several resources have one then (a hall and a field).
	 */
	public Optional<Bookable> startingAt(String eservice, Instant at) {
		return jdbc.sql("SELECT " + BOOKABLE_COLUMNS + BOOKABLE_FROM
						+ "WHERE b.eservice = :eservice AND b.starts_at = :at AND b.closed_at IS NULL"
						+ " ORDER BY b.taken >= b.capacity, b.code LIMIT 1")
				.param("eservice", eservice).param("at", utc(at)).query(Resources::bookable).optional();
	}

	/** A resource's bookables starting between the two instants, for its calendar overview. */
	public List<Bookable> calendar(String resourceCode, Instant from, Instant to) {
		return jdbc.sql("SELECT " + BOOKABLE_COLUMNS + BOOKABLE_FROM
						+ "WHERE r.code = :code AND b.starts_at >= :from AND b.starts_at < :to ORDER BY b.starts_at, b.code")
				.param("code", resourceCode).param("from", utc(from)).param("to", utc(to)).query(Resources::bookable).list();
	}

	/** When the bookable meets, first first. */
	public List<Session> sessions(UUID bookableId) {
		return jdbc.sql("SELECT starts_at, ends_at FROM booking_session WHERE bookable_id = :id ORDER BY starts_at")
				.param("id", bookableId)
				.query((row, n) -> new Session(instant(row, "starts_at"), instant(row, "ends_at"))).list();
	}

	static Bookable bookable(ResultSet row, int number) throws SQLException {
		BigDecimal fee = row.getBigDecimal("fee");
		OffsetDateTime closed = row.getObject("closed_at", OffsetDateTime.class);
		return new Bookable(row.getObject("id", UUID.class), row.getString("code"), row.getObject("resource_id", UUID.class),
				row.getString("resource_code"), new LocalizedText(row.getString("resource_sv"), row.getString("resource_en")),
				ResourceKind.valueOf(row.getString("resource_kind")),
				row.getString("department"), row.getString("eservice"), BookableKind.valueOf(row.getString("kind")),
				new LocalizedText(row.getString("title_sv"), row.getString("title_en")), instant(row, "starts_at"),
				instant(row, "ends_at"), row.getInt("capacity"), row.getInt("taken"), optionalInt(row, "min_age"),
				optionalInt(row, "max_age"), Optional.ofNullable(fee).map(amount -> Money.sek(amount.toPlainString())),
				row.getBigDecimal("vat_rate").stripTrailingZeros(), row.getInt("cancel_before_hours"),
				Optional.ofNullable(closed).map(OffsetDateTime::toInstant));
	}

	private static Resource resource(ResultSet row, int number) throws SQLException {
		OffsetDateTime closed = row.getObject("closed_at", OffsetDateTime.class);
		return new Resource(row.getObject("id", UUID.class), row.getString("code"), ResourceKind.valueOf(row.getString("kind")),
				row.getString("department"), new LocalizedText(row.getString("name_sv"), row.getString("name_en")),
				row.getObject("opens", LocalTime.class), row.getObject("closes", LocalTime.class),
				Optional.ofNullable(closed).map(OffsetDateTime::toInstant));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
	}

	static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
