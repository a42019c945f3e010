package org.cityhall.archive.browser;

import java.time.Instant;

import org.cityhall.archive.ArchiveFixtures;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.RetentionClass;
import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.browser.Browser;
import org.cityhall.testing.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archivist searches the e-archive, opens a record and decides a disposal list, in a real browser
 * with axe on every page, the search in both languages.
 */
@CityHallWebTest
@ExtendWith(BrowserExtension.class)
class ArchivistsBrowserTest {

	static final Instant LONG_AGO = Instant.parse("2011-09-05T07:30:00Z");

	@Autowired
	FilingRecords filing;

	@Autowired
	ArchiveRecords records;

	@Test
	void anArchivistSearchesOpensARecordAndApprovesADisposalList(Browser browser) {
		ArchiveFixtures archive = new ArchiveFixtures(filing, records);
		Party.Person resident = ArchiveFixtures.resident();
		String matter = ArchiveFixtures.matter();
		archive.file(matter, resident, "cases.submitted", LONG_AGO, RetentionClass.disposeAfterYears(2), false);
		archive.file(matter, resident, "cases.decided", LONG_AGO.plusSeconds(600), RetentionClass.KEEP, true);
		signInAsArchivist(browser);

		browser.visit("/staff/archive?lang=en");
		assertThat(browser.language()).isEqualTo("en");
		browser.visit("/staff/archive?lang=sv");
		assertThat(browser.language()).isEqualTo("sv");
		browser.find(By.id("person")).sendKeys(resident.id());
		click(browser, By.cssSelector("form[role='search'] button.govuk-button"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Välj ändamålet");
		assertThat(browser.find(By.id("person")).getDomProperty("value")).isEqualTo(resident.id());

		browser.visit("/staff/archive?matter=" + matter);
		assertThat(browser.find(By.id("archive-results")).getText()).contains("cases.submitted", "cases.decided");
		click(browser, By.cssSelector("#archive-results a"));
		assertThat(browser.find(By.id("verification")).getText()).contains("Handlingen verifieras");
		click(browser, By.cssSelector("#record-chain a[rel='prev']"));
		assertThat(browser.path()).startsWith("/staff/archive/records/");

		browser.visit("/staff/archive/export");
		browser.visit("/staff/archive/disposal");
		click(browser, By.id("propose"));
		assertThat(browser.find(By.id("disposal-items")).getText()).contains(matter);
		click(browser, By.id("decide"));
		assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Välj om du godkänner");
		browser.find(By.id("decision")).click();
		click(browser, By.id("decide"));
		assertThat(browser.find(By.id("list-status")).getText()).isEqualTo("Godkänt och gallrat");
		browser.visit("/staff/archive/disposal?lang=en");
		assertThat(browser.find(By.id("disposal-lists")).getText()).contains("Approved and disposed of");
	}

	private static void signInAsArchivist(Browser browser) {
		browser.visit("/login/staff");
		click(browser, By.id("login-demo-staff"));
		browser.find(By.id("staff-archivist")).click();
		click(browser, By.id("demo-staff-sign-in"));
	}

	private static void click(Browser browser, By control) {
		browser.loadingNextPage(() -> browser.find(control).click(), 200);
	}
}
