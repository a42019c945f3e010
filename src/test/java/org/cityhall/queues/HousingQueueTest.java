package org.cityhall.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.github.f4b6a3.uuid.UuidCreator;

/** The housing queue: joining at 18, queue days, interest in listings, and the landlord's ranked and filtered view. */
@CityHallWebTest
class HousingQueueTest {

	@Autowired
	Submissions submissions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Queues queues;

	@Autowired
	QueueEntries entries;

	@Autowired
	HousingListings listings;

	@Autowired
	MakingOffers offers;

	@Autowired
	AnnualQueueFees annualFees;

	@Autowired
	org.cityhall.billing.Fees fees;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private final Actor landlord = new Actor(new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.BUSINESS_OWNER.id()),
			DemoPersonas.BUSINESS_OWNER.name()), new Party.Organisation(OrganisationNumber.parse(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER),
					DemoPersonas.RESTAURANT_NAME), Actor.Representation.SIGNATORY, Set.of(), LevelOfAssurance.LOA3);

	@Test
	void anAdultJoinsWithTheFeeRecordedAndAChildIsRefused() {
		Party.Person karin = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.CAR_OWNER.id()), DemoPersonas.CAR_OWNER.name());

		Receipt receipt = join(Actor.self(karin, LevelOfAssurance.LOA3), 2, true);

		Entry member = queues.entry(receipt.number().value()).orElseThrow();
		assertThat(member.queueDate()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
		assertThat(member.householdSize()).contains(2);
		assertThat(member.activeChoices()).isEmpty();
		Party.Person child = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.SCHOOL_CHILD.id()), null);
		assertThatThrownBy(() -> join(Actor.self(child, LevelOfAssurance.LOA3), 1, false))
				.isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.housing-adult"));
		assertThatThrownBy(() -> join(Actor.self(karin, LevelOfAssurance.LOA3), 2, true))
				.isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.already-member"));
	}

	@Test
	void theLandlordSeesInterestedMembersRankedByQueueDaysWithoutThoseTheRequirementsExclude() throws Exception {
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Testgatan " + UuidCreator.getTimeOrderedEpoch(),
				"Södermalm", 2, 55, 8500, Optional.of(3), true));
		Entry newer = member(LocalDate.of(2020, 1, 1), 2, true, listing.id());
		Entry older = member(LocalDate.of(2012, 6, 1), 1, true, listing.id());
		member(LocalDate.of(2008, 1, 1), 5, true, listing.id());
		member(LocalDate.of(2009, 1, 1), 1, false, listing.id());

		assertThat(listings.rankedInterest(listing)).extracting(Entry::id).containsExactly(older.id(), newer.id());
		mvc.perform(get("/my-pages/housing/landlord").with(SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.BUSINESS_OWNER.id()),
				DemoPersonas.BUSINESS_OWNER.name())))
				.andExpect(content().string(containsString("Välj att företräda ditt företag")));
	}

	@Test
	void aMemberRegistersInterestAndSeesTheirPositionAndTheLimitIsKept() throws Exception {
		Party.Person anders = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.RELATIVE.id()), DemoPersonas.RELATIVE.name());
		join(Actor.self(anders, LevelOfAssurance.LOA3), 1, true);
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Provgatan 2", "Farsta", 1, 35, 6000,
				Optional.empty(), false));
		var asAnders = SignedInAs.resident(anders.number(), anders.name());

		mvc.perform(post("/my-pages/housing/interest").with(asAnders).with(csrf()).param("listing", listing.id()).param("action", "add"))
				.andExpect(redirectedUrl("/my-pages/housing"));

		mvc.perform(get("/my-pages/housing").with(asAnders))
				.andExpect(content().string(allOf(containsString("Du har 0 ködagar"), containsString("Du är intresserad (plats 1)"))));
		int limit = queues.queue("housing").orElseThrow().maxChoices();
		Entry member = listings.membershipOf(Actor.self(anders, LevelOfAssurance.LOA3)).orElseThrow();
		List<String> tooMany = new java.util.ArrayList<>();
		for (int i = 0; i <= limit; i++) {
			tooMany.add(listings.publish(landlord, new HousingListings.Listing("Fler " + i, "Farsta", 1, 30, 5000, Optional.empty(), false)).id());
		}
		assertThatThrownBy(() -> entries.changeChoices(member.reference(), Actor.self(anders, LevelOfAssurance.LOA3), tooMany, false))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.too-many-choices"));
	}

	@Test
	void theLandlordInvitesTheBestRankedToAViewingAndOffersTheContractToTheMemberChosen() {
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Visningsgatan " + UuidCreator.getTimeOrderedEpoch(),
				"Södermalm", 2, 55, 8500, Optional.of(3), false));
		Entry tooLarge = member(LocalDate.of(2008, 1, 1), 5, true, listing.id());
		Entry first = member(LocalDate.of(2010, 1, 1), 2, true, listing.id());
		Entry second = member(LocalDate.of(2012, 1, 1), 1, true, listing.id());
		Entry third = member(LocalDate.of(2015, 1, 1), 2, true, listing.id());
		Instant friday = Instant.now().plus(java.time.Duration.ofDays(3));

		List<HousingListings.Viewing> invited = listings.inviteToViewing(landlord, listing.id(), 2, friday, "Porten, Visningsgatan");
		List<HousingListings.Viewing> more = listings.inviteToViewing(landlord, listing.id(), 2, friday, "Porten, Visningsgatan");

		assertThat(invited).extracting(HousingListings.Viewing::entryId).containsExactly(first.id(), second.id());
		assertThat(more).extracting(HousingListings.Viewing::entryId).containsExactly(third.id());
		assertThatThrownBy(() -> listings.inviteToViewing(landlord, listing.id(), 1, Instant.now().minusSeconds(60), "Porten"))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.viewing-past"));

		listings.answerViewing(invited.get(0).id(), actorOf(first), false);
		listings.answerViewing(invited.get(1).id(), actorOf(second), true);
		assertThatThrownBy(() -> listings.answerViewing(invited.get(1).id(), actorOf(third), false))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.no-viewing"));
		assertThat(listings.invitationsOf(second)).extracting(HousingListings.Viewing::answer).containsExactly(HousingListings.Viewing.Answer.COMING);

		assertThatThrownBy(() -> listings.offerContract(landlord, listing.id(), tooLarge.id()))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.not-interested"));
		Offer contract = listings.offerContract(landlord, listing.id(), second.id());
		assertThatThrownBy(() -> listings.offerContract(landlord, listing.id(), second.id()))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.not-free-to-offer"));

		offers.accept(contract.id(), actorOf(second));

		// The contract signed, the member leaves the queue: their queue days are used.
		assertThat(queues.entry(second.id()).orElseThrow().status()).isEqualTo(Entry.Status.PLACED);
		assertThat(listings.rankedInterest(listing)).extracting(Entry::id).containsExactly(first.id(), third.id());
	}

	@Test
	void onlyTheCompanysSignatoryActingForItInvitesOrOffers() {
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Egen gata 1", "Farsta", 1, 30, 5000, Optional.empty(),
				false));
		Entry member = member(LocalDate.of(2011, 1, 1), 1, true, listing.id());
		Actor asThemselves = Actor.self(landlord.who(), LevelOfAssurance.LOA3);

		assertThatThrownBy(() -> listings.inviteToViewing(asThemselves, listing.id(), 1, Instant.now().plusSeconds(86_400), "Porten"))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.not-landlord"));
		assertThatThrownBy(() -> listings.offerContract(asThemselves, listing.id(), member.id()))
				.isInstanceOfSatisfying(QueueRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("queues.refused.not-landlord"));
	}

	@Test
	void theLandlordsViewingFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Formgatan 3", "Farsta", 1, 30, 5000, Optional.empty(),
				false));
		member(LocalDate.of(2011, 1, 1), 1, true, listing.id());
		var owner = SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.BUSINESS_OWNER.id()), DemoPersonas.BUSINESS_OWNER.name());
		jakarta.servlet.http.Cookie session = mvc.perform(post("/act-for").with(owner).with(csrf())
				.param("subject", DemoPersonas.RESTAURANT_ORGANISATION_NUMBER + "|SIGNATORY"))
				.andReturn().getResponse().getCookie("SESSION");

		mvc.perform(post("/my-pages/housing/landlord/listings/" + listing.id() + "/viewings").with(owner).with(csrf()).cookie(session)
				.param("viewingDate-" + listing.id(), "31 02 2027").param("viewingTime-" + listing.id(), "25:00")
				.param("viewingPlace-" + listing.id(), "Porten").param("viewingCount-" + listing.id(), "500"))
				.andExpect(content().string(allOf(containsString("Skriv en dag från och med i dag"), containsString("Skriv en tid, som 17:30."),
						containsString("Skriv ett antal från 1 till 50."), containsString("value=\"31 02 2027\""), containsString("value=\"Porten\""))));
		mvc.perform(post("/my-pages/housing/landlord/listings/" + listing.id() + "/viewings").with(owner).with(csrf()).cookie(session)
				.param("viewingDate-" + listing.id(), "15 12 2099").param("viewingTime-" + listing.id(), "17.30")
				.param("viewingPlace-" + listing.id(), "Porten").param("viewingCount-" + listing.id(), "5"))
				.andExpect(redirectedUrl("/my-pages/housing/landlord#ranked-" + listing.id()));
		mvc.perform(get("/my-pages/housing/landlord").with(owner).cookie(session))
				.andExpect(content().string(allOf(containsString("Inbjuden till 2099-12-15 17:30, inget svar än"),
						containsString("Erbjud kontraktet"))));
	}

	@Test
	void aMemberStillWaitingOwesTheAnnualFeeOnceEachYearAfterTheFirst() {
		Party.Person anna = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()), DemoPersonas.PARENT.name());
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		Entry member = entries.register(new QueueEntries.Registration("housing", reference, anna, anna, Optional.empty(),
				LocalDate.of(2024, 1, 1), 2, Optional.empty(), Optional.empty(), List.of(), false, Optional.of(1), Optional.of(true)));
		// Joined two years and ten days ago: the third year of membership has begun.
		java.time.ZonedDateTime joined = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Stockholm")).minusYears(2).minusDays(10);
		jdbc.sql("UPDATE queues_entry SET registered_at = ? WHERE id = ?").params(java.sql.Timestamp.from(joined.toInstant()), member.id())
				.update();

		annualFees.charge();
		annualFees.charge();

		assertThat(fees.forMatter(reference)).singleElement().satisfies(fee -> {
			assertThat(fee.what().sv()).startsWith("Årlig köavgift till bostadskön").contains("(år 3, " + joined.toLocalDate().plusYears(2));
			assertThat(fee.what().en()).contains("(year 3, ");
			assertThat(fee.amount()).isEqualTo(org.cityhall.shared.Money.sek("400"));
		});
		assertThat(jdbc.sql("SELECT year FROM queues_annual_fee WHERE entry_id = ?").param(member.id()).query(Integer.class).list())
				.containsExactly(2);
	}

	@Test
	void aMemberWhoLeftOrJoinedThisYearOwesNoAnnualFee() {
		Party.Person anna = new Party.Person(PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()), DemoPersonas.PARENT.name());
		String recent = "T-" + UuidCreator.getTimeOrderedEpoch();
		entries.register(new QueueEntries.Registration("housing", recent, anna, anna, Optional.empty(), LocalDate.now(), 2,
				Optional.empty(), Optional.empty(), List.of(), false, Optional.of(1), Optional.of(true)));
		String left = "T-" + UuidCreator.getTimeOrderedEpoch();
		Entry leaving = entries.register(new QueueEntries.Registration("housing", left, anna, anna, Optional.empty(),
				LocalDate.of(2020, 1, 1), 2, Optional.empty(), Optional.empty(), List.of(), false, Optional.of(1), Optional.of(true)));
		jdbc.sql("UPDATE queues_entry SET registered_at = now() - interval '3 years' WHERE id = ?").param(leaving.id()).update();
		entries.withdraw(left, Actor.self(anna, LevelOfAssurance.LOA3));

		annualFees.charge();

		assertThat(fees.forMatter(recent)).isEmpty();
		assertThat(fees.forMatter(left)).isEmpty();
	}

	private static Actor actorOf(Entry entry) {
		return new Actor(entry.applicant(), entry.subject(), Actor.Representation.SELF, Set.of(), LevelOfAssurance.LOA3);
	}

	private Receipt join(Actor actor, int household, boolean income) {
		EService housing = catalogue.find("housing-queue").orElseThrow();
		return submissions.submit(new Submissions.Request(housing, actor,
				new Answers(java.util.Map.of("applicantName", "Test", "householdSize", new java.math.BigDecimal(household), "meetsIncome", income)),
				List.of(), EService.Channel.WEB, "test:" + UuidCreator.getTimeOrderedEpoch(), Optional.empty(), Optional.empty(), false));
	}

	private Entry member(LocalDate queueDate, int household, boolean income, String listing) {
		String reference = "T-" + UuidCreator.getTimeOrderedEpoch();
		Party member = new Party.Anonymous(reference, "Medlem " + reference);
		return entries.register(new QueueEntries.Registration("housing", reference, member, member, Optional.empty(), queueDate, 2,
				Optional.empty(), Optional.empty(), List.of(listing), false, Optional.of(household), Optional.of(income)));
	}
}
