package org.cityhall.permits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.billing.Fees;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.identity.PersonMoved;
import org.cityhall.shared.Address;
import org.cityhall.shared.Money;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Applying, paying, changing, suspending and moving, on PostgreSQL with the demo city's registers. */
@CityHallWebTest
class PermitsTest {

	@Autowired
	Permits permits;

	@Autowired
	Fees fees;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void noPermitForTheCarOwner() {
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		TestPermits.clear(permits, TestPermits.OUTSIDE_ZONES);
	}

	@Test
	void theCarOwnerIsGrantedAtOnceAndThePermitIsValidOnlyOnceBillingSaysThePaymentSettled() {
		String reference = TestPermits.reference();
		Permits.Decision decision = permits.apply(reference, TestPermits.CAR_OWNER, "rpk 27b", PermitPeriod.QUARTER);

		assertThat(decision).isInstanceOf(Permits.Granted.class);
		Permits.Granted granted = (Permits.Granted) decision;
		assertThat(granted.permit().zone()).isEqualTo("S");
		assertThat(granted.permit().plate()).isEqualTo("RPK27B");
		assertThat(fees.find(granted.feeId())).hasValueSatisfying(fee -> {
			assertThat(fee.amount()).isEqualTo(Money.sek("2900"));
			assertThat(fee.matter()).isEqualTo(reference);
		});
		LocalDate today = permits.today();
		assertThat(permits.find(reference).orElseThrow().validOn(today)).isFalse();

		settle(granted.feeId(), reference);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> permits.find(reference).orElseThrow().validOn(today));
		PermitView paid = permits.find(reference).orElseThrow();
		assertThat(paid.paidUntil()).contains(PermitPeriod.QUARTER.lastDayFrom(today));
		assertThat(paid.validOn(PermitPeriod.QUARTER.lastDayFrom(today).plusDays(1))).isFalse();

