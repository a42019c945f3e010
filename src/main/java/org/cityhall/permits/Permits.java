package org.cityhall.permits;

import com.github.f4b6a3.uuid.UuidCreator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.billing.Fees;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.identity.Vehicle;
import org.cityhall.identity.VehicleRegister;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' parking permits: applying (eligibility from the population and vehicle registers and the
 * zone map, a decision at once), paying for periods through {@code billing}, changing the car for good
 * or for a few days, suspending, ending. Every change publishes a {@link PermitEvent} in its transaction,
 * and the database's change log carries it to every node's warden index.
 */
@Service
public class Permits {

	/** Days are Stockholm's days. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;
	private final PermitRows rows;
	private final Zones zones;
	private final PopulationRegister population;
	private final VehicleRegister vehicles;
	private final Fees fees;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int maxTemporaryDays;

	Permits(JdbcClient jdbc, Zones zones, PopulationRegister population, VehicleRegister vehicles, Fees fees,
			ApplicationEventPublisher events, Clock clock,
			@Value("${cityhall.permits.temporary-vehicle-max-days:14}") int maxTemporaryDays) {
		this.jdbc = jdbc;
		this.rows = new PermitRows(jdbc);
		this.zones = zones;
		this.population = population;
		this.vehicles = vehicles;
		this.fees = fees;
		this.events = events;
		this.clock = clock;
		this.maxTemporaryDays = maxTemporaryDays;
	}

	/** What an application came to. */
	public sealed interface Decision permits Granted, NotEligible {
	}

	/** Granted at once: pay the first period's fee to make the permit valid. */
	public record Granted(PermitView permit, UUID feeId) implements Decision {
	}

	/** Not eligible, and why in the applicant's words: a message key and its arguments. */
	public record NotEligible(String messageKey, List<Object> arguments) implements Decision {
	}

	/**
	 * Whether the person may have a permit for the car, without applying: the reason when not.
	 */
	public Optional<NotEligible> eligibility(PersonalIdentityNumber applicant, String plateAsTyped) {
		Eligibility.Verdict verdict = judge(applicant, plateAsTyped);
		if (verdict instanceof Eligibility.NotEligible not) {
			return Optional.of(new NotEligible(not.messageKey(), not.arguments()));
		}
		return current(applicant).map(held -> new NotEligible("permits.not-eligible.has-permit", List.of(held.reference())));
	}

	/**
	 * Applies for a permit under a reference (the application's case number): granted at once when the
	 * registers say the applicant may have one for the car, with the first period's fee incurred; one
	 * permit per person.
	 */
	@Transactional
	public Decision apply(String reference, Party.Person applicant, String plateAsTyped, PermitPeriod period) {
		Objects.requireNonNull(period, "period");
		Eligibility.Verdict verdict = judge(applicant.number(), plateAsTyped);
		if (verdict instanceof Eligibility.NotEligible not) {
			return new NotEligible(not.messageKey(), not.arguments());
		}
		Eligibility.Eligible eligible = (Eligibility.Eligible) verdict;
		return grant(reference, applicant, eligible.zone(), eligible.vehicle().plate(), period);
	}

	/**
	 * Grants a permit after a manual review, whatever the registers say: staff saw the documents.
	 */
	@Transactional
	public Decision grantAfterReview(String reference, Party.Person applicant, String zoneCode, String plateAsTyped,
			PermitPeriod period, Party.Staff staff, String reason) {
		Zone zone = zones.find(zoneCode).orElseThrow(() -> new PermitRefused("permits.refused.no-zone", zoneCode));
		String plate = plate(plateAsTyped);
		Decision decision = grant(reference, applicant, zone, plate, period);
		if (decision instanceof Granted granted) {
			recordCorrection(granted.permit(), staff, "granted after review", reason);
		}
		return decision;
	}

