package org.cityhall.booking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Seasons of weekly times in halls and fields. Associations apply until the season's last day to apply;
 * staff then allocate by {@link SeasonAllocation}'s rules, and each granted time becomes a bookable of
 * kind {@code SEASON_TIME}, meeting every week of the season except the resource's closed days, booked
 * by the association with its fee (reduced for youth activities). The hours left over can then be opened
 * as single free times that anyone books.
 */
@Service
public class Seasons {

	private final JdbcClient jdbc;
	private final Resources resources;
	private final Bookings bookings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Seasons(JdbcClient jdbc, Resources resources, Bookings bookings, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.bookings = bookings;
		this.events = events;
		this.clock = clock;
	}

	/** A season as staff and applicants see it. */
	public record Season(UUID id, String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn, LocalDate applyBy,
			Optional<Money> hourlyFee, Optional<Instant> allocatedAt) {
	}

	/** An association's application for a weekly time. */
	public record Application(String reference, String seasonCode, String resourceCode, Party.Organisation association,
			Party applicant, DayOfWeek weekday, LocalTime starts, LocalTime ends, boolean youth) {
	}

	/** An application and what came of it. */
	public record ApplicationView(String reference, String resourceCode, String association, DayOfWeek weekday,
			LocalTime starts, LocalTime ends, boolean youth, String status, Optional<String> priority, Optional<String> reason,
			Optional<String> bookableCode) {
	}

	@Transactional
	public Season createSeason(String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn, LocalDate applyBy,
			Optional<Money> hourlyFee) {
		UUID id = UuidCreator.getTimeOrderedEpoch();
		jdbc.sql("""
				INSERT INTO booking_season (id, code, name_sv, name_en, starts_on, ends_on, apply_by, hourly_fee)
				VALUES (:id, :code, :sv, :en, :starts, :ends, :applyBy, :fee)
				""").param("id", id).param("code", code).param("sv", name.sv()).param("en", name.en())
				.param("starts", startsOn).param("ends", endsOn).param("applyBy", applyBy)
				.param("fee", hourlyFee.map(Money::amount).orElse(null)).update();
		return season(code).orElseThrow();
	}

	public Optional<Season> season(String code) {
		return jdbc.sql("SELECT * FROM booking_season WHERE code = :code").param("code", code).query(Seasons::season).optional();
	}

	/** Every season, latest first. */
	public List<Season> all() {
		return jdbc.sql("SELECT * FROM booking_season ORDER BY starts_on DESC").query(Seasons::season).list();
	}

	/** Seasons still open for applications, soonest first. */
	public List<Season> open() {
		return jdbc.sql("SELECT * FROM booking_season WHERE allocated_at IS NULL AND apply_by >= :today ORDER BY starts_on")
				.param("today", LocalDate.now(clock.withZone(BookingTime.ZONE))).query(Seasons::season).list();
	}

