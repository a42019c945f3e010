package org.cityhall.catalogue.information;

import static org.cityhall.catalogue.information.InformationPageWorkflowTest.form;
import static org.cityhall.catalogue.information.InformationPageWorkflowTest.newSlug;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Stream;

import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Information pages are department-scoped: for each role, what it may do with a page of the city
 * planning department, and that an editor or publisher of another department gets 403 throughout.
 */
@CityHallWebTest
class InformationPageAccessTest {

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> everyRole() {
		return Stream.of(
				Arguments.of("editor of the page's department", StaffMembers.editor("city-planning"), true, false),
				Arguments.of("publisher of the page's department", StaffMembers.publisher("city-planning"), false, true),
				Arguments.of("city-wide editor", SignedInAs.staff("content-editor-city",
						ScopedRole.cityWide(StaffRoles.CONTENT_EDITOR)), true, false),
				Arguments.of("editor of another department", StaffMembers.editor("elderly-care"), false, false),
				Arguments.of("publisher of another department", StaffMembers.publisher("elderly-care"), false, false),
				Arguments.of("officer of the page's department", SignedInAs.staff("officer-city-planning",
						ScopedRole.inDepartment(StaffRoles.OFFICER, "city-planning")), false, false),
				Arguments.of("platform administrator", SignedInAs.staff("platform-administrator",
						ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR)), false, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRole")
	void eachRoleReachesExactlyWhatItMay(String who, RequestPostProcessor as, boolean writes, boolean publishes) throws Exception {
		String slug = newSlug();
		writeAndSubmit(slug);
		String page = "/staff/information/" + slug;

		mvc.perform(get(page).with(as)).andExpect(writes || publishes ? status().isOk() : status().isForbidden());
		mvc.perform(get(page + "/edit").with(as)).andExpect(writes ? status().isOk() : status().isForbidden());
		mvc.perform(post(page + "/send-back").param("comment", "Ändra rubriken.").with(as).with(csrf()))
				.andExpect(publishes ? redirectedUrl(page) : status().isForbidden());
		if (!publishes) {
			mvc.perform(post(page + "/send-back").param("comment", "Ändra rubriken.").with(StaffMembers.publisher("city-planning"))
					.with(csrf())).andExpect(redirectedUrl(page));
		}
		mvc.perform(form(post(page + "/edit"), slug, "Ändrad", "Changed").param("action", "save").with(as).with(csrf()))
				.andExpect(writes ? redirectedUrl(page) : status().isForbidden());
		mvc.perform(post(page + "/submit").with(as).with(csrf())).andExpect(writes ? redirectedUrl(page) : status().isForbidden());
		if (!writes) {
			mvc.perform(post(page + "/submit").with(StaffMembers.editor("city-planning")).with(csrf()));
		}
		mvc.perform(post(page + "/approve").with(as).with(csrf())).andExpect(publishes ? redirectedUrl(page) : status().isForbidden());
		mvc.perform(post(page + "/withdraw").with(as).with(csrf())).andExpect(publishes ? redirectedUrl(page) : status().isForbidden());
	}

	@Test
	void onlyThoseWhoWriteOrPublishSeeTheListAndOnlyEditorsStartAPage() throws Exception {
		var officer = SignedInAs.staff("officer-city-planning", ScopedRole.inDepartment(StaffRoles.OFFICER, "city-planning"));
		mvc.perform(get("/staff/information").with(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/information").with(StaffMembers.publisher("city-planning"))).andExpect(status().isOk());
		mvc.perform(get("/staff/information/new").with(StaffMembers.publisher("city-planning"))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/information/new").with(StaffMembers.editor("city-planning"))).andExpect(status().isOk());
	}

	@Test
	void anEditorCannotStartAPageForADepartmentTheyDoNotWriteFor() throws Exception {
		String slug = newSlug();
		mvc.perform(form(post("/staff/information/new"), slug, "Fel förvaltning", "Wrong department", Map.of("department", "elderly-care"))
						.param("action", "save").with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/staff/information/" + slug).with(StaffMembers.editor("elderly-care"))).andExpect(status().isNotFound());
	}

	@Test
	void residentsVisitorsAndAnonymousGetNoStaffInformationPage() throws Exception {
		var resident = SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.PARENT.id()), "Sara Lindqvist");
		mvc.perform(get("/staff/information").with(resident)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/information").with(SignedInAs.visitor("visitor@example.org"))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/information")).andExpect(redirectedUrl("/login/staff"));
	}

	private void writeAndSubmit(String slug) throws Exception {
		mvc.perform(form(post("/staff/information/new"), slug, "Rubrik", "Title").param("action", "save")
				.with(StaffMembers.editor("city-planning")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/information/" + slug + "/submit").with(StaffMembers.editor("city-planning")).with(csrf()))
				.andExpect(status().is3xxRedirection());
	}
}
