package org.cityhall.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.ArchivedRecord;
import org.cityhall.directory.Directory;
import org.cityhall.directory.Provider;
import org.cityhall.forms.Option;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The education office adds and changes schools on the staff pages: the school is kept with its address,
 * position, grades and an independent school's own rules, the school application offers it, Find &amp; Compare
 * lists it and the change is filed; every bad answer is told at its field in both languages with what was typed
 * kept; another department's officer gets 403.
 */
@CityHallWebTest
class StaffSchoolPagesTest {

	private static final RequestPostProcessor OFFICER = SignedInAs.staff("staff-officer-education",
			ScopedRole.inDepartment("officer", "education"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Schools schools;

	@Autowired
	SchoolOptions options;

	@Autowired
	PlacementRounds rounds;

	@Autowired
	Directory directory;

	@Autowired
	ArchiveRecords records;

	@Test
	void anOfficerAddsAnIndependentSchoolThatGuardiansCanChooseAndFindAndCompareLists() throws Exception {
		String name = "Friskolan Ängen " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(school(post("/staff/placement/schools"), name, "independent", "Bromma", "Ängsvägen 3, 168 50 Bromma",
				"667 350", "6581900,5", List.of("f", "4"), "sibling", "queue-date", "")).andExpect(status().is3xxRedirection());
		String code = SchoolRegister.code(name);
		School school = schools.find(code).orElseThrow();
		assertThat(code).startsWith("friskolan-angen-");
		assertThat(school.name()).isEqualTo(name);
		assertThat(school.municipal()).isFalse();
		assertThat(school.address()).isEqualTo("Ängsvägen 3, 168 50 Bromma");
		assertThat(school.position().easting()).isEqualTo(667_350);
		assertThat(school.position().northing()).isEqualTo(6_581_900.5);
		assertThat(school.grades()).containsExactly(Grade.PRESCHOOL_CLASS, Grade.YEAR_4);
		assertThat(school.rules()).containsExactly(PriorityRule.SIBLING, PriorityRule.QUEUE_DATE);

		assertThat(options.options("")).extracting(Option::value).contains(code);
		assertThat(page(get("/staff/placement/schools?lang=en"))).contains(name, "Sibling at the school, Queue date");
		Provider listed = Awaitility.await().atMost(Duration.ofSeconds(30))
				.until(() -> directory.find("school:" + code), found -> found.isPresent()).orElseThrow();
		assertThat(listed.name()).isEqualTo(name);
		assertThat(listed.address()).isEqualTo("Ängsvägen 3, 168 50 Bromma");
		assertThat(listed.cityRun()).isFalse();

		// The city takes the school over: it ranks by the city's rules from now on, under the same code.
		assertThat(page(get("/staff/placement/schools/" + code + "/edit"))).contains("value=\"" + name + "\"",
				"value=\"667350\"", "value=\"6581900.5\"");
		mvc.perform(school(post("/staff/placement/schools/" + code), name + " kommunal", "municipal", "Bromma",
				"Ängsvägen 3, 168 50 Bromma", "667350", "6581900", List.of("f", "4", "7"), "sibling", "", ""))
				.andExpect(status().is3xxRedirection());
		School changed = schools.find(code).orElseThrow();
		assertThat(changed.municipal()).isTrue();
		assertThat(changed.rules()).isEqualTo(PriorityRule.CITY);
		assertThat(changed.grades()).containsExactly(Grade.PRESCHOOL_CLASS, Grade.YEAR_4, Grade.YEAR_7);
		Awaitility.await().atMost(Duration.ofSeconds(30))
				.until(() -> directory.find("school:" + code).orElseThrow().name().equals(name + " kommunal"));

		List<ArchivedRecord> filed = Awaitility.await().atMost(Duration.ofSeconds(60))
				.until(() -> records.ofMatter("placement-school:" + code), found -> found.size() == 2);
		assertThat(filed).extracting(ArchivedRecord::recordType)
				.containsExactlyInAnyOrder("placement.school-added", "placement.school-changed");
	}

	@Test
	void aSecondSchoolOfTheSameNameGetsACodeOfItsOwn() throws Exception {
		String name = "Skolan Tvilling " + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 2; i++) {
			mvc.perform(school(post("/staff/placement/schools"), name, "municipal", "Kista", "Kistagången " + (i + 1),
					"666900", "6587500", List.of("7"), "", "", "")).andExpect(status().is3xxRedirection());
		}
		String code = SchoolRegister.code(name);
		assertThat(schools.find(code).orElseThrow().address()).isEqualTo("Kistagången 1");
		assertThat(schools.find(code + "-2").orElseThrow().address()).isEqualTo("Kistagången 2");
	}

	@Test
	void aSchoolKeepsAGradeARoundNotYetPublishedGivesItPlacesIn() throws Exception {
		String name = "Skolan Kvar " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(school(post("/staff/placement/schools"), name, "municipal", "Farsta", "Farstavägen 2", "676200", "6571600",
				List.of("f", "4", "7"), "", "", "")).andExpect(status().is3xxRedirection());
		String code = SchoolRegister.code(name);
		String roundName = "Skolval 2038 " + UUID.randomUUID().toString().substring(0, 6);
		rounds.open(roundName, 2038, java.time.Instant.parse("2038-01-10T00:00:00Z"), java.time.Instant.parse("2038-02-10T00:00:00Z"),
				java.time.Instant.parse("2038-04-01T00:00:00Z"), java.time.LocalDate.of(2038, 1, 15), 3, Round.Unconfirmed.INCLUDE,
				java.util.Map.of(code, java.util.Map.of(Grade.YEAR_7, 30)));
		String refused = page(school(post("/staff/placement/schools/" + code), name, "municipal", "Farsta", "Farstavägen 2",
				"676200", "6571600", List.of("f", "4"), "", "", "").param("lang", "en"));
		assertThat(refused).contains("The school has places in Year 7 in " + roundName
				+ ", which is not yet published. Keep Year 7 selected, or first take those places away");
		assertThat(schools.find(code).orElseThrow().grades()).contains(Grade.YEAR_7);
		mvc.perform(school(post("/staff/placement/schools/" + code), name, "municipal", "Farsta", "Farstavägen 2", "676200",
				"6571600", List.of("4", "7"), "", "", "")).andExpect(status().is3xxRedirection());
		assertThat(schools.find(code).orElseThrow().grades()).containsExactly(Grade.YEAR_4, Grade.YEAR_7);
	}

	@Test
	void everyMissingOrImpossibleAnswerIsToldAtItsFieldInBothLanguagesWithWhatWasTypedKept() throws Exception {
		String empty = page(school(post("/staff/placement/schools"), "", "", "", "", "öster", "", List.of(), "", "", "")
				.param("lang", "en"));
		assertThat(empty).contains("Error: Add a school", "There is a problem",
				"Enter the name of the school, at most 100 characters", "Select who runs the school",
				"Enter the district the school is in, at most 100 characters",
				"Enter the school’s street address, at most 200 characters", "Enter the easting in metres, for example 674572",
				"Enter the northing in metres, for example 6580743", "Select at least one grade", "value=\"öster\"");

		String outside = page(school(post("/staff/placement/schools"), "Skolan Långt Bort", "independent", "Bromma",
				"Bortavägen 1", "100", "200", List.of("7"), "", "queue-date", "queue-date").param("lang", "en"));
		assertThat(outside).contains("The position is outside Sweden: in SWEREF 99 TM",
				"Select the first rule an independent school ranks applicants by",
				"Select the rules in order, without leaving one empty before it", "value=\"Skolan Långt Bort\"",
				"value=\"Bortavägen 1\"", "value=\"100\"");
		String rules = page(school(post("/staff/placement/schools"), "Skolan Regler", "independent", "Bromma", "Regelvägen 1",
				"667000", "6581000", List.of("7"), "proximity", "proximity", "lottery").param("lang", "sv"));
		assertThat(rules).contains("Fel: Lägg till en skola", "Välj varje urvalsgrund bara en gång",
				"Välj en urvalsgrund i listan");
		String swedish = page(school(post("/staff/placement/schools"), "", "", "", "", "", "", List.of(), "", "", "")
				.param("lang", "sv"));
		assertThat(swedish).contains("Skriv skolans namn, högst 100 tecken", "Välj skolans huvudman",
				"Skriv stadsdelen skolan ligger i", "Skriv skolans gatuadress", "Skriv den östliga koordinaten i meter",
				"Skriv den nordliga koordinaten i meter", "Välj minst en årskurs");
		assertThat(schools.all()).extracting(School::name).doesNotContain("Skolan Långt Bort", "Skolan Regler");
	}

	@Test
	void anotherDepartmentsOfficerOrAHeadTeacherCannotAddOrChangeSchools() throws Exception {
		for (RequestPostProcessor other : List.of(
				SignedInAs.staff("staff-officer-sports", ScopedRole.inDepartment("officer", "sports")),
				SignedInAs.staff("head-vasaskolan", new ScopedRole("head-teacher", "unit:vasaskolan")))) {
			mvc.perform(get("/staff/placement/schools").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/placement/schools/new").with(other)).andExpect(status().isForbidden());
			mvc.perform(school(post("/staff/placement/schools"), "Obehöriga skolan", "municipal", "Bromma", "Vägen 1", "667000",
					"6581000", List.of("7"), "", "", "").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/staff/placement/schools/vasaskolan/edit").with(other)).andExpect(status().isForbidden());
			mvc.perform(school(post("/staff/placement/schools/vasaskolan"), "Obehöriga skolan", "municipal", "Bromma", "Vägen 1",
					"667000", "6581000", List.of("7"), "", "", "").with(other)).andExpect(status().isForbidden());
		}
		assertThat(schools.find("vasaskolan").orElseThrow().name()).isEqualTo("Vasaskolan");
		assertThat(schools.all()).extracting(School::name).doesNotContain("Obehöriga skolan");
	}

	/** A school as the form posts it, by the education office unless another staff member is added after. */
	private static MockHttpServletRequestBuilder school(MockHttpServletRequestBuilder request, String name, String runBy,
			String district, String address, String easting, String northing, List<String> grades, String rule1, String rule2,
			String rule3) {
		request.param("name", name).param("runBy", runBy).param("district", district).param("address", address)
				.param("easting", easting).param("northing", northing).param("rule1", rule1).param("rule2", rule2)
				.param("rule3", rule3);
		grades.forEach(grade -> request.param("grades", grade));
		return request.with(OFFICER).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(OFFICER).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}
}