	/**
	 * Takes an application, in the submission's transaction.
	 *
	 * @return a refusal with its message, or empty when the application is taken
	 */
	@Transactional
	public Optional<BookingOutcome.Refused> apply(Application application) {
		Optional<Season> found = season(application.seasonCode());
		if (found.isEmpty()) {
			return Optional.of(BookingOutcome.Refused.because("unknown", application.seasonCode()));
		}
		Season season = found.get();
		if (season.allocatedAt().isPresent() || LocalDate.now(clock.withZone(BookingTime.ZONE)).isAfter(season.applyBy())) {
			return Optional.of(BookingOutcome.Refused.because("season-closed", season.applyBy().toString()));
		}
		Optional<Resources.Resource> resource = resources.resource(application.resourceCode())
				.filter(open -> open.closedAt().isEmpty());
		if (resource.isEmpty()) {
			return Optional.of(BookingOutcome.Refused.because("unknown", application.resourceCode()));
		}
		if (!application.starts().isBefore(application.ends()) || application.starts().isBefore(resource.get().opens())
				|| application.ends().isAfter(resource.get().closes())) {
			return Optional.of(BookingOutcome.Refused.because("season-hours", resource.get().opens().toString(),
					resource.get().closes().toString()));
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO booking_season_application (id, reference, season_id, resource_id, organisation_number,
				        organisation_name, booker_kind, booker_id, booker_name, weekday, starts, ends, youth, applied_at, status)
				VALUES (:id, :reference, :season, :resource, :orgNumber, :orgName, :bookerKind, :bookerId, :bookerName,
				        :weekday, :starts, :ends, :youth, :now, 'APPLIED')
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("reference", application.reference())
				.param("season", season.id()).param("resource", resource.get().id())
				.param("orgNumber", application.association().id()).param("orgName", application.association().displayName())
				.param("bookerKind", application.applicant().kind()).param("bookerId", application.applicant().id())
				.param("bookerName", BookingRows.name(application.applicant()))
				.param("weekday", application.weekday().getValue()).param("starts", application.starts())
				.param("ends", application.ends()).param("youth", application.youth()).param("now", Resources.utc(now)).update();
		events.publishEvent(new SeasonApplied(UuidCreator.getTimeOrderedEpoch(), facts(season, resource.get(), application.reference(),
				application.applicant(), application.association()), now));
		return Optional.empty();
	}

	/** The season's applications, in the order the rules consider them once allocated. */
	public List<ApplicationView> applications(String seasonCode) {
		return jdbc.sql("""
				SELECT a.*, r.code AS resource_code FROM booking_season_application a
				JOIN booking_season s ON s.id = a.season_id JOIN booking_resource r ON r.id = a.resource_id
				WHERE s.code = :code ORDER BY a.status, a.priority NULLS LAST, a.applied_at, a.reference
				""").param("code", seasonCode).query(Seasons::application).list();
	}

	/**
	 * Allocates the season by the rules, once: grants become bookings of weekly times, refusals say
	 * which application they yield to. Returns the decisions.
	 */
	@Transactional
	public List<SeasonAllocation.Decision> allocate(String seasonCode) {
		Season season = jdbc.sql("SELECT * FROM booking_season WHERE code = :code FOR UPDATE").param("code", seasonCode)
				.query(Seasons::season).optional().orElseThrow(() -> new IllegalArgumentException("no season " + seasonCode));
		if (season.allocatedAt().isPresent()) {
			throw new IllegalStateException("season " + seasonCode + " is already allocated");
		}
		List<Pending> pending = jdbc.sql("""
				SELECT a.*, r.code AS resource_code,
				       EXISTS (SELECT 1 FROM booking_season_application h JOIN booking_season hs ON hs.id = h.season_id
				               WHERE h.status = 'GRANTED' AND hs.ends_on < :starts AND h.organisation_number = a.organisation_number
				                 AND h.resource_id = a.resource_id AND h.weekday = a.weekday
				                 AND h.starts < a.ends AND a.starts < h.ends) AS history
				FROM booking_season_application a JOIN booking_resource r ON r.id = a.resource_id
				WHERE a.season_id = :season AND a.status = 'APPLIED'
				""").param("starts", season.startsOn()).param("season", season.id()).query(Seasons::pending).list();
		List<SeasonAllocation.Decision> decisions = SeasonAllocation.allocate(pending.stream().map(Pending::request).toList());
		Instant now = clock.instant();
		for (SeasonAllocation.Decision decision : decisions) {
			Pending application = pending.stream().filter(p -> p.request().reference().equals(decision.request().reference()))
					.findFirst().orElseThrow();
			if (decision.granted()) {
				String code = grant(season, application);
				jdbc.sql("UPDATE booking_season_application SET status = 'GRANTED', priority = :priority, bookable_code = :code"
								+ " WHERE reference = :reference").param("priority", decision.request().priority().name())
						.param("code", code).param("reference", application.request().reference()).update();
			}
			else {
				String yieldsTo = decision.yieldsTo().orElseThrow().reference();
				jdbc.sql("UPDATE booking_season_application SET status = 'REFUSED', priority = :priority, reason = :reason"
								+ " WHERE reference = :reference").param("priority", decision.request().priority().name())
						.param("reason", yieldsTo).param("reference", application.request().reference()).update();
				Resources.Resource resource = resources.resource(application.request().resource()).orElseThrow();
				events.publishEvent(new SeasonTimeRefused(UuidCreator.getTimeOrderedEpoch(), facts(season, resource,
						application.request().reference(), application.applicant(), application.association()), yieldsTo, now));
			}
		}
		jdbc.sql("UPDATE booking_season SET allocated_at = :now WHERE id = :id").param("now", Resources.utc(now))
				.param("id", season.id()).update();
		return decisions;
	}

	/**
	 * Opens the hours of the resource between the two days that no season time takes as single free
	 * times of an hour each, bookable through the e-service by anyone; closed days are skipped. Returns
	 * how many were opened.
	 */
	@Transactional
	public int openFreeTimes(String resourceCode, String eservice, LocalDate from, LocalDate to, Optional<Money> fee) {
		Resources.Resource resource = resources.resource(resourceCode)
				.orElseThrow(() -> new IllegalArgumentException("no resource " + resourceCode));
		Set<LocalDate> closed = new HashSet<>(resources.closedDays(resourceCode, from, to));
		Instant spanStart = from.atStartOfDay(BookingTime.ZONE).toInstant();
		Instant spanEnd = to.plusDays(1).atStartOfDay(BookingTime.ZONE).toInstant();
		List<Resources.Session> taken = new ArrayList<>();
		for (Bookable bookable : resources.calendar(resourceCode, spanStart.minus(Duration.ofDays(366)), spanEnd)) {
			taken.addAll(resources.sessions(bookable.id()));
		}
		int opened = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (closed.contains(day)) {
				continue;
			}
			long hours = Duration.between(resource.opens(), resource.closes()).toHours();
			for (int i = 0; i < hours; i++) {
				LocalTime hour = resource.opens().plusHours(i);
				Instant starts = day.atTime(hour).atZone(BookingTime.ZONE).toInstant();
				Instant ends = starts.plus(Duration.ofHours(1));
				boolean free = taken.stream().noneMatch(s -> s.startsAt().isBefore(ends) && starts.isBefore(s.endsAt()));
				if (free && starts.isAfter(clock.instant())) {
					resources.createBookable(new Resources.NewBookable(resourceCode + "-" + day + "-" + hour.toString().replace(":", ""),
							resourceCode, eservice, BookableKind.SLOT, resource.name(), starts, ends, 1, OptionalInt.empty(),
							OptionalInt.empty(), fee, BigDecimal.ZERO, 24, List.of()));
					opened++;
				}
			}
		}
		return opened;
	}

