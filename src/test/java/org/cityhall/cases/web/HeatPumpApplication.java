package org.cityhall.cases.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.cityhall.cases.TestFiles;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fills in the heat-pump licence through its pages, as a resident would, for tests that need a case. */
final class HeatPumpApplication {

	/** A step accepted: on to the next page; otherwise the page with its errors is shown in the failure. */
	private static final ResultMatcher ACCEPTED = result -> {
		if (result.getResponse().getStatus() != 302) {
			throw new AssertionError("the step was not accepted: " + result.getResponse().getStatus() + "\n"
					+ result.getResponse().getContentAsString().replaceAll("(?s).*?(<div class=\"govuk-error-summary.*?</div>).*", "$1"));
		}
	};

	private final MockMvc mvc;
	private final RequestPostProcessor who;

	HeatPumpApplication(MockMvc mvc, RequestPostProcessor who) {
		this.mvc = mvc;
		this.who = who;
	}

	/** Starts a draft and returns its id. */
	UUID start() throws Exception {
		MvcResult started = mvc.perform(post("/eservices/heat-pump-licence/apply").with(who).with(csrf())).andReturn();
		String location = started.getResponse().getRedirectedUrl();
		return UUID.fromString(location.split("/")[2]);
	}

	/** Answers every step validly, the site plan included, and returns the draft's id at "check your answers". */
	UUID fillIn() throws Exception {
		UUID draft = start();
		String base = "/applications/" + draft + "/";
		mvc.perform(post(base + "applicant").with(who).with(csrf()).param("applicantName", "Sara Lindqvist")
				.param("applicantPhone", "070-123 45 67").param("applicantRole", "owner")).andExpect(ACCEPTED);
		mvc.perform(post(base + "property").with(who).with(csrf()).param("propertyDesignation", "Tallen 4:12")
				.param("waterProtectionArea", "no")).andExpect(ACCEPTED);
		LocalDate drilling = LocalDate.now().plusMonths(2);
		mvc.perform(post(base + "installation").with(who).with(csrf()).param("heatSource", "rock")
				.param("boreholeDepth", "150").param("boreholeCount", "1").param("distanceToBoundary", "12")
				.param("heatOutput", "8").param("collectorFluid", "ethanol")
				.param("installerOrganisationNumber", "556016-0680")
				.param("drillingDateDay", String.valueOf(drilling.getDayOfMonth()))
				.param("drillingDateMonth", String.valueOf(drilling.getMonthValue()))
				.param("drillingDateYear", String.valueOf(drilling.getYear()))
				// Tallen 4:12 has a neighbour's borehole close by: the applicant has read that advice and goes on.
				.param("adviceSeen", "true")).andExpect(ACCEPTED);
		mvc.perform(multipart(base + "documents").file(new MockMultipartFile("sitePlan", "situationsplan.pdf",
				"application/pdf", TestFiles.pdf("Situationsplan " + draft))).with(who).with(csrf()).param("truthful", "yes")).andExpect(ACCEPTED);
		return draft;
	}

	/** Submits the draft and returns the case number from the redirect to the receipt. */
	String submit(UUID draft) throws Exception {
		MvcResult submitted = mvc.perform(post("/applications/" + draft + "/submit").with(who).with(csrf())).andReturn();
		return submitted.getResponse().getRedirectedUrl().split("/")[2];
	}
}