	private Decision grant(String reference, Party.Person applicant, Zone zone, String plate, PermitPeriod period) {
		Optional<PermitView> held = current(applicant.number());
		if (held.isPresent()) {
			return new NotEligible("permits.not-eligible.has-permit", List.of(held.get().reference()));
		}
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = now();
		int inserted = jdbc.sql("""
				INSERT INTO permits_permit (id, reference, holder, holder_name, zone, plate, status, granted_at)
				VALUES (:id, :reference, :holder, :name, :zone, :plate, 'ACTIVE', :at)
				ON CONFLICT DO NOTHING
				""").param("id", id).param("reference", reference).param("holder", applicant.number().value())
				.param("name", applicant.name() == null ? "" : applicant.name()).param("zone", zone.code()).param("plate", plate)
				.param("at", utc(now)).update();
		if (inserted == 0) {
			// Two applications at once: the other one holds the person's one permit.
			return new NotEligible("permits.not-eligible.has-permit", List.of(reference));
		}
		PeriodFee fee = addPeriod(id, reference, applicant, zone, period, today());
		events.publishEvent(new PermitGranted(UuidCreator.getTimeOrderedEpoch(), reference, applicant, zone.code(), plate,
				fee.dates(), now));
		return new Granted(require(reference), fee.feeId());
	}

	/**
	 * The fee for the permit's next period: the period waiting for payment if one is, or a new one from
	 * the day after the paid time ends (or today, when it has run out).
	 */
	@Transactional
	public UUID payFor(String reference, PersonalIdentityNumber holder, PermitPeriod period) {
		PermitView permit = holderOf(reference, holder);
		if (permit.ended()) {
			throw new PermitRefused("permits.refused.ended", reference);
		}
		Optional<PermitView.Period> waiting = permit.unpaid();
		if (waiting.isPresent()) {
			return waiting.get().feeId();
		}
		LocalDate today = today();
		LocalDate start = permit.paidUntil().map(last -> last.plusDays(1)).filter(next -> next.isAfter(today)).orElse(today);
		Zone zone = zones.find(permit.zone()).orElseThrow(() -> new PermitRefused("permits.refused.no-zone", permit.zone()));
		return addPeriod(permit.id(), reference, permit.holder(), zone, period, start).feeId();
	}

	private record PeriodFee(UUID feeId, String dates) {
	}

