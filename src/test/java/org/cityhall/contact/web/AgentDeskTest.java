package org.cityhall.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.audit.AuditLog;
import org.cityhall.audit.AuditQuery;
import org.cityhall.contact.ContactLog;
import org.cityhall.contact.ContactQueue;
import org.cityhall.contact.KnowledgeBase;
import org.cityhall.identity.StaffRoles;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The agent's desk: the look-up audited with its purpose, every module's matters, the contact log, the figures and the answers. */
@CityHallWebTest
class AgentDeskTest {

	private static final String SARA = DemoPersonas.PARENT.id();
	private static final RequestPostProcessor SARA_SIGNED_IN = SignedInAs.resident(PersonalIdentityNumber.parse(SARA), DemoPersonas.PARENT.name());
	private static final RequestPostProcessor AGENT = SignedInAs.staff("contact-centre-agent", ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT));
	private static final RequestPostProcessor OTHER_AGENT = SignedInAs.staff("contact-centre-agent-2",
			ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT));
	private static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-traffic", ScopedRole.inDepartment(StaffRoles.OFFICER, "traffic"));
	private static final RequestPostProcessor ELDERLY_CARE = SignedInAs.staff("officer-elderly-care",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "elderly-care"));

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	ContactLog log;

	@Autowired
	KnowledgeBase knowledge;

	@Test
	void theLookUpIsAuditedWithItsPurposeAndShowsTheResidentsMattersFromEveryModuleAsMyPagesDoes() throws Exception {
		// Sara has at least a report with the city, so there is something on her My pages.
		mvc.perform(post("/feedback/report").with(SARA_SIGNED_IN).with(csrf()).param("category", "praise")
				.param("description", "Tack för den nya lekplatsen")).andExpect(status().is3xxRedirection());
		Instant before = Instant.now().minusSeconds(1);
		String desk = lookUp(AGENT, SARA, "incoming-call");

		String agentsView = mvc.perform(get(desk).param("lang", "en").with(AGENT)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(audit.search(AuditQuery.all().withSubject(SARA).withActor("contact-centre-agent").withPurpose("incoming-call")
				.withWhatPrefix("contact:matters"))).anySatisfy(read -> {
					assertThat(read.at()).isAfter(before);
					assertThat(read.actorRole()).isEqualTo(StaffRoles.CONTACT_CENTRE_AGENT);
					assertThat(read.channel()).isEqualTo("phone");
				});
		String myPages = mvc.perform(get("/my-pages").param("lang", "en").with(SARA_SIGNED_IN)).andReturn().getResponse().getContentAsString();
		List<String> headings = headings(myPages, "h2", "govuk-heading-l");
		assertThat(headings).contains("Reports and comments");
		assertThat(headings(agentsView, "h3", "govuk-heading-m")).containsAll(headings);
		assertThat(agentsView).contains("Sara Lindqvist", "Midsommarvägen 14");
	}

	@Test
	void aLookUpNeedsAPurposeAndANumberInTheRegisterAndOnlyAgentsMayMakeIt() throws Exception {
		mvc.perform(post("/staff/contact/lookup").param("lang", "en").with(AGENT).with(csrf()).param("person", "19880412-982"))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("govuk-error-summary"),
						containsString("Choose why you look the resident up"), containsString("value=\"19880412-982\""))));
		mvc.perform(post("/staff/contact/lookup").param("lang", "en").with(AGENT).with(csrf()).param("person", "194001011230")
				.param("purpose", "incoming-call")).andExpect(content().string(containsString("No one is registered in the city under that number")));
		mvc.perform(post("/staff/contact/lookup").with(OFFICER).with(csrf()).param("person", SARA).param("purpose", "incoming-call"))
				.andExpect(status().isForbidden());
		String desk = lookUp(AGENT, SARA, "callback");
		mvc.perform(get(desk).with(OTHER_AGENT)).andExpect(status().isNotFound());
	}

	@Test
	void theContactIsLoggedWithMistakesShownAtTheirFieldsAndCountsInTheLinesFigures() throws Exception {
		String desk = lookUp(AGENT, SARA, "incoming-call");
		Instant from = Instant.now().minus(Duration.ofDays(1));
		ContactLog.Figures before = log.figures(ContactQueue.ALDRE_DIREKT, from, Instant.now().plusSeconds(60));
		String aldreDirekt = lookUp(AGENT, DemoPersonas.ELDERLY.id(), "incoming-call", "aldre-direkt");
		mvc.perform(post(aldreDirekt + "/log").param("lang", "en").with(AGENT).with(csrf()).param("channel", "phone").param("topic", "elderly-care")
				.param("outcome", "handed-over").param("minutes", "ten").param("note", "Vill ha hemtjänst oftare"))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Write the minutes the contact took"),
						containsString("Choose the department"), containsString("Vill ha hemtjänst oftare"))));
		mvc.perform(post(aldreDirekt + "/log").with(AGENT).with(csrf()).param("channel", "phone").param("topic", "elderly-care")
				.param("outcome", "handed-over").param("department", "elderly-care").param("minutes", "6").param("waitSeconds", "40")
				.param("note", "Vill ha hemtjänst oftare")).andExpect(status().is3xxRedirection());
		mvc.perform(post(aldreDirekt + "/log").with(AGENT).with(csrf()).param("channel", "phone").param("topic", "elderly-care")
				.param("outcome", "solved").param("minutes", "3").param("waitSeconds", "20")).andExpect(status().is3xxRedirection());
		mvc.perform(get(aldreDirekt).param("lang", "en").with(AGENT))
				.andExpect(content().string(allOf(containsString("Handed over to a department"), containsString("Vill ha hemtjänst oftare"))));

		ContactLog.Figures after = log.figures(ContactQueue.ALDRE_DIREKT, from, Instant.now().plusSeconds(60));
		assertThat(after.byChannel().getOrDefault("phone", 0) - before.byChannel().getOrDefault("phone", 0)).isEqualTo(2);
		assertThat(after.answered() - before.answered()).isEqualTo(2);
		assertThat(after.solvedAtFirstContact()).isPresent();
		mvc.perform(get("/staff/contact/figures").param("queue", "aldre-direkt").param("lang", "en").with(AGENT)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Äldre Direkt"), containsString("Solved at the first contact"))));
		mvc.perform(get("/staff/contact/figures").with(OFFICER)).andExpect(status().isForbidden());
		assertThat(desk).isNotEqualTo(aldreDirekt);
	}

	@Test
	void agentsAndDepartmentsKeepAnswersInBothLanguagesThatAgentsFind() throws Exception {
		String word = "avlösning" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/staff/contact/answers").param("lang", "en").with(AGENT).with(csrf()).param("titleSv", "").param("bodySv", "Svar")
				.param("titleEn", "What does it cost?").param("department", "elderly-care")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Write the question in Swedish"), containsString("Write the answer in English"),
						containsString("value=\"What does it cost?\""))));
		mvc.perform(answer(post("/staff/contact/answers").with(OFFICER).with(csrf()), word).param("department", "elderly-care"))
				.andExpect(status().isForbidden());
		mvc.perform(answer(post("/staff/contact/answers").with(ELDERLY_CARE).with(csrf()), word).param("department", "elderly-care"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/contact/answers").param("q", word.toUpperCase() + " anhörig").with(AGENT))
				.andExpect(content().string(containsString("avgiftsfri upp till 16 timmar")));
		mvc.perform(get("/staff/contact/answers").param("q", word + " respite").param("lang", "en").with(AGENT))
				.andExpect(content().string(allOf(containsString("free of charge for up to 16 hours"), not(containsString("avgiftsfri")))));
		assertThat(mvc.perform(get("/staff/contact/answers").param("q", word + " nothing-like-it").with(AGENT)).andReturn().getResponse()
				.getContentAsString()).doesNotContain("avgiftsfri upp till 16 timmar");
	}

	@Test
	void anAnswerIsChangedByItsDepartmentWithWhoAndWhenKeptAndRetiredSoNoOneFindsIt() throws Exception {
		String word = "trygghetslarm" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(answer(post("/staff/contact/answers").with(ELDERLY_CARE).with(csrf()), word).param("department", "elderly-care"))
				.andExpect(status().is3xxRedirection());
		KnowledgeBase.Answer answer = knowledge.search(word).get(0);
		String page = "/staff/contact/answers/" + answer.id();

		// Another department's officer may neither open nor change it; a resident may not either.
		mvc.perform(get(page).with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(answer(post(page).with(OFFICER).with(csrf()), word).param("version", "1")).andExpect(status().isForbidden());
		mvc.perform(post(page + "/retire").with(OFFICER).with(csrf()).param("version", "1")).andExpect(status().isForbidden());
		mvc.perform(get(page).with(SARA_SIGNED_IN)).andExpect(status().isForbidden());

		mvc.perform(post(page).param("lang", "en").with(AGENT).with(csrf()).param("version", "1").param("titleSv", "Vad kostar " + word + "?")
				.param("bodySv", "Nytt svar").param("titleEn", "").param("bodyEn", "New answer").param("keywords", "anhörig"))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Write the question in English"),
						containsString("Nytt svar"))));
		mvc.perform(post(page).with(AGENT).with(csrf()).param("version", "1").param("titleSv", "Vad kostar " + word + "?")
				.param("bodySv", "Avlösning i hemmet är avgiftsfri upp till 20 timmar i månaden.").param("titleEn", "What does " + word + " cost?")
				.param("bodyEn", "Respite at home is free of charge for up to 20 hours a month.").param("keywords", "anhörig"))
				.andExpect(status().is3xxRedirection());
		// An edit made on the version before someone else's change is refused, and what was typed is kept.
		mvc.perform(post(page).param("lang", "en").with(ELDERLY_CARE).with(csrf()).param("version", "1").param("titleSv", "Gammal fråga " + word)
				.param("bodySv", "Gammalt svar").param("titleEn", "Old question").param("bodyEn", "Old answer").param("keywords", ""))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Someone else changed the answer"),
						containsString("Gammalt svar"))));

		mvc.perform(get(page).param("lang", "en").with(ELDERLY_CARE)).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("Written"), containsString("Changed"), containsString("contact-centre-agent"), containsString("officer-elderly-care"))));
		assertThat(knowledge.history(answer.id())).extracting(KnowledgeBase.Revision::changedBy).containsExactly("contact-centre-agent",
				"officer-elderly-care");
		mvc.perform(get("/staff/contact/answers").param("q", word).with(AGENT)).andExpect(content().string(allOf(
				containsString("upp till 20 timmar"), not(containsString("upp till 16 timmar")))));

		mvc.perform(post(page + "/retire").with(ELDERLY_CARE).with(csrf()).param("version", "2")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/contact/answers").param("q", word).param("lang", "en").with(AGENT))
				.andExpect(content().string(containsString("No answers found.")));
		assertThat(knowledge.search(word)).isEmpty();
		mvc.perform(get(page).param("lang", "en").with(AGENT)).andExpect(content().string(allOf(containsString("Retired by officer-elderly-care"),
				not(containsString("id=\"save-answer\"")))));
		assertThat(knowledge.history(answer.id())).extracting(KnowledgeBase.Revision::change).containsExactly("retired", "edited", "written");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String word) {
		return request.param("titleSv", "Vad kostar " + word + "?").param("bodySv", "Avlösning i hemmet är avgiftsfri upp till 16 timmar i månaden.")
				.param("titleEn", "What does " + word + " cost?").param("bodyEn", "Respite at home is free of charge for up to 16 hours a month.")
				.param("keywords", "anhörig respite");
	}

	private String lookUp(RequestPostProcessor agent, String person, String purpose) throws Exception {
		return lookUp(agent, person, purpose, "general");
	}

	private String lookUp(RequestPostProcessor agent, String person, String purpose, String queue) throws Exception {
		String location = mvc.perform(post("/staff/contact/lookup").with(agent).with(csrf()).param("person", person).param("purpose", purpose)
				.param("queue", queue)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/staff/contact/lookups/[0-9a-f-]{36}");
		return location;
	}

	private static List<String> headings(String html, String tag, String cssClass) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile("<" + tag + " class=\"" + cssClass + "\">([^<]+)</" + tag + ">").matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1).strip());
		}
		return found.stream().filter(h -> !h.equals("My pages") && !h.equals("Mina sidor")).toList();
	}
}