		// Every change is filed in the archive under the reference and told to the holder.
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT record_type FROM archive_record WHERE matter = :matter").param("matter", reference).query(String.class).list())
				.contains("permits.granted", "permits.paid", "billing.fee-incurred"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT template FROM notifications_inbox WHERE recipient = :who AND notice_id LIKE 'permits-%'")
				.param("who", TestPermits.CAR_OWNER.number().value()).query(String.class).list())
				.contains("permits.notice.granted", "permits.notice.paid"));
	}

	@Test
	void onePermitPerPerson() {
		permits.apply(TestPermits.reference(), TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);

		Permits.Decision second = permits.apply(TestPermits.reference(), TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);

		assertThat(second).isInstanceOfSatisfying(Permits.NotEligible.class,
				not -> assertThat(not.messageKey()).isEqualTo("permits.not-eligible.has-permit"));
	}

	@Test
	void someoneRegisteredOutsideTheZonesIsToldWhyAndGetsNoPermit() {
		String reference = TestPermits.reference();
		assertThat(permits.apply(reference, TestPermits.OUTSIDE_ZONES, "RPK27B", PermitPeriod.MONTH))
				.isEqualTo(new Permits.NotEligible("permits.not-eligible.outside-zones", java.util.List.of()));
		assertThat(permits.find(reference)).isEmpty();
	}

	@Test
	void aRentalCarMayBeOnThePermitForUpToTheConfiguredDaysFromToday() {
		String reference = granted();
		LocalDate today = permits.today();
		int max = permits.maxTemporaryDays();

		assertThatThrownBy(() -> permits.addTemporaryVehicle(reference, TestPermits.CAR_OWNER.number(), "HYR 01A", "RENTAL", today,
				today.plusDays(max))).isInstanceOfSatisfying(PermitRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("permits.refused.temporary-too-long"));
		assertThatThrownBy(() -> permits.addTemporaryVehicle(reference, TestPermits.CAR_OWNER.number(), "HYR 01A", "RENTAL",
				today.minusDays(1), today.plusDays(2))).isInstanceOfSatisfying(PermitRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("permits.refused.temporary-in-past"));

		permits.addTemporaryVehicle(reference, TestPermits.CAR_OWNER.number(), "hyr 01a", "RENTAL", today, today.plusDays(max - 1));

		PermitValidity validity = permits.find(reference).orElseThrow().validity();
		assertThat(validity.check("HYR01A", "S", today.toEpochDay())).isEqualTo(PermitValidity.Reason.VALID);
		assertThat(validity.check("HYR01A", "S", today.plusDays(max - 1).toEpochDay())).isEqualTo(PermitValidity.Reason.VALID);
		assertThat(validity.check("HYR01A", "S", today.plusDays(max).toEpochDay())).isEqualTo(PermitValidity.Reason.TEMPORARY_NOT_TODAY);
	}

	@Test
	void aSuspendedPermitIsNotValidUntilResumed() {
		String reference = granted();
		LocalDate today = permits.today();

		permits.suspend(reference, TestPermits.CAR_OWNER.number(), today);

		PermitView suspended = permits.find(reference).orElseThrow();
		assertThat(suspended.status()).isEqualTo(PermitStatus.SUSPENDED);
		assertThat(suspended.validity().check("RPK27B", "S", today.toEpochDay())).isEqualTo(PermitValidity.Reason.SUSPENDED);

		permits.resume(reference, TestPermits.CAR_OWNER.number());

		assertThat(permits.find(reference).orElseThrow().validOn(today)).isTrue();
	}

	@Test
	void aPermanentChangeOfCarNeedsACarOfTheirsInTraffic() {
		String reference = granted();
		assertThatThrownBy(() -> permits.changeVehicle(reference, TestPermits.CAR_OWNER.number(), "XYZ 999"))
				.isInstanceOfSatisfying(PermitRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("permits.not-eligible.not-your-car"));
		assertThatThrownBy(() -> permits.changeVehicle(reference, TestPermits.CAR_OWNER.number(), "rpk27b"))
				.isInstanceOfSatisfying(PermitRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("permits.refused.same-car"));
	}

	@Test
	void aHolderWhoMovesOutOfTheZoneKeepsThePermitToTheEndOfThePaidPeriodAndIsTold() {
		// Birgitta Holm is registered in Bromma: after a review her permit is in zone S, so the register
		// now says she lives outside its zone, as after a move.
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.grantAfterReview(reference, TestPermits.OUTSIDE_ZONES, "S", "BHO11A",
				PermitPeriod.MONTH, TestPermits.OFFICER, "documents showed the address");
		permits.paymentSettled(granted.feeId(), Instant.now());
		LocalDate paidUntil = permits.find(reference).orElseThrow().paidUntil().orElseThrow();

		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new PersonMoved(UUID.randomUUID(),
				Instant.now(), TestPermits.OUTSIDE_ZONES.number(), new Address("Skånegatan 1", "11637", "Stockholm"),
				new Address("Åkeshovsvägen 17", "16839", "Bromma"), "Södermalm", "Bromma", false)));

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> permits.find(reference).orElseThrow().ended());
		PermitView ended = permits.find(reference).orElseThrow();
		assertThat(ended.endsOn()).contains(paidUntil);
		assertThat(ended.endReason()).contains("MOVED");
		assertThat(ended.validOn(paidUntil)).isTrue();
		assertThat(ended.validity().check("BHO11A", "S", paidUntil.plusDays(1).toEpochDay())).isEqualTo(PermitValidity.Reason.ENDED);
	}

	@Test
	void aMoveWithinTheZoneChangesNothing() {
		String reference = granted();
		permits.holderMoved(TestPermits.CAR_OWNER.number());
		assertThat(permits.find(reference).orElseThrow().ended()).isFalse();
	}

	@Test
	void staffCorrectionsNeedAReasonAndAreKept() {
		String reference = granted();
		assertThatThrownBy(() -> permits.correct(reference, TestPermits.OFFICER, new Permits.ChangeZone("K"), " "))
				.isInstanceOf(PermitRefused.class);

		permits.correct(reference, TestPermits.OFFICER, new Permits.ChangeZone("k"), "the address is on the zone border");

		assertThat(permits.find(reference).orElseThrow().zone()).isEqualTo("K");
		assertThat(permits.corrections(reference)).first().satisfies(correction -> {
			assertThat(correction.what()).isEqualTo("zone S → K");
			assertThat(correction.staffId()).isEqualTo(TestPermits.OFFICER.staffId());
			assertThat(correction.reason()).isEqualTo("the address is on the zone border");
		});
	}

	/** The car owner's permit, granted and its first month paid. */
	private String granted() {
		String reference = TestPermits.reference();
		Permits.Granted granted = (Permits.Granted) permits.apply(reference, TestPermits.CAR_OWNER, "RPK27B", PermitPeriod.MONTH);
		permits.paymentSettled(granted.feeId(), Instant.now());
		return reference;
	}

	private void settle(UUID feeId, String matter) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new PaymentSettled(UUID.randomUUID(),
				feeId, matter, Money.sek("2900"), "test-" + feeId, Instant.now(), TestPermits.CAR_OWNER)));
	}
}
