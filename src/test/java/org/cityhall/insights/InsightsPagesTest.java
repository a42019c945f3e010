package org.cityhall.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public page, the analysts' overview, an e-service's charts beside their tables, and the CSV files. */
@CityHallWebTest
class InsightsPagesTest {

	static final RequestPostProcessor ANALYST = SignedInAs.staff("programme-analyst", ScopedRole.cityWide(StaffRoles.PROGRAMME_ANALYST));
	static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-education", ScopedRole.inDepartment(StaffRoles.OFFICER, "education"));

	@Autowired
	MockMvc mvc;

	@Test
	void everyoneSeesTheHeadlineFiguresInBothLanguages() throws Exception {
		mvc.perform(get("/insights")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Vad e-tjänsterna ger"), containsString("id=\"headline\""),
						containsString("Gjorda digitalt"))));
		String page = mvc.perform(get("/insights").param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("What the e-services achieve"), containsString("Made online"))))
				.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(page, "insights, public (en)");
	}

	@Test
	void onlyProgrammeAnalystsSeeTheOverviewAndItsExport() throws Exception {
		mvc.perform(get("/staff/insights").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/insights.csv").with(OFFICER)).andExpect(status().isForbidden());
		String page = mvc.perform(get("/staff/insights").param("lang", "en").with(ANALYST)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"departments\""), containsString("/staff/insights.csv"),
						containsString("/staff/insights/preschool-application"), containsString("Promised a year"))))
				.andReturn().getResponse().getContentAsString();
		HtmlChecker.assertValid(page, "insights, overview (en)");
	}

	@Test
	void theExportIsASpreadsheetsCsvWithARowForEveryEService() throws Exception {
		byte[] csv = mvc.perform(get("/staff/insights.csv").param("lang", "en").with(ANALYST)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"E-service id\";\"E-service\";\"Department\";\"Cases last 12 months\"");
		assertThat(text.lines().filter(line -> line.startsWith("\"preschool-application\";")).toList()).hasSize(1);
		assertThat(text.lines().skip(1).toList()).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(14));

		String months = new String(mvc.perform(get("/staff/insights/preschool-application.csv").with(ANALYST))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(months).startsWith("\uFEFF\"Månad\";\"Webb\";\"Telefon\";\"E-post\";\"Papper\"");
	}

	@Test
	void everyChartOnAnEServicesPageHasItsTable() throws Exception {
		String page = mvc.perform(get("/staff/insights/preschool-application").param("lang", "en").with(ANALYST))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> charts = new ArrayList<>();
		Matcher chart = Pattern.compile("class=\"insights-chart\"[^>]*data-table=\"([^\"]+)\"").matcher(page);
		while (chart.find()) {
			charts.add(chart.group(1));
		}
		assertThat(charts).containsExactly("channels-table", "handling-table", "benefit-table");
		assertThat(charts).allSatisfy(table -> assertThat(page).contains("<table class=\"govuk-table govuk-table--small-text-until-tablet\" id=\"" + table + "\""));
		assertThat(page).doesNotContain("style=").contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min");
		HtmlChecker.assertValid(page, "insights, an e-service (en)");
		mvc.perform(get("/staff/insights/no-such-eservice").with(ANALYST)).andExpect(status().isNotFound());
	}
}
