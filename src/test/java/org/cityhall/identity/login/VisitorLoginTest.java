package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.TestMailServer;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Visitors sign in with a code sent to their e-mail address, through the whole application and a
 * real SMTP server. Every test has its own address and client address, so none sees another's
 * mail or counts against another's limits.
 */
@CityHallWebTest
class VisitorLoginTest {

	private static final Pattern CODE_IN_MAIL = Pattern.compile("^\\s+([0-9]{6})\\s*$", Pattern.MULTILINE);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorSignsInWithTheCodeTheyGetByMail() throws Exception {
		Browser visitor = new Browser(mvc, "sv");
		String typed = "Besok-" + UUID.randomUUID() + "@Example.org";
		String email = typed.toLowerCase(java.util.Locale.ROOT);

		MockHttpServletResponse form = visitor.get("/login/visitor");
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("type=\"email\"", "autocomplete=\"email\"", "spellcheck=\"false\"");

		MockHttpServletResponse sent = visitor.post("/login/visitor", "email", typed);
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/login/visitor/code").doesNotContain("@");

		MockHttpServletResponse codePage = visitor.get("/login/visitor/code");
		assertThat(codePage.getStatus()).isEqualTo(200);
		assertThat(codePage.getContentAsString()).contains(email, "autocomplete=\"one-time-code\"", "inputmode=\"numeric\"");

		List<MimeMessage> mail = TestMailServer.messagesTo(email);
		assertThat(mail).hasSize(1);
		MimeMessage message = mail.get(0);
		assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@stad.example");
		assertThat(message.getSubject()).contains("Din kod för att logga in");
		assertThat(message.getContentType()).startsWith("text/plain");
		assertThat((String) message.getContent()).contains("gäller i 10 minuter", "Har du inte bett om någon kod");

		MockHttpServletResponse signedIn = visitor.post("/login/visitor/code", "code", " " + codeIn(message) + " ");
		assertThat(signedIn.getStatus()).isEqualTo(302);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");

		assertThat(visitor.get("/").getContentAsString()).contains("id=\"signed-in-as\">" + email + "<");
		assertThat(visitor.get("/consents").getStatus()).as("consents are for residents").isEqualTo(403);
	}

	@Test
	void theMailAndThePagesSpeakTheVisitorsLanguage() throws Exception {
		Browser visitor = new Browser(mvc, "en");
		String email = uniqueAddress();

		assertThat(visitor.get("/login/visitor").getContentAsString()).contains("Sign in with e-mail", "E-mail address");
		visitor.askForCode(email);
		assertThat(visitor.get("/login/visitor/code").getContentAsString()).contains("We have sent a code to " + email);

		MimeMessage message = onlyMessageTo(email);
		assertThat(message.getSubject()).isEqualTo("Your code to sign in to e-services – City of Stockholm");
		assertThat((String) message.getContent()).contains("valid for 10 minutes", "If you did not ask for a code, you can ignore this e-mail");
		assertThat(message.getHeader("Content-Language")).containsExactly("en");
	}

	@Test
	void theLoginPageLeadsVisitorsToTheirWayIn() throws Exception {
		assertThat(new Browser(mvc, "sv").get("/login").getContentAsString())
				.contains("Besökare utan svenskt personnummer", "href=\"/login/visitor\"");
		assertThat(new Browser(mvc, "en").get("/login").getContentAsString())
				.contains("Visitors without a Swedish personal identity number", "href=\"/login/visitor\"");
	}

	@Test
	void aVisitorReturnsToThePageThatAskedThemToSignIn() throws Exception {
		Browser visitor = new Browser(mvc, "sv");
		String email = uniqueAddress();
		assertThat(visitor.get("/my-pages").getRedirectedUrl()).endsWith("/login");

		visitor.askForCode(email);
		MockHttpServletResponse signedIn = visitor.enterCode(codeIn(onlyMessageTo(email)));

		assertThat(signedIn.getRedirectedUrl()).contains("/my-pages");
	}

	@Test
	void fiveWrongCodesBurnTheCode() throws Exception {
		String email = uniqueAddress();
		Browser visitor = waitingForACode("en", email);
		String code = codeIn(onlyMessageTo(email));
		String wrong = code.equals("000000") ? "111111" : "000000";

		for (int left = 4; left >= 1; left--) {
			assertRefused(visitor.enterCode(wrong), "The code is not right", left == 1 ? "try once more" : "try " + left + " more times");
		}
		MockHttpServletResponse fifth = visitor.enterCode(wrong);
		assertThat(fifth.getContentAsString()).contains("You have entered a wrong code too many times – ask for a new code");

		assertRefused(visitor.enterCode(code), "wrong code too many times");
	}

	@Test
	void anExpiredCodeIsRefused() throws Exception {
		String email = uniqueAddress();
		Browser visitor = waitingForACode("en", email);
		String code = codeIn(onlyMessageTo(email));
		jdbc.sql("""
				UPDATE identity_visitor_code
				SET created_at = now() - interval '11 minutes', expires_at = now() - interval '1 minute'
				WHERE email = :email""").param("email", email).update();

		MockHttpServletResponse refused = visitor.enterCode(code);

		assertRefused(refused, "The code has expired – ask for a new one");
	}

