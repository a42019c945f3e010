package org.cityhall.identity.consents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentGranted;
import org.cityhall.identity.ConsentRevoked;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.Person;
import org.cityhall.identity.PopulationRegister;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Address;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;
import org.cityhall.testing.MutableClock;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The consent rules on the real database: each test gives consents between persons of its own,
 * judged by a clock it moves by hand.
 */
@CityHallWebTest
@RecordApplicationEvents
class ConsentsTest {

	/** 11:00 in Stockholm on 1 December 2026. */
	private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consents applicationConsents;

	@Autowired
	ApplicationEvents applicationEvents;

	MutableClock clock;
	PopulationRegister register;
	List<Object> published;
	Consents consents;

	PersonalIdentityNumber karin;
	PersonalIdentityNumber erik;
	Actor karinSelf;
	Actor erikSelf;

	@BeforeEach
	void setUp() {
		clock = new MutableClock(START);
		register = mock(PopulationRegister.class);
		published = new ArrayList<>();
		consents = new Consents(jdbc, register, published::add, clock);
		karin = TestPersons.random();
		erik = TestPersons.random();
		karinSelf = TestPersons.self(karin, "Karin Berg");
		erikSelf = TestPersons.self(erik, "Erik Berg");
	}

	@Test
	void aConsentHoldsUntilTheEndOfItsLastDayInStockholmAndThenExpires() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY);

		assertThat(consent.validFrom()).isEqualTo(START);
		assertThat(consent.validUntil()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
		assertThat(consent.lastDay()).isEqualTo(TODAY);
		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();

		clock.set(Instant.parse("2026-12-01T22:59:59.999999Z"));
		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();

		clock.set(Instant.parse("2026-12-01T23:00:00Z"));
		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isFalse();

		clock.set(START.plus(Duration.ofDays(1)));
		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isFalse();
		assertThat(consents.activeReceivedBy(erik)).isEmpty();
		assertThat(consents.receivedBy(erik)).singleElement()
				.satisfies(kept -> assertThat(kept.statusAt(clock.instant())).isEqualTo(Consent.Status.EXPIRED));
	}

	@Test
	void theLastDayEndsAtMidnightInStockholmInSummerToo() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.MATTERS, LocalDate.of(2027, 7, 1));

		assertThat(consent.validUntil()).isEqualTo(Instant.parse("2027-07-01T22:00:00Z"));
		assertThat(consent.lastDay()).isEqualTo(LocalDate.of(2027, 7, 1));
	}

	@Test
	void aConsentCoversOnlyItsScopeAndItsTwoPersons() {
		consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY.plusDays(30));

		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();
		assertThat(consents.isActive(karin, erik, ConsentScope.MATTERS)).isFalse();
		assertThat(consents.isActive(karin, erik, ConsentScope.ACT_FOR_ME)).isFalse();
		assertThat(consents.isActive(erik, karin, ConsentScope.CARE_DIARY)).isFalse();
		assertThat(consents.isActive(karin, TestPersons.random(), ConsentScope.CARE_DIARY)).isFalse();
	}

	@Test
	void aRevokedConsentIsInactiveInTheSameInstant() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY.plusDays(30));
		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();

		consents.revoke(karinSelf, consent.id());

		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isFalse();
		assertThat(consents.activeReceivedBy(erik)).isEmpty();
		Consent kept = consents.givenBy(karin).get(0);
		assertThat(kept.revokedAt()).isEqualTo(START);
		assertThat(kept.statusAt(START)).isEqualTo(Consent.Status.REVOKED);
		assertThat(published).filteredOn(ConsentRevoked.class::isInstance).singleElement().satisfies(event -> {
			ConsentRevoked revoked = (ConsentRevoked) event;
			assertThat(revoked.occurredAt()).isEqualTo(START);
			assertThat(revoked.consentId()).isEqualTo(consent.id());
			assertThat(revoked.grantor()).isEqualTo(karin);
			assertThat(revoked.grantee()).isEqualTo(erik);
			assertThat(revoked.revokedBy()).isEqualTo(karin.value());
		});
	}

	@Test
	void theGranteeMayGiveUpAConsent() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.MATTERS, TODAY.plusDays(30));
		clock.advance(Duration.ofMinutes(5));

		consents.revoke(erikSelf, consent.id());

		assertThat(consents.isActive(karin, erik, ConsentScope.MATTERS)).isFalse();
		assertThat(published).filteredOn(ConsentRevoked.class::isInstance).singleElement()
				.satisfies(event -> assertThat(((ConsentRevoked) event).revokedBy()).isEqualTo(erik.value()));
	}

	@Test
	void nobodyElseMayRevokeAConsent() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.ACT_FOR_ME, TODAY.plusDays(30));
		Actor stranger = TestPersons.self(TestPersons.random(), "Sara Holm");
		Actor erikActingForKarin = new Actor(new Party.Person(erik, "Erik Berg"), new Party.Person(karin, "Karin Berg"),
				Actor.Representation.CONSENT, Set.of(), LevelOfAssurance.LOA3);
		Actor staff = new Actor(new Party.Staff("staff:officer", "Officer"), new Party.Staff("staff:officer", "Officer"),
				Actor.Representation.SELF, Set.of(), LevelOfAssurance.LOA3);

		assertThatThrownBy(() -> consents.revoke(stranger, consent.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consents.revoke(erikActingForKarin, consent.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consents.revoke(staff, consent.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> consents.revoke(karinSelf, UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);

		assertThat(consents.isActive(karin, erik, ConsentScope.ACT_FOR_ME)).isTrue();
		assertThat(published).noneMatch(ConsentRevoked.class::isInstance);
	}

	@Test
	void revokingTwiceChangesNothingTheSecondTime() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY.plusDays(30));
		consents.revoke(karinSelf, consent.id());
		clock.advance(Duration.ofHours(1));

		consents.revoke(erikSelf, consent.id());

		assertThat(consents.givenBy(karin).get(0).revokedAt()).isEqualTo(START);
		assertThat(published).filteredOn(ConsentRevoked.class::isInstance).hasSize(1);
	}

	@Test
	void onlyAPersonActingForThemselvesMayGiveAConsent() {
		PersonalIdentityNumber child = TestPersons.random();
		Actor guardianForChild = new Actor(new Party.Person(karin, "Karin Berg"), new Party.Person(child, "Lisa Berg"),
				Actor.Representation.GUARDIAN, Set.of(), LevelOfAssurance.LOA3);
		Actor visitor = Actor.self(new Party.Visitor("visitor@example.org"), LevelOfAssurance.EMAIL_CODE);
		Actor staff = Actor.self(new Party.Staff("staff:officer", "Officer"), LevelOfAssurance.LOA3);

		for (Actor actor : List.of(guardianForChild, visitor, staff)) {
			assertThatThrownBy(() -> consents.grant(actor, erik, ConsentScope.CARE_DIARY, TODAY))
					.as(actor.representation() + " " + actor.who().getClass().getSimpleName())
					.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(consents.receivedBy(erik)).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aPersonCannotGiveThemselvesAConsent() {
		assertThatThrownBy(() -> consents.grant(karinSelf, karin, ConsentScope.CARE_DIARY, TODAY))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("a person cannot give a consent to themselves");
		assertThat(consents.givenBy(karin)).isEmpty();
	}

	@Test
	void theLastDayIsTodayOrLaterAndAtMostFiveYearsAhead() {
		assertThatThrownBy(() -> consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY.minusDays(1)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("the last day of a consent must be today, 2026-12-01, or later, not 2026-11-30");
		assertThatThrownBy(() -> consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, LocalDate.of(2031, 12, 2)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("the last day of a consent may be at most 5 years ahead, 2031-12-01 at the latest, not 2031-12-02");
		assertThat(consents.givenBy(karin)).isEmpty();

		Consent longest = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, LocalDate.of(2031, 12, 1));
		assertThat(longest.lastDay()).isEqualTo(LocalDate.of(2031, 12, 1));
	}

	@Test
	void theGranteeIsNamedFromThePopulationRegisterOrLeftUnnamed() {
		PersonalIdentityNumber unregistered = TestPersons.random();
		when(register.find(erik)).thenReturn(Optional.of(new Person(erik, "Erik", "Berg", erik.birthDate(), false,
				new Address("Götgatan 22", "11846", "Stockholm"), "Södermalm", new Position(674_000, 6_579_000), "household-1")));

		Consent named = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY);
		Consent unnamed = consents.grant(karinSelf, unregistered, ConsentScope.CARE_DIARY, TODAY);

		assertThat(named.granteeName()).isEqualTo("Erik Berg");
		assertThat(named.grantorName()).isEqualTo("Karin Berg");
		assertThat(unnamed.granteeName()).isEmpty();
		assertThat(consents.receivedBy(unregistered)).singleElement().isEqualTo(unnamed);
		assertThat(consents.receivedBy(erik)).singleElement().isEqualTo(named);
	}

	@Test
	void bothSidesSeeEveryConsentNewestFirstRevokedAndExpiredIncluded() {
		PersonalIdentityNumber anna = TestPersons.random();
		Consent expiring = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY);
		clock.advance(Duration.ofMinutes(1));
		Consent revoked = consents.grant(karinSelf, erik, ConsentScope.MATTERS, TODAY.plusDays(10));
		clock.advance(Duration.ofMinutes(1));
		Consent standing = consents.grant(karinSelf, anna, ConsentScope.ACT_FOR_ME, TODAY.plusDays(10));
		clock.advance(Duration.ofMinutes(1));
		Consent fromErik = consents.grant(erikSelf, karin, ConsentScope.CARE_DIARY, TODAY.plusDays(10));
		consents.revoke(erikSelf, revoked.id());
		clock.set(START.plus(Duration.ofDays(1)));

		assertThat(consents.givenBy(karin)).extracting(Consent::id).containsExactly(standing.id(), revoked.id(), expiring.id());
		assertThat(consents.receivedBy(erik)).extracting(Consent::id).containsExactly(revoked.id(), expiring.id());
		assertThat(consents.receivedBy(karin)).extracting(Consent::id).containsExactly(fromErik.id());
		assertThat(consents.activeReceivedBy(erik)).isEmpty();
		assertThat(consents.activeReceivedBy(anna)).extracting(Consent::id).containsExactly(standing.id());
		assertThat(consents.givenBy(karin)).extracting(c -> c.statusAt(clock.instant()))
				.containsExactly(Consent.Status.ACTIVE, Consent.Status.REVOKED, Consent.Status.EXPIRED);
	}

	@Test
	void aConsentIsKeptForTheRecordAndCannotBeRemovedOrAltered() {
		Consent consent = consents.grant(karinSelf, erik, ConsentScope.CARE_DIARY, TODAY);
		consents.revoke(karinSelf, consent.id());

		assertThatThrownBy(() -> jdbc.sql("DELETE FROM identity_consent WHERE id = :id").param("id", consent.id()).update())
				.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("UPDATE identity_consent SET revoked_at = NULL, revoked_by = NULL WHERE id = :id")
				.param("id", consent.id()).update())
				.isInstanceOf(DataAccessException.class);
		assertThat(consents.givenBy(karin)).singleElement().satisfies(kept -> assertThat(kept.isRevoked()).isTrue());
	}

	@Test
	void grantingAndRevokingArePublishedAsEvents() {
		Consent consent = applicationConsents.grant(karinSelf, erik, ConsentScope.MATTERS, LocalDate.now(Consent.ZONE).plusDays(7));

		assertThat(applicationEvents.stream(ConsentGranted.class).filter(event -> event.consentId().equals(consent.id())))
				.singleElement()
				.satisfies(event -> {
					assertThat(event.grantor()).isEqualTo(karin);
					assertThat(event.grantee()).isEqualTo(erik);
					assertThat(event.scope()).isEqualTo(ConsentScope.MATTERS);
					assertThat(event.validUntil()).isEqualTo(consent.validUntil());
					assertThat(event.occurredAt()).isEqualTo(consent.validFrom());
				});

		applicationConsents.revoke(erikSelf, consent.id());

		assertThat(applicationEvents.stream(ConsentRevoked.class).filter(event -> event.consentId().equals(consent.id())))
				.singleElement()
				.satisfies(event -> {
					assertThat(event.grantor()).isEqualTo(karin);
					assertThat(event.grantee()).isEqualTo(erik);
					assertThat(event.revokedBy()).isEqualTo(erik.value());
				});
		assertThat(applicationConsents.isActive(karin, erik, ConsentScope.MATTERS)).isFalse();
	}
}
