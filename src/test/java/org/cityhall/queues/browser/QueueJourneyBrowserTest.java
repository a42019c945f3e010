package org.cityhall.queues.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.queues.Alternative;
import org.cityhall.queues.Entry;
import org.cityhall.queues.HousingListings;
import org.cityhall.queues.MakingOffers;
import org.cityhall.queues.QueueEntries;
import org.cityhall.queues.Queues;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser with axe on every page, in both languages: a guardian applies for a child to three
 * pre-schools without logging in, logs in with the demo eID, sees the positions, gets an offer and
 * accepts it; a housing member registers interest in a listing, the landlord sees them ranked, invites
 * them to a viewing and offers the contract, and the member answers and accepts it.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class QueueJourneyBrowserTest {

	private static final String[] CHOICES = {"preschool-lonnen", "preschool-ekorren", "preschool-solrosen"};

	@Autowired
	Queues queues;

	@Autowired
	QueueEntries entries;

	@Autowired
	MakingOffers offers;

	@Autowired
	HousingListings listings;

	private final Actor administrator = new Actor(new Party.Staff("officer-district-administrations", "Handläggare"),
			new Party.Staff("officer-district-administrations", "Handläggare"), Actor.Representation.STAFF, Set.of(),
			LevelOfAssurance.LOA3);

	@Test
	void aGuardianAppliesWithoutLoginThenLogsInSeesPositionsAndAcceptsAnOffer(Browser browser) {
		browser.visit("/queues/preschools?lang=en");
		assertThat(browser.language()).isEqualTo("en");
		browser.visit("/queues/preschools?lang=sv");
		browser.visit("/eservices/preschool-application");
		click(browser, By.cssSelector("a.govuk-button--start"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.id("childName")).sendKeys(DemoPersonas.PRESCHOOL_CHILD.name());
		browser.find(By.id("childIdentityNumber")).sendKeys(DemoPersonas.PRESCHOOL_CHILD.id());
		browser.find(By.id("guardianEmail")).sendKeys("guardian-journey@example.org");
		click(browser, By.cssSelector("form button.govuk-button"));
		for (int i = 0; i < CHOICES.length; i++) {
			browser.find(By.cssSelector("select[name='choice" + (i + 1) + "'] option[value='" + CHOICES[i] + "']")).click();
		}
		LocalDate start = LocalDate.now().plusMonths(8).withDayOfMonth(1);
		browser.find(By.name("desiredStartDay")).sendKeys(String.valueOf(start.getDayOfMonth()));
		browser.find(By.name("desiredStartMonth")).sendKeys(String.valueOf(start.getMonthValue()));
		browser.find(By.name("desiredStartYear")).sendKeys(String.valueOf(start.getYear()));
		browser.find(By.cssSelector("input[name='sibling'][value='no']")).click();
		browser.find(By.cssSelector("input[name='keepHigher'][value='no']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser.path()).matches("/cases/PA-\\d{4}-\\d{6}/receipt");
		String number = browser.path().split("/")[2];

		signIn(browser, DemoPersonas.PARENT);
		browser.visit("/my-pages");
		assertThat(browser.find(By.id("queue-entries")).getText()).contains(number);
		browser.visit("/my-pages/queues/" + number + "?lang=en");
		assertThat(browser.findAll(By.cssSelector("#standings tbody tr"))).hasSize(3);
		browser.visit("/my-pages/queues/" + number + "?lang=sv");

		// The district fills places at the first choice until the child is offered one.
		Entry entry = queues.entry(number).orElseThrow();
		int position = entries.standings(entry).get(CHOICES[0]).position();
		offers.openPlaces(CHOICES[0], position, start, administrator);
		browser.visit("/my-pages/queues/" + number);
		assertThat(browser.find(By.id("offer")).getText()).contains("Förskolan Lönnen");
		click(browser, By.id("accept"));
		assertThat(browser.find(By.id("done")).getText()).contains("Förskolan Lönnen");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Placerad");
		browser.visit("/my-pages/queues/" + number + "?lang=en");
		browser.visit("/my-pages/queues/" + number + "?lang=sv");
	}

	@Test
	void aHousingMemberRegistersInterestAndTheLandlordSeesThemRanked(Browser browser) {
		Actor landlord = new Actor(DemoPersonas.BUSINESS_OWNER.party(), new Party.Organisation(
				OrganisationNumber.parse(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER), DemoPersonas.RESTAURANT_NAME),
				Actor.Representation.SIGNATORY, Set.of(), LevelOfAssurance.LOA3);
		Alternative listing = listings.publish(landlord, new HousingListings.Listing("Lindgatan 7", "Kungsholmen", 2, 52, 9200,
				Optional.of(4), false));

		signIn(browser, DemoPersonas.CO_PARENT);
		browser.visit("/my-pages/housing");
		click(browser, By.id("join"));
		click(browser, By.cssSelector("form button.govuk-button--start"));
		browser.find(By.id("householdSize")).sendKeys("2");
		browser.find(By.cssSelector("input[name='meetsIncome'][value='yes']")).click();
		click(browser, By.cssSelector("form button.govuk-button"));
		click(browser, By.cssSelector("form[action$='/submit'] button"));
		browser.visit("/my-pages/housing?lang=en");
		browser.visit("/my-pages/housing?lang=sv");
		click(browser, By.cssSelector("#listing-" + listing.id() + " button"));
		assertThat(browser.find(By.id("listing-" + listing.id())).getText()).contains("Du är intresserad (plats 1)");
		click(browser, By.id("logout"));

		signIn(browser, DemoPersonas.BUSINESS_OWNER);
		browser.visit("/act-for");
		browser.find(By.cssSelector("input[name='subject'][value='" + DemoPersonas.RESTAURANT_ORGANISATION_NUMBER + "|SIGNATORY']"))
				.click();
		click(browser, By.id("act-for-continue"));
		browser.visit("/my-pages/housing/landlord?lang=en");
		browser.visit("/my-pages/housing/landlord?lang=sv");
		assertThat(browser.find(By.id("ranked-" + listing.id())).getText()).contains(DemoPersonas.CO_PARENT.name());

		// The landlord invites the best ranked to a viewing, then offers the member the contract.
		browser.find(By.id("viewingDate-" + listing.id())).sendKeys(LocalDate.now().plusDays(7).toString());
		browser.find(By.id("viewingTime-" + listing.id())).sendKeys("17:30");
		browser.find(By.id("viewingPlace-" + listing.id())).sendKeys("Porten, Lindgatan 7");
		browser.find(By.id("viewingCount-" + listing.id())).sendKeys("5");
		click(browser, By.cssSelector("form[action$='/viewings'] button"));
		assertThat(browser.find(By.id("done")).getText()).contains("1");
		click(browser, By.cssSelector("#ranked-" + listing.id() + " form[action$='/contracts'] button"));
		assertThat(browser.find(By.id("ranked-" + listing.id())).getText()).contains("Erbjudet, inget svar än");
		browser.visit("/my-pages/housing/landlord?lang=en");
		browser.visit("/my-pages/housing/landlord?lang=sv");
		click(browser, By.id("logout"));

		// The member says they will come, and accepts the contract with the demo eID.
		signIn(browser, DemoPersonas.CO_PARENT);
		browser.visit("/my-pages/housing");
		click(browser, By.cssSelector("#viewings ~ .govuk-summary-card button[value='coming']"));
		assertThat(browser.find(By.cssSelector(".govuk-summary-card")).getText()).contains("Du har svarat att du kommer.");
		browser.visit("/my-pages/housing?lang=en");
		browser.visit("/my-pages/housing?lang=sv");
		click(browser, By.cssSelector("#contract a"));
		click(browser, By.id("accept"));
		assertThat(browser.find(By.id("done")).getText()).contains("Lindgatan 7");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Placerad");
	}

	@Test
	void theDistrictsOfficerSeesTheQueueAndIsToldWhatIsWrongInABatchOffer(Browser browser) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id("staff-officer-district-administrations")).click();
		click(browser, By.id("demo-staff-sign-in"));

		browser.visit("/staff/queues/preschool?lang=en");
		browser.visit("/staff/queues/preschool?lang=sv");
		browser.find(By.id("count")).sendKeys("12");
		browser.find(By.id("from")).sendKeys("1 augusti");
		click(browser, By.id("fill"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Skriv ett datum som 2027-08-01.");
		assertThat(browser.find(By.id("from")).getDomProperty("value")).isEqualTo("1 augusti");
	}

	private static void signIn(Browser browser, DemoPersonas.Persona persona) {
		browser.visit("/login");
		click(browser, By.id("login-demo"));
		browser.find(By.id("persona-" + persona.id())).click();
		click(browser, By.id("demo-sign-in"));
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