	private String grant(Season season, Pending application) {
		SeasonAllocation.Request request = application.request();
		Resources.Resource resource = resources.resource(request.resource()).orElseThrow();
		Set<LocalDate> closed = new HashSet<>(resources.closedDays(resource.code(), season.startsOn(), season.endsOn()));
		List<Resources.Session> sessions = new ArrayList<>();
		for (LocalDate day = season.startsOn().with(TemporalAdjusters.nextOrSame(request.weekday()));
				!day.isAfter(season.endsOn()); day = day.plusWeeks(1)) {
			if (!closed.contains(day)) {
				sessions.add(new Resources.Session(day.atTime(request.starts()).atZone(BookingTime.ZONE).toInstant(),
						day.atTime(request.ends()).atZone(BookingTime.ZONE).toInstant()));
			}
		}
		String code = season.code() + "-" + request.reference();
		long minutes = Duration.between(request.starts(), request.ends()).toMinutes() * sessions.size();
		Optional<Money> fee = season.hourlyFee().map(hourly -> Money.sek(hourly.amount()
				.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)));
		resources.createBookable(new Resources.NewBookable(code, resource.code(), "sports-facility-booking",
				BookableKind.SEASON_TIME, new LocalizedText(season.name().sv() + ": " + resource.name().sv(),
						season.name().en() + ": " + resource.name().en()),
				sessions.get(0).startsAt(), sessions.get(sessions.size() - 1).endsAt(), 1, OptionalInt.empty(), OptionalInt.empty(),
				fee, BigDecimal.ZERO, 24 * 14, sessions));
		BookingOutcome outcome = bookings.book(new BookingRequest(code, request.reference(), application.applicant(),
				application.association(), false, Map.of("youthActivity", Boolean.toString(request.youth())), false));
		if (!(outcome instanceof BookingOutcome.Booked)) {
			throw new IllegalStateException("a season time just made could not be booked: " + outcome);
		}
		return code;
	}

	private static BookingFacts facts(Season season, Resources.Resource resource, String reference, Party applicant,
			Party association) {
		return new BookingFacts(reference, season.code(), new LocalizedText(season.name().sv() + ": " + resource.name().sv(),
				season.name().en() + ": " + resource.name().en()), season.startsOn().atStartOfDay(BookingTime.ZONE).toInstant(),
				applicant, association, resource.department());
	}

	private record Pending(SeasonAllocation.Request request, Party applicant, Party.Organisation association) {
	}

	private static Pending pending(ResultSet row, int number) throws SQLException {
		SeasonAllocation.Request request = new SeasonAllocation.Request(row.getString("reference"), row.getString("resource_code"),
				DayOfWeek.of(row.getInt("weekday")), row.getObject("starts", LocalTime.class), row.getObject("ends", LocalTime.class),
				row.getBoolean("youth"), row.getBoolean("history"), Resources.instant(row, "applied_at"));
		return new Pending(request, BookingRows.party(row, "booker"), (Party.Organisation) Party.of("organisation",
				row.getString("organisation_number"), row.getString("organisation_name")));
	}

	private static ApplicationView application(ResultSet row, int number) throws SQLException {
		return new ApplicationView(row.getString("reference"), row.getString("resource_code"), row.getString("organisation_name"),
				DayOfWeek.of(row.getInt("weekday")), row.getObject("starts", LocalTime.class), row.getObject("ends", LocalTime.class),
				row.getBoolean("youth"), row.getString("status"), Optional.ofNullable(row.getString("priority")),
				Optional.ofNullable(row.getString("reason")), Optional.ofNullable(row.getString("bookable_code")));
	}

	private static Season season(ResultSet row, int number) throws SQLException {
		BigDecimal fee = row.getBigDecimal("hourly_fee");
		return new Season(row.getObject("id", UUID.class), row.getString("code"),
				new LocalizedText(row.getString("name_sv"), row.getString("name_en")), row.getObject("starts_on", LocalDate.class),
				row.getObject("ends_on", LocalDate.class), row.getObject("apply_by", LocalDate.class),
				Optional.ofNullable(fee).map(Money::sek), Optional.ofNullable(Resources.instant(row, "allocated_at")));
	}
}
