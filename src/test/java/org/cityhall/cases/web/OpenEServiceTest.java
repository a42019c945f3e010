package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.awaitility.Awaitility;
import org.cityhall.identity.StaffRoles;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.delivery.Dispatcher;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** An e-service open without login: a case number, a private link to follow it, and notices to the address given. */
@CityHallWebTest
class OpenEServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Dispatcher dispatcher;

	@Test
	void someoneWithoutLoginGetsACaseNumberAndAPrivateLinkAndIsToldByEmail() throws Exception {
		String email = TestRecipients.newEmail();
		mvc.perform(get("/eservices/planning-guidance/apply")).andExpect(status().isOk());
		// Sessions live in the database: the SESSION cookie carries this applicant's private reference.
		var started = mvc.perform(post("/eservices/planning-guidance/apply").with(csrf())).andReturn().getResponse();
		Cookie session = started.getCookie("SESSION");
		assertThat(session).as("a session for the applicant without login").isNotNull();
		String location = started.getRedirectedUrl();
		String draft = location.split("/")[2];
		mvc.perform(post("/applications/" + draft + "/enquiry").cookie(session).with(csrf())
				.param("enquiryType", "planning-decision").param("projectDescription", "Vi vill bygga ett flerbostadshus."))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/applications/" + draft + "/contact").cookie(session).with(csrf()).param("contactName", "Alex Exempel")
				.param("representsOrganisation", "no").param("contactEmail", email))
				.andExpect(status().is3xxRedirection());
		String receipt = mvc.perform(post("/applications/" + draft + "/submit").cookie(session).with(csrf()))
				.andReturn().getResponse().getRedirectedUrl();
		String number = receipt.split("/")[2];

		String page = mvc.perform(get(receipt).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		Matcher link = Pattern.compile("href=\"(/track/[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(link.find()).as("the private link on the receipt").isTrue();
		mvc.perform(get(receipt)).andExpect(status().isNotFound());
		mvc.perform(get(link.group(1))).andExpect(status().isOk());
		mvc.perform(get("/track/not-a-real-link")).andExpect(status().isNotFound());

		mvc.perform(post("/staff/cases/" + number + "/messages").with(SignedInAs.staff("officer-city-planning",
				ScopedRole.inDepartment(StaffRoles.OFFICER, "city-planning"))).with(csrf()).param("body", "Välkommen på möte."));
		mvc.perform(post(link.group(1) + "/messages").with(csrf()).param("body", "Tack, det passar bra."))
				.andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.deliverDue();
			return TestMailServer.messagesTo(email).stream().anyMatch(mail -> subject(mail).contains(number));
		});
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			return "";
		}
	}
}
