package org.cityhall.identity.consents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.cityhall.identity.Consent;
import org.cityhall.identity.ConsentGranted;
import org.cityhall.identity.ConsentRevoked;
import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consents pages as residents use them, in Swedish and English. */
@CityHallWebTest
@RecordApplicationEvents
class ConsentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consents consents;

	@Autowired
	ApplicationEvents events;

	PersonalIdentityNumber karin;
	PersonalIdentityNumber erik;
	RequestPostProcessor asKarin;
	RequestPostProcessor asErik;

	@BeforeEach
	void setUp() {
		karin = TestPersons.random();
		erik = TestPersons.random();
		asKarin = SignedInAs.resident(karin, "Karin Berg");
		asErik = SignedInAs.resident(erik, "Erik Berg");
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void aConsentGivenOnTheFormIsShownToBothSides(String language) throws Exception {
		LocalDate lastDay = today().plusMonths(3);
		MvcResult granted = mvc.perform(post("/consents").with(asKarin).with(csrf()).param("lang", language)
						.param("grantee", erik.formatted())
						.param("scope", "CARE_DIARY")
						.param("lastDayDay", String.valueOf(lastDay.getDayOfMonth()))
						.param("lastDayMonth", String.valueOf(lastDay.getMonthValue()))
						.param("lastDayYear", String.valueOf(lastDay.getYear())))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/consents"))
				.andReturn();

		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();
		Consent consent = consents.givenBy(karin).get(0);
		assertThat(consent.lastDay()).isEqualTo(lastDay);
		assertThat(events.stream(ConsentGranted.class).filter(event -> event.consentId().equals(consent.id())))
				.singleElement()
				.satisfies(event -> assertThat(event.grantee()).isEqualTo(erik));

		boolean swedish = language.equals("sv");
		String grantorPage = page(redirectFrom(granted), asKarin, language);
		String day = day(lastDay, language);
		assertThat(grantorPage).contains(swedish
				? "Samtycket är registrerat. " + erik.masked() + " kan nu läsa din omsorgsdagbok till och med " + day + "."
				: "The consent is registered. " + erik.masked() + " can now read your care diary up to and including " + day + ".");
		assertThat(tableOf(grantorPage, "given")).contains(erik.masked(), swedish ? "Läsa min omsorgsdagbok" : "Read my care diary",
				day, swedish ? "Gäller" : "Active", swedish ? "Återkalla" : "Revoke", "/consents/" + consent.id() + "/revoke");
		assertThat(grantorPage).contains(swedish ? "Du har inte fått något samtycke." : "You have not received any consent.");
		HtmlChecker.assertValid(grantorPage, "consents of the grantor with a banner (" + language + ")");

		String granteePage = page(get("/consents"), asErik, language);
		assertThat(tableOf(granteePage, "received")).contains("Karin Berg", karin.masked(),
				swedish ? "Läsa omsorgsdagboken" : "Read the care diary", day, swedish ? "Gäller" : "Active",
				swedish ? "Avstå" : "Give up", "/consents/" + consent.id() + "/revoke");
		assertThat(granteePage).contains(swedish ? "Du har inte gett något samtycke." : "You have not given any consent.")
				.doesNotContain("govuk-notification-banner");
		HtmlChecker.assertValid(granteePage, "consents of the grantee (" + language + ")");
	}

	@Test
	void revokingFromThePageEndsTheConsentAtOnce() throws Exception {
		Consent consent = consents.grant(TestPersons.self(karin, "Karin Berg"), erik, ConsentScope.MATTERS, today().plusDays(30));

		MvcResult revoked = mvc.perform(post("/consents/" + consent.id() + "/revoke").with(asKarin).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/consents"))
				.andReturn();

		assertThat(consents.isActive(karin, erik, ConsentScope.MATTERS)).isFalse();
		assertThat(events.stream(ConsentRevoked.class).filter(event -> event.consentId().equals(consent.id())))
				.singleElement()
				.satisfies(event -> assertThat(event.revokedBy()).isEqualTo(karin.value()));
		String page = page(redirectFrom(revoked), asKarin, "sv");
		assertThat(page).contains("Samtycket till " + erik.masked() + " att se dina ärenden och meddelandena i dem är återkallat.");
		assertThat(tableOf(page, "given")).contains("Återkallat").doesNotContain("/revoke");
		HtmlChecker.assertValid(page, "consents after revoking (sv)");

		assertThat(tableOf(page(get("/consents"), asErik, "en"), "received")).contains("Revoked").doesNotContain("/revoke");
	}

	@Test
	void theGranteeGivesUpAConsentFromThePage() throws Exception {
		Consent consent = consents.grant(TestPersons.self(karin, "Karin Berg"), erik, ConsentScope.ACT_FOR_ME, today());

		MvcResult givenUp = mvc.perform(post("/consents/" + consent.id() + "/revoke").with(asErik).with(csrf()).param("lang", "en"))
				.andExpect(status().isFound())
				.andReturn();

		assertThat(consents.isActive(karin, erik, ConsentScope.ACT_FOR_ME)).isFalse();
		assertThat(page(redirectFrom(givenUp), asErik, "en"))
				.contains("You have given up the consent from Karin Berg. It no longer applies.");
		assertThat(tableOf(page(get("/consents"), asKarin, "sv"), "given")).contains("Återkallat");
	}

	@Test
	void someoneElseCannotRevokeAConsent() throws Exception {
		Consent consent = consents.grant(TestPersons.self(karin, "Karin Berg"), erik, ConsentScope.CARE_DIARY, today());
		PersonalIdentityNumber stranger = TestPersons.random();

		mvc.perform(post("/consents/" + consent.id() + "/revoke").with(SignedInAs.resident(stranger, "Sara Holm")).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(post("/consents/" + consent.id() + "/revoke").with(asKarin))
				.andExpect(status().isForbidden());

		assertThat(consents.isActive(karin, erik, ConsentScope.CARE_DIARY)).isTrue();
		assertThat(events.stream(ConsentRevoked.class)).noneMatch(event -> event.consentId().equals(consent.id()));
		assertThat(page(get("/consents"), SignedInAs.resident(stranger, "Sara Holm"), "sv"))
				.doesNotContain(karin.masked(), erik.masked(), consent.id().toString());
	}

	@Test
	void onlyResidentsReachTheConsentPages() throws Exception {
		for (String path : new String[] {"/consents", "/consents/new"}) {
			mvc.perform(get(path).with(SignedInAs.visitor("visitor@example.org"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(SignedInAs.staff("staff:officer"))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(post("/consents").with(SignedInAs.visitor("visitor@example.org")).with(csrf())
						.param("grantee", erik.value()).param("scope", "CARE_DIARY"))
				.andExpect(status().isForbidden());
		assertThat(consents.receivedBy(erik)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void theFormAsksForTheNumberTheScopeAndTheLastDay(String language) throws Exception {
		String page = page(get("/consents/new"), asKarin, language);

		assertThat(page).contains(language.equals("sv") ? "Ge ett samtycke" : "Give a consent",
						"inputmode=\"numeric\"", "autocomplete=\"off\"", "name=\"grantee\"",
						"value=\"CARE_DIARY\"", "value=\"MATTERS\"", "value=\"ACT_FOR_ME\"",
						"name=\"lastDayDay\"", "name=\"lastDayMonth\"", "name=\"lastDayYear\"", "name=\"_csrf\"")
				.contains(language.equals("sv")
						? new String[] {"Läsa min omsorgsdagbok", "Personen kan läsa det som står i din omsorgsdagbok"}
						: new String[] {"Read my care diary", "They can read what is written in your care diary"})
				.doesNotContain("govuk-error-summary");
		HtmlChecker.assertValid(page, "give a consent (" + language + ")");
	}

	static Stream<Arguments> badInputs() {
		LocalDate today = LocalDate.now(Consent.ZONE);
		LocalDate tooFar = today.plusYears(5).plusDays(1);
		LocalDate yesterday = today.minusDays(1);
		LocalDate fine = today.plusDays(10);
		return Stream.of(
				bad("number of the wrong length", "19850412-123", "CARE_DIARY", fine,
						"Personnumret ska ha 10 eller 12 siffror", "A personal identity number must be 10 or 12 digits", "19850412-123"),
				bad("number with letters", "19850412-12AB", "CARE_DIARY", fine,
						"Personnumret får bara innehålla siffror och ett bindestreck eller plustecken",
						"A personal identity number may only contain digits and a hyphen or plus sign", "19850412-12AB"),
				bad("number with a wrong check digit", wrongCheckDigit(), "CARE_DIARY", fine,
						"Kontrollsiffran stämmer inte – kontrollera att du skrivit rätt",
						"The check digit does not match – check for a typing error", wrongCheckDigit()),
				bad("no number", "", "CARE_DIARY", fine, "Ange ett personnummer", "Enter a personal identity number", null),
				bad("own number", "OWN", "CARE_DIARY", fine,
						"Du kan inte ge ett samtycke till dig själv", "You cannot give a consent to yourself", null),
				bad("no scope", "OTHER", null, fine, "Välj vad personen får göra", "Select what they may do", null),
				bad("unknown scope", "OTHER", "EVERYTHING", fine, "Välj vad personen får göra", "Select what they may do", null),
				bad("impossible date", "OTHER", "MATTERS", new String[] {"30", "2", "2027"},
						"Sista dagen måste vara ett datum som finns", "The last day must be a real date", "value=\"30\""),
				bad("incomplete date", "OTHER", "MATTERS", new String[] {"12", "", "2027"},
						"Sista dagen måste innehålla dag, månad och år", "The last day must include a day, month and year", "value=\"12\""),
				bad("no date", "OTHER", "MATTERS", new String[] {"", "", ""},
						"Ange sista dagen samtycket gäller", "Enter the last day of the consent", null),
				bad("date in the past", "OTHER", "MATTERS", yesterday,
						"Sista dagen måste vara i dag eller senare", "The last day must be today or later",
						"value=\"" + yesterday.getYear() + "\""),
				bad("date more than 5 years ahead", "OTHER", "ACT_FOR_ME", tooFar,
						"Sista dagen får vara högst 5 år fram, senast " + day(today.plusYears(5), "sv"),
						"The last day can be at most 5 years ahead, " + day(today.plusYears(5), "en") + " at the latest",
						"value=\"" + tooFar.getYear() + "\""));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("badInputsInBothLanguages")
	void theFormRefusesBadInputWithItsMessageAndKeepsWhatWasTyped(String name, String language, Map<String, String> typed,
			String message, String kept) throws Exception {
		MockHttpServletRequestBuilder request = post("/consents").with(csrf()).param("lang", language);
		PersonalIdentityNumber other = TestPersons.random();
		typed.forEach((field, value) -> {
			String actual = value == null ? null
					: value.equals("OWN") ? karin.value() : value.equals("OTHER") ? other.formatted() : value;
			if (actual != null) {
				request.param(field, actual);
			}
		});

		String page = page(request, asKarin, language);

		assertThat(page).contains(language.equals("sv") ? "<title>Fel: Ge ett samtycke" : "<title>Error: Give a consent",
				"govuk-error-summary", "govuk-error-message");
		assertThat(page.split(Pattern.quote(message), -1)).as("the message in the summary and at the field")
				.hasSize(3);
		if (kept != null) {
			assertThat(page).contains(kept.startsWith("value=") ? kept : "value=\"" + kept + "\"");
		}
		if (typed.get("scope") != null && !typed.get("scope").equals("EVERYTHING")) {
			assertThat(page).containsPattern("value=\"" + typed.get("scope") + "\"[^>]*checked");
		}
		assertThat(consents.givenBy(karin)).isEmpty();
		HtmlChecker.assertValid(page, "give a consent, " + name + " (" + language + ")");
	}

	static Stream<Arguments> badInputsInBothLanguages() {
		return badInputs().flatMap(arguments -> {
			Object[] values = arguments.get();
			return Stream.of(Arguments.of(values[0], "sv", values[1], values[2], values[4]),
					Arguments.of(values[0], "en", values[1], values[3], values[4]));
		});
	}

	private static Arguments bad(String name, String grantee, String scope, LocalDate lastDay, String swedish, String english,
			String kept) {
		return bad(name, grantee, scope, new String[] {String.valueOf(lastDay.getDayOfMonth()), String.valueOf(lastDay.getMonthValue()),
				String.valueOf(lastDay.getYear())}, swedish, english, kept);
	}

	private static Arguments bad(String name, String grantee, String scope, String[] lastDay, String swedish, String english,
			String kept) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("grantee", grantee);
		typed.put("scope", scope);
		typed.put("lastDayDay", lastDay[0]);
		typed.put("lastDayMonth", lastDay[1]);
		typed.put("lastDayYear", lastDay[2]);
		return Arguments.of(name, typed, swedish, english, kept);
	}

	/** A well-formed number whose last digit is off by one. */
	private static String wrongCheckDigit() {
		String valid = PersonalIdentityNumber.of(LocalDate.of(1985, 4, 12), 123, false).formatted();
		char last = valid.charAt(valid.length() - 1);
		return valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
	}

	private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who, String language) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(who).param("lang", language)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page a redirect leads to, asked for in the same session, as a browser follows it. */
	private static MockHttpServletRequestBuilder redirectFrom(MvcResult result) {
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the banner").isNotNull();
		return get(result.getResponse().getRedirectedUrl()).cookie(session);
	}

	/** The table with the id, from its start tag to its end. */
	private static String tableOf(String page, String id) {
		int start = page.indexOf("<table class=\"govuk-table\" id=\"" + id + "\"");
		assertThat(start).as("table " + id).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private static String day(LocalDate day, String language) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)).format(day);
	}

	private static LocalDate today() {
		return LocalDate.now(Consent.ZONE);
	}
}
