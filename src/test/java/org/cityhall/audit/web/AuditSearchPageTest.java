package org.cityhall.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.audit.AuditRecord;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.audit.Reads.byOfficer;
import static org.cityhall.audit.Reads.randomStaff;
import static org.cityhall.audit.Reads.randomSubject;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@CityHallWebTest
class AuditSearchPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Test
	void theSearchShowsReadsNewestFirstWithIdentityNumbersMasked() throws Exception {
		String subject = randomSubject();
		String relative = randomSubject();
		String officer = randomStaff("officer");
		log.recordRead(byOfficer(officer, subject, "case:HP-2026-000123"));
		log.recordRead(new AuditLog.Read(relative, "Consenting Relative", "relative", subject, "care-diary", "consent:care-diary", "web"));
		AuditRecord newest = log.search(AuditQuery.all().withSubject(subject)).get(0);

		String page = page(get("/staff/audit").param("subject", subject.substring(0, 8) + "-" + subject.substring(8)));

		String table = table(page);
		assertThat(table)
				.contains(subject.substring(0, 8) + "-****", relative.substring(0, 8) + "-****", officer, "Ärende HP-2026-000123",
						"Handläggning av ärende", "handläggare", "Med samtycke: Omsorgsdagbok", "närstående", "Webb",
						inStockholm(newest, "sv"))
				.doesNotContain(subject, relative);
		assertThat(table.indexOf("Omsorgsdagbok")).as("newest first").isLessThan(table.indexOf("Ärende HP-2026-000123"));
		HtmlChecker.assertValid(page, "audit search with results (sv)");
	}

	@Test
	void aSearchByWhoReadNeverShowsTheFullNumbersOfWhoseDataItWas() throws Exception {
		String subject = randomSubject();
		String officer = randomStaff("officer");
		log.recordRead(byOfficer(officer, subject, "profile"));
		AuditRecord read = log.search(AuditQuery.all().withActor(officer)).get(0);

		String page = page(get("/staff/audit").param("actor", officer).param("lang", "en"));

		assertThat(page).doesNotContain(subject)
				.contains(subject.substring(0, 8) + "-****", "Personal details", "Handling a case", "officer", inStockholm(read, "en"));
		HtmlChecker.assertValid(page, "audit search by actor (en)");
	}

	@Test
	void resultsComeFiftyToAPageWithPreviousAndNextLinks() throws Exception {
		String officer = randomStaff("officer");
		String subject = randomSubject();
		for (int i = 0; i < 51; i++) {
			log.recordRead(byOfficer(officer, subject, "case:HP-2026-" + String.format("%06d", i)));
		}

		String first = page(get("/staff/audit").param("actor", officer));
		assertThat(first).contains("Visar läsning 1–50", "rel=\"next\"", "page=2", "HP-2026-000050", "HP-2026-000001")
				.doesNotContain("rel=\"prev\"", "HP-2026-000000<");
		assertThat(first).containsPattern("href=\"/staff/audit\\?actor=[^\"]*" + officer.substring("staff:".length()) + "&amp;page=2\"");

		String second = page(get("/staff/audit").param("actor", officer).param("page", "2"));
		assertThat(second).contains("Visar läsning 51–51", "rel=\"prev\"", "page=1", "HP-2026-000000")
				.doesNotContain("rel=\"next\"", "HP-2026-000001");
		HtmlChecker.assertValid(second, "audit search, second page (sv)");
	}

	@Test
	void anImpossibleDateAndABadNumberAreExplainedInSwedishWithWhatWasTypedKept() throws Exception {
		String page = page(get("/staff/audit").param("subject", "12345")
				.param("fromDay", "31").param("fromMonth", "2").param("fromYear", "2026")
				.param("toDay", "1").param("toMonth", "").param("toYear", "2026"));

		assertThat(page).contains("govuk-error-summary", "<title>Fel: ",
				"Ange ett personnummer eller organisationsnummer med 10 eller 12 siffror",
				"Datumet från och med måste vara ett riktigt datum",
				"Datumet till och med måste innehålla månad",
				"href=\"#subject\"", "href=\"#from-day\"", "href=\"#to-month\"",
				"value=\"12345\"", "value=\"31\"", "value=\"2\"", "value=\"2026\"", "value=\"1\"")
				.doesNotContain("<table");
		HtmlChecker.assertValid(page, "audit search with errors (sv)");
	}

	@Test
	void aFromDateAfterTheToDateIsExplainedInEnglishWithWhatWasTypedKept() throws Exception {
		String page = page(get("/staff/audit").param("lang", "en").param("what", "care-diary")
				.param("fromDay", "10").param("fromMonth", "3").param("fromYear", "2026")
				.param("toDay", "1").param("toMonth", "3").param("toYear", "2026"));

		assertThat(page).contains("There is a problem", "<title>Error: ",
				"The from date must be the same as or before the to date",
				"value=\"care-diary\"", "value=\"10\"", "value=\"3\"", "value=\"1\"")
				.doesNotContain("<table");
		HtmlChecker.assertValid(page, "audit search with errors (en)");
	}

	@Test
	void aDateWithPartsMissingSaysWhichInEnglish() throws Exception {
		String page = page(get("/staff/audit").param("lang", "en").param("fromDay", "5").param("toMonth", "4").param("toYear", "2026"));

		assertThat(page).contains("The from date must include a month and year", "The to date must include a day",
				"href=\"#from-month\"", "href=\"#to-day\"", "value=\"5\"", "value=\"4\"", "value=\"2026\"");
		assertThat(page).containsPattern("class=\"[^\"]*govuk-input--error\"\\s+id=\"from-month\"")
				.doesNotContainPattern("class=\"[^\"]*govuk-input--error\"\\s+id=\"from-day\"");
	}

	@Test
	void anImpossibleDateIsExplainedInEnglish() throws Exception {
		String page = page(get("/staff/audit").param("lang", "en")
				.param("toDay", "30").param("toMonth", "13").param("toYear", "2026").param("subject", "19850412-12"));

		assertThat(page).contains("The to date must be a real date",
				"Enter a personal identity number or organisation number with 10 or 12 digits",
				"value=\"30\"", "value=\"13\"", "value=\"19850412-12\"");
	}

	@Test
	void aDateRangeFindsTheReadsOfThoseDays() throws Exception {
		String officer = randomStaff("officer");
		log.recordRead(byOfficer(officer, randomSubject(), "profile"));
		AuditRecord read = log.search(AuditQuery.all().withActor(officer)).get(0);
		var day = read.at().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();

		String sameDay = page(get("/staff/audit").param("actor", officer)
				.param("fromDay", String.valueOf(day.getDayOfMonth())).param("fromMonth", String.valueOf(day.getMonthValue()))
				.param("fromYear", String.valueOf(day.getYear()))
				.param("toDay", String.valueOf(day.getDayOfMonth())).param("toMonth", String.valueOf(day.getMonthValue()))
				.param("toYear", String.valueOf(day.getYear())));
		String dayBefore = page(get("/staff/audit").param("actor", officer)
				.param("toDay", String.valueOf(day.minusDays(1).getDayOfMonth()))
				.param("toMonth", String.valueOf(day.minusDays(1).getMonthValue()))
				.param("toYear", String.valueOf(day.minusDays(1).getYear())));

		assertThat(sameDay).contains("Visar läsning 1–1");
		assertThat(dayBefore).contains("Inga läsningar matchar sökningen.");
	}

	@Test
	void staffWithoutTheAdministratorRoleMayNotSearchTheLog() throws Exception {
		int status = mvc.perform(get("/staff/audit").with(user("staff:officer-environment").roles("STAFF")))
				.andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(403);
	}

	@Test
	void aVisitorWhoHasNotSignedInMayNotSearchTheLog() throws Exception {
		int status = mvc.perform(get("/staff/audit")).andReturn().getResponse().getStatus();

		assertThat(status).isIn(302, 401, 403);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(administrator())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor administrator() {
		return user("staff:admin").authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMINISTRATOR"));
	}

	private static String table(String page) {
		int start = page.indexOf("<table");
		assertThat(start).as("a results table").isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	static String inStockholm(AuditRecord read, String language) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag(language))
				.format(read.at().atZone(ZoneId.of("Europe/Stockholm")));
	}
}