	private PeriodFee addPeriod(UUID permitId, String reference, Party.Person holder, Zone zone, PermitPeriod period, LocalDate start) {
		LocalDate end = period.lastDayFrom(start);
		Money price = zone.price(period);
		String dates = start + "–" + end;
		UUID feeId = fees.incur(holder, reference, new LocalizedText("Boendeparkering " + zone.name().sv() + " " + dates,
				"Residents' parking " + zone.name().en() + " " + dates), price, BigDecimal.ZERO);
		jdbc.sql("""
				INSERT INTO permits_period (id, permit_id, period, starts_on, ends_on, amount, fee_id)
				VALUES (:id, :permit, :period, :start, :end, :amount, :fee)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("permit", permitId).param("period", period.name())
				.param("start", start).param("end", end).param("amount", price.amount()).param("fee", feeId).update();
		return new PeriodFee(feeId, dates);
	}

	/** A fee settled: the period it pays for is paid, once. Called for every settled payment; others are ignored. */
	@Transactional
	public void paymentSettled(UUID feeId, Instant at) {
		Optional<UUID> permitId = jdbc.sql("UPDATE permits_period SET paid_at = :at WHERE fee_id = :fee AND paid_at IS NULL RETURNING permit_id")
				.param("at", utc(at)).param("fee", feeId).query(UUID.class).optional();
		if (permitId.isEmpty()) {
			return;
		}
		PermitView permit = rows.byIds(List.of(permitId.get())).get(0);
		PermitView.Period period = permit.periods().stream().filter(p -> p.feeId().equals(feeId)).findFirst().orElseThrow();
		events.publishEvent(new PermitPaid(UuidCreator.getTimeOrderedEpoch(), permit.reference(), permit.holder(), permit.zone(),
				permit.plate(), period.startsOn() + "–" + period.endsOn(), now()));
	}

	/** Changes the permit's car for good: another car the holder owns or leases, in traffic. */
	@Transactional
	public void changeVehicle(String reference, PersonalIdentityNumber holder, String plateAsTyped) {
		PermitView permit = changeable(reference, holder);
		String plate = plate(plateAsTyped);
		List<Vehicle> theirs = vehicles.ownedOrUsedBy(holder);
		Vehicle car = theirs.stream().filter(v -> v.plate().equals(plate)).findFirst()
				.orElseThrow(() -> new PermitRefused("permits.not-eligible.not-your-car", plate));
		if (!car.inTraffic()) {
			throw new PermitRefused("permits.not-eligible.not-in-traffic", plate);
		}
		if (plate.equals(permit.plate())) {
			throw new PermitRefused("permits.refused.same-car", plate);
		}
		jdbc.sql("UPDATE permits_permit SET plate = :plate WHERE id = :id").param("plate", plate).param("id", permit.id()).update();
		events.publishEvent(new PermitVehicleChanged(UuidCreator.getTimeOrderedEpoch(), reference, permit.holder(), permit.zone(),
				plate, permit.plate() + " → " + plate, now()));
	}

	/**
	 * Adds a rental or loan car for some days, from the first to the last day, at most the configured
	 * number of days ({@code cityhall.permits.temporary-vehicle-max-days}), starting today or later.
	 */
	@Transactional
	public void addTemporaryVehicle(String reference, PersonalIdentityNumber holder, String plateAsTyped, String kind,
			LocalDate from, LocalDate to) {
		PermitView permit = changeable(reference, holder);
		String plate = plate(plateAsTyped);
		if (!kind.equals("RENTAL") && !kind.equals("LOAN")) {
			throw new IllegalArgumentException("a temporary vehicle is a RENTAL or a LOAN, not " + kind);
		}
		if (from.isBefore(today())) {
			throw new PermitRefused("permits.refused.temporary-in-past", from.toString());
		}
		if (to.isBefore(from)) {
			throw new PermitRefused("permits.refused.temporary-order", from.toString(), to.toString());
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > maxTemporaryDays) {
			throw new PermitRefused("permits.refused.temporary-too-long", maxTemporaryDays, days);
		}
		Optional<Vehicle> known = vehicles.find(plate);
		if (known.isPresent() && !known.get().inTraffic()) {
			throw new PermitRefused("permits.not-eligible.not-in-traffic", plate);
		}
		if (plate.equals(permit.plate())) {
			throw new PermitRefused("permits.refused.same-car", plate);
		}
		jdbc.sql("""
				INSERT INTO permits_temporary_vehicle (id, permit_id, plate, kind, valid_from, valid_to, registered_at)
				VALUES (:id, :permit, :plate, :kind, :from, :to, :at)
				""").param("id", UuidCreator.getTimeOrderedEpoch()).param("permit", permit.id()).param("plate", plate)
				.param("kind", kind).param("from", from).param("to", to).param("at", utc(now())).update();
		events.publishEvent(new PermitVehicleChanged(UuidCreator.getTimeOrderedEpoch(), reference, permit.holder(), permit.zone(),
				permit.plate(), "+ " + plate + " " + from + "–" + to, now()));
	}

	/** Suspends (pauses) the permit from a day, today or later, until the holder resumes it. */
	@Transactional
	public void suspend(String reference, PersonalIdentityNumber holder, LocalDate from) {
		PermitView permit = changeable(reference, holder);
		if (permit.status() == PermitStatus.SUSPENDED) {
			throw new PermitRefused("permits.refused.suspended", reference);
		}
		if (from.isBefore(today())) {
			throw new PermitRefused("permits.refused.suspend-in-past", from.toString());
		}
		jdbc.sql("UPDATE permits_permit SET status = 'SUSPENDED', suspended_from = :from WHERE id = :id")
				.param("from", from).param("id", permit.id()).update();
		events.publishEvent(new PermitSuspended(UuidCreator.getTimeOrderedEpoch(), reference, permit.holder(), permit.zone(),
				permit.plate(), from.toString(), now()));
	}

	/** Resumes a suspended permit from today. */
	@Transactional
	public void resume(String reference, PersonalIdentityNumber holder) {
		PermitView permit = holderOf(reference, holder);
		if (permit.status() != PermitStatus.SUSPENDED) {
			throw new PermitRefused("permits.refused.not-suspended", reference);
		}
		jdbc.sql("UPDATE permits_permit SET status = 'ACTIVE', suspended_from = NULL WHERE id = :id").param("id", permit.id()).update();
		events.publishEvent(new PermitResumed(UuidCreator.getTimeOrderedEpoch(), reference, permit.holder(), permit.zone(),
				permit.plate(), today().toString(), now()));
	}

	/** Ends the permit after its last day, today or later; it cannot be taken back. */
	@Transactional
	public void terminate(String reference, PersonalIdentityNumber holder, LocalDate lastDay) {
		PermitView permit = holderOf(reference, holder);
		if (permit.ended()) {
			throw new PermitRefused("permits.refused.ended", reference);
		}
		if (lastDay.isBefore(today())) {
			throw new PermitRefused("permits.refused.end-in-past", lastDay.toString());
		}
		end(permit, lastDay, "HOLDER");
	}

	/** Where a resident is registered and the zone that address is in, if any. */
	public record Home(org.cityhall.shared.Address address, Optional<Zone> zone) {
	}

	/** The resident's registered address and its zone; empty when they are not registered in the city. */
	public Optional<Home> home(PersonalIdentityNumber resident) {
		return population.find(resident).map(person -> new Home(person.address(), zones.at(person.position())));
	}

	/**
	 * The holder's registered address changed: if it is no longer in the permit's zone, the permit ends at
	 * the end of the paid period (today when none is paid ahead), and the holder is told.
	 */
	@Transactional
	public void holderMoved(PersonalIdentityNumber holder) {
		Optional<PermitView> permit = current(holder);
		if (permit.isEmpty()) {
			return;
		}
		Optional<String> zoneNow = population.find(holder).flatMap(person -> zones.at(person.position())).map(Zone::code);
		if (zoneNow.isPresent() && zoneNow.get().equals(permit.get().zone())) {
			return;
		}
		LocalDate today = today();
		LocalDate lastDay = permit.get().paidUntil().filter(last -> !last.isBefore(today)).orElse(today);
		end(permit.get(), lastDay, "MOVED");
	}

	private void end(PermitView permit, LocalDate lastDay, String reason) {
		jdbc.sql("UPDATE permits_permit SET status = 'ENDED', suspended_from = NULL, ends_on = :last, end_reason = :reason WHERE id = :id")
				.param("last", lastDay).param("reason", reason).param("id", permit.id()).update();
		events.publishEvent(new PermitEnded(UuidCreator.getTimeOrderedEpoch(), permit.reference(), permit.holder(), permit.zone(),
				permit.plate(), reason, lastDay.toString(), now()));
	}

	/** A correction staff make, with the reason they must give. */
	public sealed interface Correction permits ChangePlate, ChangeZone, EndOn {
	}

	public record ChangePlate(String plateAsTyped) implements Correction {
	}

	public record ChangeZone(String zoneCode) implements Correction {
	}

	public record EndOn(LocalDate lastDay) implements Correction {
	}

	/** Staff correct a permit; the correction, who made it and why are kept with the permit and filed. */
	@Transactional
	public void correct(String reference, Party.Staff staff, Correction correction, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new PermitRefused("permits.refused.reason-needed");
		}
		PermitView permit = require(reference);
		String what;
		if (correction instanceof ChangePlate change) {
			String plate = plate(change.plateAsTyped());
			jdbc.sql("UPDATE permits_permit SET plate = :plate WHERE id = :id").param("plate", plate).param("id", permit.id()).update();
			what = "plate " + permit.plate() + " → " + plate;
		}
		else if (correction instanceof ChangeZone change) {
			Zone zone = zones.find(change.zoneCode()).orElseThrow(() -> new PermitRefused("permits.refused.no-zone", change.zoneCode()));
			jdbc.sql("UPDATE permits_permit SET zone = :zone WHERE id = :id").param("zone", zone.code()).param("id", permit.id()).update();
			what = "zone " + permit.zone() + " → " + zone.code();
		}
		else {
			LocalDate lastDay = ((EndOn) correction).lastDay();
			jdbc.sql("UPDATE permits_permit SET status = 'ENDED', suspended_from = NULL, ends_on = :last, end_reason = 'STAFF' WHERE id = :id")
					.param("last", lastDay).param("id", permit.id()).update();
			what = "ends " + lastDay;
		}
		PermitView corrected = require(reference);
		recordCorrection(corrected, staff, what, reason.strip());
	}

	private void recordCorrection(PermitView permit, Party.Staff staff, String what, String reason) {
		jdbc.sql("INSERT INTO permits_correction (id, permit_id, staff_id, what, reason, at) VALUES (:id, :permit, :staff, :what, :reason, :at)")
				.param("id", UuidCreator.getTimeOrderedEpoch()).param("permit", permit.id()).param("staff", staff.staffId())
				.param("what", what).param("reason", reason).param("at", utc(now())).update();
		events.publishEvent(new PermitCorrected(UuidCreator.getTimeOrderedEpoch(), permit.reference(), permit.holder(), permit.zone(),
				permit.plate(), what, now()));
	}

	/** A correction as kept: what, by whom, why, when. */
	public record CorrectionMade(String what, String staffId, String reason, Instant at) {
	}

	/** The permit's corrections, latest first. */
	public List<CorrectionMade> corrections(String reference) {
		return jdbc.sql("""
				SELECT c.what, c.staff_id, c.reason, c.at FROM permits_correction c JOIN permits_permit p ON p.id = c.permit_id
				WHERE p.reference = :reference ORDER BY c.at DESC
				""").param("reference", reference)
				.query((row, n) -> new CorrectionMade(row.getString("what"), row.getString("staff_id"), row.getString("reason"),
						row.getObject("at", OffsetDateTime.class).toInstant())).list();
	}

	/** The permit with the reference. */
	public Optional<PermitView> find(String reference) {
		return rows.idOf(reference).flatMap(id -> rows.byIds(List.of(id)).stream().findFirst());
	}

	/** The person's permit that has not ended, if any. */
	public Optional<PermitView> current(PersonalIdentityNumber holder) {
		return of(holder).stream().filter(p -> !p.ended()).findFirst();
	}

	/** The person's permits, newest first. */
	public List<PermitView> of(PersonalIdentityNumber holder) {
		return held(rows.idsOf(holder));
	}

	/** {@link #of}, queued with the other sections' queries of My pages; the permits, if any, come after. */
	public Supplier<List<PermitView>> of(PersonalIdentityNumber holder, MyPagesReads reads) {
		Supplier<List<UUID>> ids = rows.idsOf(holder, reads);
		return () -> held(ids.get());
	}

	private List<PermitView> held(List<UUID> ids) {
		List<PermitView> views = new java.util.ArrayList<>(rows.byIds(ids));
		views.sort(java.util.Comparator.comparing(PermitView::grantedAt).reversed());
		return views;
	}

	/** Today in Stockholm. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	public int maxTemporaryDays() {
		return maxTemporaryDays;
	}

	private Eligibility.Verdict judge(PersonalIdentityNumber applicant, String plateAsTyped) {
		return Eligibility.judge(population.find(applicant), plateAsTyped, vehicles.ownedOrUsedBy(applicant), zones);
	}

	private PermitView require(String reference) {
		return find(reference).orElseThrow(() -> new PermitRefused("permits.refused.unknown", reference));
	}

	private PermitView holderOf(String reference, PersonalIdentityNumber holder) {
		PermitView permit = require(reference);
		if (!permit.holder().number().equals(holder)) {
			throw new PermitRefused("permits.refused.unknown", reference);
		}
		return permit;
	}

	private PermitView changeable(String reference, PersonalIdentityNumber holder) {
		PermitView permit = holderOf(reference, holder);
		if (permit.ended()) {
			throw new PermitRefused("permits.refused.ended", reference);
		}
		return permit;
	}

	private static String plate(String typed) {
		String plate = Vehicle.normalisePlate(typed);
		if (!Vehicle.isPlate(plate)) {
			throw new PermitRefused("permits.not-eligible.no-plate", typed == null ? "" : typed.strip());
		}
		return plate;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
