package org.cityhall.identity.acting;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cityhall.identity.ConsentScope;
import org.cityhall.identity.Consents;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Acting for a child, a consenting relative or oneself, always checked against today's registers and consents. */
@CityHallWebTest
class ActingForTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consents consents;

	private static final PersonalIdentityNumber PARENT = PersonalIdentityNumber.parse(DemoPersonas.PARENT.id());
	private static final PersonalIdentityNumber CHILD = PersonalIdentityNumber.parse(DemoPersonas.PRESCHOOL_CHILD.id());
	private static final PersonalIdentityNumber ELDERLY = PersonalIdentityNumber.parse(DemoPersonas.ELDERLY.id());
	private static final PersonalIdentityNumber RELATIVE = PersonalIdentityNumber.parse(DemoPersonas.RELATIVE.id());

	@Test
	void aGuardianSeesTheirChildrenAndCanActForThem() throws Exception {
		RequestPostProcessor parent = SignedInAs.resident(PARENT, DemoPersonas.PARENT.name());

		mvc.perform(get("/act-for").with(parent))
				.andExpect(content().string(allOf(containsString("Elsa Lindqvist"), containsString("Noah Lindqvist"))));
		Cookie session = mvc.perform(post("/act-for").with(parent).with(csrf()).param("subject", CHILD.value() + "|GUARDIAN"))
				.andExpect(redirectedUrl("/act-for"))
				.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/").with(parent).cookie(session))
				.andExpect(content().string(allOf(containsString("Du agerar för"), containsString("Elsa Lindqvist"),
						not(containsString("(dig själv)")))));
	}

	@Test
	void aGuardianCannotActForAnotherFamilysChild() throws Exception {
		mvc.perform(post("/act-for").with(SignedInAs.resident(RELATIVE, DemoPersonas.RELATIVE.name())).with(csrf())
						.param("subject", CHILD.value() + "|GUARDIAN"))
				.andExpect(status().isForbidden());
	}

	@Test
	void nobodyCanClaimToBeSomeoneElseByTheSelfOption() throws Exception {
		mvc.perform(post("/act-for").with(SignedInAs.resident(RELATIVE, DemoPersonas.RELATIVE.name())).with(csrf())
						.param("subject", ELDERLY.value() + "|SELF"))
				.andExpect(status().isForbidden());
	}

	@Test
	void aRevokedConsentStopsAccessOnTheVeryNextRequest() throws Exception {
		var consent = consents.grant(Actor.self(new Party.Person(ELDERLY, DemoPersonas.ELDERLY.name()), LevelOfAssurance.LOA3),
				RELATIVE, ConsentScope.CARE_DIARY, LocalDate.now().plusDays(30));
		RequestPostProcessor relative = SignedInAs.resident(RELATIVE, DemoPersonas.RELATIVE.name());
		// Sessions live in PostgreSQL (Spring Session): the session is the SESSION cookie, as in a browser.
		Cookie session = mvc.perform(post("/act-for").with(relative).with(csrf()).param("subject", ELDERLY.value() + "|CONSENT"))
				.andExpect(redirectedUrl("/act-for"))
				.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/").with(relative).cookie(session))
				.andExpect(content().string(containsString(DemoPersonas.ELDERLY.name())));

		consents.revoke(Actor.self(new Party.Person(ELDERLY, DemoPersonas.ELDERLY.name()), LevelOfAssurance.LOA3), consent.id());

		mvc.perform(get("/").with(relative).cookie(session))
				.andExpect(content().string(allOf(not(containsString(DemoPersonas.ELDERLY.name())), containsString("(dig själv)"))));
		mvc.perform(post("/act-for").with(relative).with(csrf()).cookie(session).param("subject", ELDERLY.value() + "|CONSENT"))
				.andExpect(status().isForbidden());
	}

	@Test
	void aSignatoryCanActForTheirCompany() throws Exception {
		mvc.perform(post("/act-for").with(SignedInAs.resident(PersonalIdentityNumber.parse(DemoPersonas.BUSINESS_OWNER.id()),
						DemoPersonas.BUSINESS_OWNER.name())).with(csrf())
						.param("subject", DemoPersonas.RESTAURANT_ORGANISATION_NUMBER + "|SIGNATORY"))
				.andExpect(redirectedUrl("/act-for"));
	}

	@Test
	void actingForPagesNeedASignedInResident() throws Exception {
		mvc.perform(get("/act-for")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/act-for").with(SignedInAs.staff("officer-traffic"))).andExpect(status().isForbidden());
	}
}
