package org.cityhall.feedback.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.servlet.MockMvc;

/** What the report pages' tests share: where to report, and the reference a follow page shows. */
final class ReportsForTests {

	private ReportsForTests() {
	}

	/** The report's reference, read from its follow page. */
	static String reference(MockMvc mvc, String follow) throws Exception {
		String page = mvc.perform(get(follow)).andReturn().getResponse().getContentAsString();
		return page.replaceAll("(?s).*id=\"reference\">([A-Z]+-\\d{4}-\\d{6})<.*", "$1");
	}

	/** A point in the city no other test reports at, so nearby reports are only this test's. */
	static double[] somewhere() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] {59.25 + random.nextDouble(0.1), 17.9 + random.nextDouble(0.2)};
	}
}
