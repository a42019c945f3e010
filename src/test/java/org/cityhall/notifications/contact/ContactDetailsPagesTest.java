package org.cityhall.notifications.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.TestMailServer;
import org.cityhall.testing.TestSmsGateway;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A resident adds an e-mail address and a mobile number on My pages and proves each is theirs with
 * the code sent to it – through the whole application, a real SMTP server and the SMS adapter
 * talking to a local gateway. Every test has its own resident.
 */
@CityHallWebTest
class ContactDetailsPagesTest {

	private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentAddsAnEmailAddressAndVerifiesItWithTheCodeSentThere() throws Exception {
		Resident resident = new Resident("sv");
		String email = TestRecipients.newEmail();

		MockHttpServletResponse form = resident.get("/my-pages/contact-details/email");
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("Vilken e-postadress", "type=\"email\"", "autocomplete=\"email\"");
		HtmlChecker.assertValid(form.getContentAsString(), "the e-mail address form");

		MockHttpServletResponse sent = resident.post("/my-pages/contact-details/email", "address", "  " + email.toUpperCase() + " ");
		assertThat(sent.getRedirectedUrl()).isEqualTo("/my-pages/contact-details/email/code");
		MimeMessage mail = TestMailServer.messagesTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Din kod för att bekräfta din e-postadress – Stockholms stad");
		String code = codeIn((String) mail.getContent());

		MockHttpServletResponse codePage = resident.get("/my-pages/contact-details/email/code");
		assertThat(codePage.getContentAsString()).contains("Vi har skickat en kod till " + email, "Den gäller i 15 minuter",
				"autocomplete=\"one-time-code\"");
		HtmlChecker.assertValid(codePage.getContentAsString(), "the code form");
		assertThat(resident.overview()).contains("Väntar på att du anger koden som skickades till " + email);

		MockHttpServletResponse wrong = resident.post("/my-pages/contact-details/email/code", "code", otherThan(code));
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString()).contains("Koden stämmer inte", "du kan försöka 4 gånger till",
				"value=\"" + otherThan(code) + "\"", "govuk-error-summary", "href=\"#code\"");
		HtmlChecker.assertValid(wrong.getContentAsString(), "the code form with a wrong code");

