package org.cityhall.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Cases;
import org.cityhall.cases.TestFiles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CityHallWebTest
class ApplyingTest {

	private static final RequestPostProcessor SARA = SignedInAs.resident(DemoPersonas.PARENT.number().orElseThrow(), "Sara Lindqvist");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicationMustBeSignedInForADigitalIdEService() throws Exception {
		mvc.perform(get("/eservices/heat-pump-licence/apply")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theStartPagePrefillsTheApplicantsNameOnTheFirstStep() throws Exception {
		mvc.perform(get("/eservices/heat-pump-licence/apply").with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-button--start")));
		UUID draft = new HeatPumpApplication(mvc, SARA).start();

		mvc.perform(get("/applications/" + draft + "/applicant").with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Sara Lindqvist\"")));
	}

	@Test
	void badAnswersGetMessagesAndWhatWasTypedIsKept() throws Exception {
		UUID draft = new HeatPumpApplication(mvc, SARA).start();

		String page = mvc.perform(post("/applications/" + draft + "/applicant").with(SARA).with(csrf())
				.param("applicantName", "Sara <b>Lindqvist</b>").param("applicantPhone", "not a phone")
				.param("applicantRole", "owner"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("govuk-error-summary").contains("value=\"not a phone\"")
				.contains("Sara &lt;b&gt;Lindqvist&lt;/b&gt;").doesNotContain("<b>Lindqvist</b>");
		assertThat(page).contains("<title>Fel: ");
	}

	@Test
	void aFileThatLiesAboutItsTypeIsRefusedAtItsField() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		UUID draft = application.fillIn();

		String page = mvc.perform(multipart("/applications/" + draft + "/documents")
				.file(new MockMultipartFile("sitePlan", "plan.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes()))
				.with(SARA).with(csrf()).param("truthful", "yes"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("govuk-error-summary").contains("plan.pdf");
	}

	@Test
	void checkYourAnswersShowsTheAnswersWithChangeLinks() throws Exception {
		UUID draft = new HeatPumpApplication(mvc, SARA).fillIn();

		String page = mvc.perform(get("/applications/" + draft + "/check").with(SARA)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Tallen 4:12").contains("150 m").contains("situationsplan.pdf")
				.contains("/applications/" + draft + "/installation?change=true");
	}

	@Test
	void submittingMakesACaseWithAReceiptAndAPdfReceiptJustAfter() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		UUID draft = application.fillIn();
		String number = application.submit(draft);

		assertThat(number).matches("HPL-\\d{4}-\\d{6}");
		mvc.perform(get("/cases/" + number + "/receipt").with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
		var made = cases.find(new CaseNumber(number)).orElseThrow();
		assertThat(made.facts().dueAt()).isPresent();
		assertThat(cases.documents(made.id())).extracting(CaseDocument::role).contains(CaseDocument.Role.ATTACHMENT);
		CaseDocument receipt = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cases.documents(made.id())
				.stream().filter(document -> document.role() == CaseDocument.Role.RECEIPT).findFirst(),
				java.util.Optional::isPresent).orElseThrow();

		byte[] pdf = mvc.perform(get("/my-pages/cases/" + number + "/documents/" + receipt.sha256()).with(SARA))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
				.andReturn().getResponse().getContentAsByteArray();
		PdfA.assertValid(pdf);
		assertThat(PdfA.text(pdf)).contains(number).contains("Tallen 4:12").contains("situationsplan.pdf")
				.contains(made.facts().checksum());
	}

	@Test
	void aDoubleSubmittedFormMakesOneCase() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		UUID draft = application.fillIn();
		ExecutorService clicks = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> numbers = new ArrayList<>();
			for (int click = 0; click < 4; click++) {
				Callable<String> submit = () -> application.submit(draft);
				numbers.add(clicks.submit(submit));
			}
			List<String> made = new ArrayList<>();
			for (Future<String> number : numbers) {
				made.add(number.get());
			}
			assertThat(made).hasSize(4).containsOnly(made.get(0));
		}
		finally {
			clicks.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM cases_case WHERE idempotency_key = ?").param("draft:" + draft)
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anotherPersonCannotOpenTheDraftOrTheCase() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		UUID draft = application.fillIn();
		RequestPostProcessor karin = SignedInAs.resident(DemoPersonas.CAR_OWNER.number().orElseThrow(), "Karin Ek");

		mvc.perform(get("/applications/" + draft + "/check").with(karin)).andExpect(status().isNotFound());
		String number = application.submit(draft);
		mvc.perform(get("/my-pages/cases/" + number).with(karin)).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + number + "/receipt").with(karin)).andExpect(status().isNotFound());
	}

	@Test
	void myPagesShowsDraftsAndCases() throws Exception {
		HeatPumpApplication application = new HeatPumpApplication(mvc, SARA);
		UUID draft = application.fillIn();
		mvc.perform(get("/my-pages").with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/applications/" + draft + "/check")));
		String number = application.submit(draft);

		mvc.perform(get("/my-pages").with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
		mvc.perform(get("/my-pages/cases/" + number).with(SARA)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Tallen 4:12")));
	}

	@Test
	void aDraftCanBeDiscarded() throws Exception {
		UUID draft = new HeatPumpApplication(mvc, SARA).start();

		mvc.perform(post("/applications/" + draft + "/discard").with(SARA).with(csrf()))
				.andExpect(redirectedUrl("/my-pages?discarded"));
		mvc.perform(get("/applications/" + draft + "/applicant").with(SARA)).andExpect(status().isNotFound());
	}
}
