package org.cityhall.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityhall.identity.login.VisitorLoginTest.codeIn;
import static org.cityhall.identity.login.VisitorLoginTest.onlyMessageTo;
import static org.cityhall.identity.login.VisitorLoginTest.uniqueAddress;

import java.util.ArrayList;
import java.util.List;

import org.cityhall.identity.login.VisitorLoginTest.Browser;
import org.cityhall.shared.MalformedInputCorpus;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What people and robots type into the visitors' forms: every malformed address and code is
 * refused with a message in the page, never with a server error, and never sends a mail or
 * uses up the code.
 */
@CityHallWebTest
class VisitorMalformedInputTest {

	private static final List<String> ADDRESS_MESSAGES = List.of("Enter your e-mail address",
			"The e-mail address must be 254 characters or fewer", "Enter an e-mail address in the correct format");
	private static final List<String> CODE_MESSAGES = List.of("Enter the code from the e-mail",
			"The code is 6 digits, like 123456 – enter only the digits");

	@Autowired
	MockMvc mvc;

	@Test
	void everyMalformedAddressGetsAMessage() throws Exception {
		List<String> corpus = MalformedInputCorpus.emailAddresses();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		List<String> failures = new ArrayList<>();
		int i = 0;
		for (String typed : corpus) {
			MockHttpServletResponse response = new Browser(mvc, "en", clientAddress(i++)).post("/login/visitor", "email", typed);
			String page = response.getContentAsString();
			if (response.getStatus() != 400 || ADDRESS_MESSAGES.stream().noneMatch(page::contains)
					|| !page.contains("class=\"govuk-error-summary\"")) {
				failures.add(describe(typed) + " → " + response.getStatus());
			}
		}
		assertThat(failures).as("addresses not refused with a message").isEmpty();
	}

	@Test
	void everyMalformedCodeGetsAMessageAndTheCodeStillWorks() throws Exception {
		List<String> corpus = MalformedInputCorpus.oneTimeCodes();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		String email = uniqueAddress();
		Browser visitor = new Browser(mvc, "en", "10.200.0.1");
		assertThat(visitor.post("/login/visitor", "email", email).getStatus()).isEqualTo(302);
		String code = codeIn(onlyMessageTo(email));

		List<String> failures = new ArrayList<>();
		int i = 0;
		for (String typed : corpus) {
			MockHttpServletResponse response = visitor.from(clientAddress(i++)).post("/login/visitor/code", "code", typed);
			String page = response.getContentAsString();
			if (response.getStatus() != 400 || CODE_MESSAGES.stream().noneMatch(page::contains)
					|| !page.contains("class=\"govuk-error-summary\"")) {
				failures.add(describe(typed) + " → " + response.getStatus());
			}
		}
		assertThat(failures).as("codes not refused with a message").isEmpty();

		assertThat(visitor.post("/login/visitor/code", "code", code).getRedirectedUrl()).isEqualTo("/");
	}

	private static String clientAddress(int i) {
		return "10.201." + (i / 250) + "." + (1 + i % 250);
	}

	private static String describe(String typed) {
		String shown = typed.length() > 40 ? typed.substring(0, 40) + "… (" + typed.length() + " characters)" : typed;
		StringBuilder escaped = new StringBuilder("\"");
		shown.codePoints().forEach(c -> escaped.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", c) : Character.toString(c)));
		return escaped.append('"').toString();
	}
}