	@Test
	void onlyTheLatestCodeWorks() throws Exception {
		String email = uniqueAddress();
		Browser visitor = waitingForACode("sv", email);
		visitor.askForCode(email);
		List<MimeMessage> mail = TestMailServer.messagesTo(email);
		assertThat(mail).hasSize(2);
		String first = codeIn(mail.get(0));
		String latest = codeIn(mail.get(1));

		if (!first.equals(latest)) {
			assertThat(visitor.enterCode(first).getStatus()).isEqualTo(400);
		}
		assertThat(visitor.enterCode(latest).getRedirectedUrl()).isEqualTo("/");
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "12345", "1234567", "12 34 56", "abcdef", "١٢٣٤٥٦"})
	void aMalformedCodeGetsItsOwnMessageAndUsesNoAttempt(String typed) throws Exception {
		String email = uniqueAddress();
		Browser visitor = waitingForACode("en", email);

		for (int i = 0; i < VisitorCodes.MAX_ATTEMPTS + 1; i++) {
			assertRefused(visitor.enterCode(typed), typed.isEmpty()
					? "Enter the code from the e-mail" : "The code is 6 digits, like 123456 – enter only the digits");
		}
		assertThat(visitor.enterCode(codeIn(onlyMessageTo(email))).getRedirectedUrl()).isEqualTo("/");
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "anna", "anna@", "anna@example", "anna@@example.se", "anna example@example.se"})
	void aMalformedAddressGetsAMessageAndIsKept(String typed) throws Exception {
		Browser visitor = new Browser(mvc, "sv");

		MockHttpServletResponse refused = visitor.post("/login/visitor", "email", typed);

		assertThat(refused.getStatus()).isEqualTo(400);
		String page = refused.getContentAsString();
		assertThat(page).contains("Det finns ett problem", "aria-describedby=\"email-hint email-error\"", "value=\"" + typed + "\"")
				.contains(typed.isEmpty() ? "Ange din e-postadress" : "Ange en e-postadress i rätt format");
	}

	@Test
	void aTooLongAddressGetsItsOwnMessage() throws Exception {
		String typed = "a".repeat(250) + "@example.se";

		MockHttpServletResponse refused = new Browser(mvc, "en").post("/login/visitor", "email", typed);

		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("The e-mail address must be 254 characters or fewer", typed);
	}

	@Test
	void noMoreThanThreeCodesGoToOneAddressIn15Minutes() throws Exception {
		String email = uniqueAddress();
		for (int i = 0; i < VisitorRateLimits.CODES_PER_ADDRESS; i++) {
			assertThat(new Browser(mvc, "en").post("/login/visitor", "email", email).getStatus()).isEqualTo(302);
		}

		MockHttpServletResponse limited = new Browser(mvc, "en").post("/login/visitor", "email", email);

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getHeader("Retry-After")).isNotNull();
		assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isBetween(1, 15 * 60);
		assertThat(limited.getContentAsString()).contains("Too many attempts", "You have asked for too many codes", "Try again in");
		assertThat(TestMailServer.messagesTo(email)).hasSize(VisitorRateLimits.CODES_PER_ADDRESS);
	}

	@Test
	void noMoreThanTwentyCodesAreSentForOneClientInAnHour() throws Exception {
		Browser robot = new Browser(mvc, "sv");
		for (int i = 0; i < VisitorRateLimits.CODES_PER_CLIENT; i++) {
			assertThat(robot.post("/login/visitor", "email", uniqueAddress()).getStatus()).isEqualTo(302);
		}
		String oneMore = uniqueAddress();

		MockHttpServletResponse limited = robot.post("/login/visitor", "email", oneMore);

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains("För många försök", "Försök igen om");
		assertThat(TestMailServer.messagesTo(oneMore)).isEmpty();
	}

	@Test
	void noMoreThanTenCodesAreTriedFromOneClientAMinute() throws Exception {
		String email = uniqueAddress();
		Browser visitor = waitingForACode("en", email);
		for (int i = 0; i < VisitorRateLimits.CHECKS_PER_CLIENT; i++) {
			assertThat(visitor.enterCode("abc").getStatus()).isEqualTo(400);
		}

		MockHttpServletResponse limited = visitor.enterCode(codeIn(onlyMessageTo(email)));

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains("You have tried too many codes", "Try again in one minute");
	}

	@Test
	void withoutAnAddressInTheSessionTheCodePageSendsBackToTheStart() throws Exception {
		Browser visitor = new Browser(mvc, "sv");

		assertThat(visitor.get("/login/visitor/code").getRedirectedUrl()).isEqualTo("/login/visitor");
		assertThat(visitor.enterCode("123456").getRedirectedUrl()).isEqualTo("/login/visitor");
	}

	@Test
	void theCodeIsNotKeptInTheDatabase() throws Exception {
		String email = uniqueAddress();
		waitingForACode("sv", email);
		String code = codeIn(onlyMessageTo(email));

		Map<String, Object> row = jdbc.sql("SELECT * FROM identity_visitor_code WHERE email = :email")
				.param("email", email).query().singleRow();

		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(code));
		assertThat((byte[]) row.get("code_hash")).hasSize(32);
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void thePagesAreValidHtml(String language) throws Exception {
		Browser visitor = new Browser(mvc, language);
		String email = uniqueAddress();
		HtmlChecker.assertValid(visitor.get("/login").getContentAsString(), "login, " + language);
		HtmlChecker.assertValid(visitor.get("/login/visitor").getContentAsString(), "address form, " + language);
		HtmlChecker.assertValid(visitor.post("/login/visitor", "email", "").getContentAsString(), "address form with an error, " + language);
		HtmlChecker.assertValid(visitor.post("/login/visitor", "email", "anna@").getContentAsString(), "address form with a malformed address, " + language);
		visitor.post("/login/visitor", "email", email);
		HtmlChecker.assertValid(visitor.get("/login/visitor/code").getContentAsString(), "code form, " + language);
		HtmlChecker.assertValid(visitor.post("/login/visitor/code", "code", "12x").getContentAsString(), "code form with an error, " + language);
		String wrong = codeIn(onlyMessageTo(email)).equals("000000") ? "111111" : "000000";
		HtmlChecker.assertValid(visitor.post("/login/visitor/code", "code", wrong).getContentAsString(), "code form with a wrong code, " + language);
		for (int i = 0; i < VisitorRateLimits.CHECKS_PER_CLIENT; i++) {
			visitor.post("/login/visitor/code", "code", "x");
		}
		MockHttpServletResponse limited = visitor.post("/login/visitor/code", "code", "x");
		assertThat(limited.getStatus()).isEqualTo(429);
		HtmlChecker.assertValid(limited.getContentAsString(), "too many attempts, " + language);
	}

	/** A visitor in the language who has asked for a code to be sent to the address. */
	Browser waitingForACode(String language, String email) throws Exception {
		Browser visitor = new Browser(mvc, language);
		visitor.askForCode(email);
		return visitor;
	}

	/** Asserts that the code page refused what was entered, showing the texts, and signed nobody in. */
	static void assertRefused(MockHttpServletResponse refused, String... texts) throws Exception {
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains(texts).doesNotContain("id=\"signed-in-as\"");
	}

	static String uniqueAddress() {
		return "visitor-" + UUID.randomUUID() + "@example.org";
	}

	static MimeMessage onlyMessageTo(String email) {
		List<MimeMessage> mail = TestMailServer.messagesTo(email);
		assertThat(mail).as("mail to %s", email).hasSize(1);
		return mail.get(0);
	}

	static String codeIn(MimeMessage message) throws Exception {
		Matcher code = CODE_IN_MAIL.matcher((String) message.getContent());
		assertThat(code.find()).as("a code on a line of its own").isTrue();
		return code.group(1);
	}

	/**
	 * A browser in a language, from a client address of its own: it keeps the cookies the
	 * application sets (the session among them) and sends CSRF tokens with its forms.
	 */
	static final class Browser {

		private final MockMvc mvc;
		private final String clientAddress;
		private final MockHttpSession session;
		private final Map<String, Cookie> cookies;

		Browser(MockMvc mvc, String language) {
			this(mvc, language, randomClientAddress());
		}

		Browser(MockMvc mvc, String language, String clientAddress) {
			this(mvc, clientAddress, new MockHttpSession(), new LinkedHashMap<>());
			cookies.put("cityhall-lang", new Cookie("cityhall-lang", language));
		}

		private Browser(MockMvc mvc, String clientAddress, MockHttpSession session, Map<String, Cookie> cookies) {
			this.mvc = mvc;
			this.clientAddress = clientAddress;
			this.session = session;
			this.cookies = cookies;
		}

		/** The same browser, with its session and cookies, on another network. */
		Browser from(String otherClientAddress) {
			return new Browser(mvc, otherClientAddress, session, cookies);
		}

		MockHttpServletResponse get(String path) throws Exception {
			return perform(MockMvcRequestBuilders.get(path));
		}

		MockHttpServletResponse post(String path, String field, String value) throws Exception {
			return perform(MockMvcRequestBuilders.post(path).param(field, value).with(csrf()));
		}

		/** Asks for a code to be sent to the address, as the address form does. */
		MockHttpServletResponse askForCode(String email) throws Exception {
			return post("/login/visitor", "email", email);
		}

		/** Enters a code, as the code form does. */
		MockHttpServletResponse enterCode(String code) throws Exception {
			return post("/login/visitor/code", "code", code);
		}

		private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
			request.session(session).cookie(cookies.values().toArray(Cookie[]::new)).with(sent -> {
				sent.setRemoteAddr(clientAddress);
				return sent;
			});
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			for (Cookie cookie : response.getCookies()) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie);
				}
			}
			return response;
		}

		private static String randomClientAddress() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		}
	}
}
