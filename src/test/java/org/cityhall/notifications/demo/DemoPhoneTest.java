package org.cityhall.notifications.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Duration;

import org.cityhall.notifications.TestRecipients;
import org.cityhall.notifications.sms.HttpSmsGateway;
import org.cityhall.notifications.sms.SmsGateway;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo city's stand-in SMS gateway takes the same JSON over real HTTP as an operator's, and its
 * phone shows each demo resident the texts to their own numbers – so a demo user can verify a
 * mobile number though no real text message is ever sent.
 */
@CityHallWebTest
class DemoPhoneTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoPhone phone;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStandInGatewayTakesTheAdaptersJsonAndTheResidentReadsItOnTheDemoPhone() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		String mobile = TestRecipients.newMobile();
		TestRecipients.verified(jdbc, resident, "SMS", mobile);

		gateway(phone.token()).send(new SmsGateway.TextMessage(mobile, "Stockholms stad: Din kod är 123456.", "verification:1"));

		String page = mvc.perform(get("/demo/phone").with(SignedInAs.resident(resident, "Demo Person"))).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Demotelefonen", "Inga riktiga sms skickas", mobile, "Stockholms stad: Din kod är 123456.");
		HtmlChecker.assertValid(page, "the demo phone");
		assertThat(mvc.perform(get("/demo/phone").with(SignedInAs.resident(TestRecipients.newResident(), "Någon Annan"))).andReturn()
				.getResponse().getContentAsString()).doesNotContain(mobile).contains("Inga sms har kommit till dina nummer");
	}

	@Test
	void theStandInGatewayRefusesAWrongTokenAndAMessageWithoutANumber() throws Exception {
		String mobile = TestRecipients.newMobile();
		assertThatThrownBy(() -> gateway("not-the-token").send(new SmsGateway.TextMessage(mobile, "Hej", "x")))
				.isInstanceOf(SmsGateway.SmsNotSent.class)
				.hasMessage("the SMS gateway answered 401");
		assertThatThrownBy(() -> gateway(phone.token()).send(new SmsGateway.TextMessage("0701234567", "Hej", "x")))
				.isInstanceOf(SmsGateway.SmsNotSent.class)
				.hasMessage("the SMS gateway answered 400");
		assertThat(phone.textsTo(java.util.Set.of(mobile))).isEmpty();
		assertThat(mvc.perform(post("/demo/sms-gateway").contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse()
				.getStatus()).as("no CSRF token is asked of a gateway, but its bearer token is").isEqualTo(401);
		assertThat(mvc.perform(get("/demo/phone")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theDemoCitySendsItsTextsToTheStandInOnlyWhenNoRealGatewayIsConfigured() {
		ApplicationContextRunner demoCity = new ApplicationContextRunner()
				.withUserConfiguration(DemoPhone.class, DemoSmsConfiguration.class)
				.withPropertyValues("cityhall.demo=true");
		demoCity.run(context -> assertThat(context).hasSingleBean(SmsGateway.class));
		demoCity.withPropertyValues("cityhall.notifications.sms.url=https://sms.example/v1")
				.run(context -> assertThat(context).doesNotHaveBean(SmsGateway.class));
		new ApplicationContextRunner()
				.withUserConfiguration(DemoSmsConfiguration.class)
				.run(context -> assertThat(context).doesNotHaveBean(SmsGateway.class));
	}

	private HttpSmsGateway gateway(String token) {
		return new HttpSmsGateway(() -> URI.create("http://localhost:" + port + "/demo/sms-gateway"), token, Duration.ofSeconds(5));
	}
}