		MvcResult verified = resident.postForResult("/my-pages/contact-details/email/code", "code", code.substring(0, 3) + " " + code.substring(3));
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/my-pages/contact-details");
		String overview = resident.follow(verified).getContentAsString();
		assertThat(overview).contains("Din e-postadress är bekräftad", "id=\"email-verified\">" + email + "<")
				.doesNotContain("Väntar på att du anger koden");
		HtmlChecker.assertValid(overview, "the contact details with a verified address");
		assertThat(verifiedAddress(resident.number, "EMAIL")).isEqualTo(email);
	}

	@Test
	void aResidentAddsAMobileNumberAndVerifiesItWithTheCodeSentBySms() throws Exception {
		Resident resident = new Resident("en");
		String mobile = TestRecipients.newMobile();
		String typed = "0" + mobile.substring(3, 5) + "-" + mobile.substring(5, 8) + " " + mobile.substring(8, 10) + " " + mobile.substring(10);

		MockHttpServletResponse form = resident.get("/my-pages/contact-details/mobile");
		assertThat(form.getContentAsString()).contains("Which mobile number", "type=\"tel\"", "autocomplete=\"tel\"");

		assertThat(resident.post("/my-pages/contact-details/mobile", "address", typed).getRedirectedUrl())
				.isEqualTo("/my-pages/contact-details/mobile/code");
		List<TestSmsGateway.Text> texts = TestSmsGateway.textsTo(mobile);
		assertThat(texts).hasSize(1);
		assertThat(texts.get(0).text()).startsWith("City of Stockholm: Your code to confirm your mobile number is ");
		assertThat(resident.get("/my-pages/contact-details/mobile/code").getContentAsString())
				.contains("We have sent a code by text message to " + typed);

		MvcResult verified = resident.postForResult("/my-pages/contact-details/mobile/code", "code", codeIn(texts.get(0).text()));
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/my-pages/contact-details");
		assertThat(resident.follow(verified).getContentAsString())
				.contains("Your mobile number is confirmed", "id=\"mobile-verified\">" + typed + "<");
		assertThat(verifiedAddress(resident.number, "SMS")).isEqualTo(mobile);
	}

	@Test
	void addressesThatCannotBeUsedGetAClearMessageAtTheFieldWithWhatWasTypedKept() throws Exception {
		Resident resident = new Resident("sv");
		Map<String, String> emails = Map.of(
				"", "Ange din e-postadress",
				"namn@", "Ange en e-postadress i rätt format",
				"<script>alert(1)</script>@x.se", "Ange en e-postadress i rätt format",
				"a".repeat(300) + "@example.org", "högst 254 tecken");
		for (Map.Entry<String, String> email : emails.entrySet()) {
			MockHttpServletResponse refused = resident.post("/my-pages/contact-details/email", "address", email.getKey());
			assertThat(refused.getStatus()).as(email.getKey()).isEqualTo(400);
			assertThat(refused.getContentAsString()).as(email.getKey()).contains(email.getValue(), "govuk-error-message", "href=\"#address\"")
					.doesNotContain("<script>alert");
		}
		MockHttpServletResponse malformed = resident.post("/my-pages/contact-details/email", "address", "namn@exempel");
		assertThat(malformed.getContentAsString()).contains("value=\"namn@exempel\"");
		HtmlChecker.assertValid(malformed.getContentAsString(), "the e-mail address form with an error");

		Map<String, String> mobiles = Map.of(
				"08-123 45 67", "Ange ett mobilnummer som börjar med 070, 072, 073, 076 eller 079",
				"+44 7700 900123", "Vi kan bara skicka sms till svenska mobilnummer",
				"070-12 34", "Ange ett mobilnummer med siffror",
				"sju noll", "Ange ett mobilnummer med siffror",
				"", "Ange ditt mobilnummer");
		for (Map.Entry<String, String> mobile : mobiles.entrySet()) {
			MockHttpServletResponse refused = resident.post("/my-pages/contact-details/mobile", "address", mobile.getKey());
			assertThat(refused.getStatus()).as(mobile.getKey()).isEqualTo(400);
			assertThat(refused.getContentAsString()).as(mobile.getKey()).contains(mobile.getValue(), "value=\"" + mobile.getKey() + "\"");
		}
		assertThat(resident.post("/my-pages/contact-details/phone", "address", "0701234567").getStatus()).isEqualTo(404);
	}

	@Test
	void anExpiredCodeIsRefusedAndANewOneCanBeAskedFor() throws Exception {
		Resident resident = new Resident("sv");
		String email = TestRecipients.newEmail();
		resident.post("/my-pages/contact-details/email", "address", email);
		String code = codeIn((String) TestMailServer.messagesTo(email).get(0).getContent());
		jdbc.sql("UPDATE notifications_contact SET code_expires_at = now() - interval '1 minute' WHERE owner = :owner AND channel = 'EMAIL'")
				.param("owner", resident.number.value())
				.update();

		MockHttpServletResponse expired = resident.post("/my-pages/contact-details/email/code", "code", code);
		assertThat(expired.getStatus()).isEqualTo(400);
		assertThat(expired.getContentAsString()).contains("Koden har gått ut – be om en ny", "href=\"/my-pages/contact-details/email\"");
		assertThat(verifiedAddress(resident.number, "EMAIL")).isNull();

		resident.post("/my-pages/contact-details/email", "address", email);
		List<MimeMessage> mail = TestMailServer.messagesTo(email);
		assertThat(mail).hasSize(2);
		assertThat(resident.post("/my-pages/contact-details/email/code", "code", code).getStatus())
				.as("the expired code stays expired").isEqualTo(400);
		assertThat(resident.post("/my-pages/contact-details/email/code", "code", codeIn((String) mail.get(1).getContent())).getStatus())
				.isEqualTo(302);
		assertThat(verifiedAddress(resident.number, "EMAIL")).isEqualTo(email);
	}

	@Test
	void fiveWrongCodesBurnTheCodeSoEvenTheRightOneIsRefused() throws Exception {
		Resident resident = new Resident("en");
		String mobile = TestRecipients.newMobile();
		resident.post("/my-pages/contact-details/mobile", "address", mobile);
		String code = codeIn(TestSmsGateway.textsTo(mobile).get(0).text());

		for (int left = 4; left >= 1; left--) {
			assertThat(resident.post("/my-pages/contact-details/mobile/code", "code", otherThan(code)).getContentAsString())
					.contains(left == 1 ? "you can try once more" : "you can try " + left + " more times");
		}
		assertThat(resident.post("/my-pages/contact-details/mobile/code", "code", otherThan(code)).getContentAsString())
				.contains("You have entered a wrong code too many times – ask for a new code");
		MockHttpServletResponse right = resident.post("/my-pages/contact-details/mobile/code", "code", code);
		assertThat(right.getStatus()).isEqualTo(400);
		assertThat(right.getContentAsString()).contains("You have entered a wrong code too many times");
		assertThat(verifiedAddress(resident.number, "SMS")).isNull();
	}

	@Test
	void codesThatAreNoCodesAreRefusedWithoutUsingAnAttempt() throws Exception {
		Resident resident = new Resident("sv");
		String email = TestRecipients.newEmail();
		resident.post("/my-pages/contact-details/email", "address", email);

		assertThat(resident.post("/my-pages/contact-details/email/code", "code", "").getContentAsString()).contains("Ange koden du fick");
		MockHttpServletResponse letters = resident.post("/my-pages/contact-details/email/code", "code", "12ab56");
		assertThat(letters.getStatus()).isEqualTo(400);
		assertThat(letters.getContentAsString()).contains("Koden består av 6 siffror", "value=\"12ab56\"");
		assertThat(jdbc.sql("SELECT code_attempts FROM notifications_contact WHERE owner = :owner AND channel = 'EMAIL'")
				.param("owner", resident.number.value()).query(Integer.class).single()).isZero();
	}

	@Test
	void aResidentChoosesHowTheyAreToldAndInWhichLanguage() throws Exception {
		Resident resident = new Resident("sv");
		MockHttpServletResponse form = resident.get("/my-pages/contact-details/preferences");
		assertThat(form.getContentAsString()).contains("Vill du få meddelanden via e-post?", "Vill du få meddelanden via sms?");
		HtmlChecker.assertValid(form.getContentAsString(), "the preferences form");

		MockHttpServletResponse refused = resident.perform(MockMvcRequestBuilders.post("/my-pages/contact-details/preferences")
				.param("email", "no").param("sms", "maybe").param("language", "fi").with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Välj om du vill få meddelanden via sms", "Välj svenska eller engelska",
				"href=\"#sms-0\"", "href=\"#language-0\"").doesNotContain("Välj om du vill få meddelanden via e-post");
		assertThat(refused.getContentAsString()).containsPattern("id=\"email-1\"[^>]*value=\"no\"[^>]*checked");
		HtmlChecker.assertValid(refused.getContentAsString(), "the preferences form with errors");

		MvcResult saved = resident.performForResult(MockMvcRequestBuilders.post("/my-pages/contact-details/preferences")
				.param("email", "no").param("sms", "yes").param("language", "en").with(csrf()));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my-pages/contact-details");
		String overview = resident.follow(saved).getContentAsString();
		assertThat(overview).contains("Dina val för aviseringar är sparade")
				.containsPattern("id=\"preference-email\">Av<")
				.containsPattern("id=\"preference-sms\">På<")
				.containsPattern("id=\"preference-language\">English \\(engelska\\)<");
	}

	@Test
	void aResidentRemovesAVerifiedAddress() throws Exception {
		Resident resident = new Resident("sv");
		String email = TestRecipients.newEmail();
		TestRecipients.verified(jdbc, resident.number, "EMAIL", email);

		MockHttpServletResponse confirm = resident.get("/my-pages/contact-details/email/remove");
		assertThat(confirm.getContentAsString()).contains("Vill du ta bort din e-postadress?", email);
		HtmlChecker.assertValid(confirm.getContentAsString(), "removing an address");
		MvcResult removed = resident.postForResult("/my-pages/contact-details/email/remove", "confirm", "yes");

		assertThat(resident.follow(removed).getContentAsString())
				.contains("Din e-postadress är borttagen", "Ingen e-postadress");
		assertThat(verifiedAddress(resident.number, "EMAIL")).isNull();
	}

	@Test
	void aVisitorSeesTheAddressTheySignInWithAndChoosesOnlyEmailAndLanguage() throws Exception {
		String email = TestRecipients.newEmail();
		RequestPostProcessor visitor = SignedInAs.visitor(email);

		String overview = mvc.perform(MockMvcRequestBuilders.get("/my-pages/contact-details").with(visitor)).andReturn().getResponse()
				.getContentAsString();
		assertThat(overview).contains(email, "Du loggar in med den här adressen").doesNotContain("Mobilnummer", "id=\"change-email\"");
		HtmlChecker.assertValid(overview, "a visitor's contact details");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/my-pages/contact-details/preferences").with(visitor)).andReturn()
				.getResponse().getContentAsString()).doesNotContain("via sms");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/my-pages/contact-details/mobile").with(visitor)).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/my-pages/contact-details/preferences").with(visitor).with(csrf())
				.param("email", "no").param("language", "en")).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/my-pages/contact-details");
		assertThat(jdbc.sql("SELECT language FROM notifications_preferences WHERE owner = :owner").param("owner", email)
				.query(String.class).single()).isEqualTo("en");
	}

	@Test
	void onlyThoseSignedInAsThemselvesReachTheirContactDetails() throws Exception {
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/my-pages/contact-details")).andReturn().getResponse().getRedirectedUrl())
				.endsWith("/login");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/my-pages/contact-details").with(SignedInAs.staff("staff-notifications")))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/my-pages/contact-details/email").param("address", TestRecipients.newEmail())
				.with(SignedInAs.resident(TestRecipients.newResident(), "Utan Csrf"))).andReturn().getResponse().getStatus())
				.as("no form is taken without its CSRF token").isEqualTo(403);
	}

	private String verifiedAddress(PersonalIdentityNumber owner, String channel) {
		return jdbc.sql("SELECT address FROM notifications_contact WHERE owner = :owner AND channel = :channel")
				.param("owner", owner.value())
				.param("channel", channel)
				.query(String.class)
				.optional()
				.orElse(null);
	}

	private static String codeIn(String text) {
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a code in: " + text).isTrue();
		return matcher.group(1);
	}

	private static String otherThan(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	/** A resident of the test's own, signed in, in a language. */
	private final class Resident {

		final PersonalIdentityNumber number = TestRecipients.newResident();
		private final String language;
		private Cookie session;

		Resident(String language) {
			this.language = language;
		}

		MockHttpServletResponse get(String path) throws Exception {
			return perform(MockMvcRequestBuilders.get(path));
		}

		/** The page a redirect leads to, in the same session, as a browser follows it. */
		MockHttpServletResponse follow(MvcResult redirect) throws Exception {
			return get(redirect.getResponse().getRedirectedUrl());
		}

		String overview() throws Exception {
			return get("/my-pages/contact-details").getContentAsString();
		}

		MockHttpServletResponse post(String path, String field, String value) throws Exception {
			return postForResult(path, field, value).getResponse();
		}

		MvcResult postForResult(String path, String field, String value) throws Exception {
			return performForResult(MockMvcRequestBuilders.post(path).param(field, value).with(csrf()));
		}

		MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
			return performForResult(request).getResponse();
		}

		MvcResult performForResult(MockHttpServletRequestBuilder request) throws Exception {
			request.with(SignedInAs.resident(number, "Test Person")).cookie(new Cookie("cityhall-lang", language));
			if (session != null) {
				request.cookie(session);
			}
			MvcResult result = mvc.perform(request).andReturn();
			Cookie started = result.getResponse().getCookie("SESSION");
			if (started != null) {
				session = started;
			}
			return result;
		}
	}
}
