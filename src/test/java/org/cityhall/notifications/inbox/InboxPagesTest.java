package org.cityhall.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The inbox on My pages: the person's notices newest first, in the reader's language and at
 * Stockholm's time, marked read when opened, and never anyone else's.
 */
@CityHallWebTest
class InboxPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<MyPagesSection> sections;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void theInboxListsTheNoticesNewestFirstAtStockholmsTimeAndOpeningOneMarksItRead() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		UUID older = add(resident.value(), "HPL-2026-000301", Instant.parse("2026-01-15T09:30:00Z"));
		UUID newer = add(resident.value(), "HPL-2026-000302", Instant.parse("2026-06-01T10:00:00.123456Z"));

		String list = page("/my-pages/inbox", resident, "sv").getContentAsString();
		assertThat(list).containsSubsequence("Testbeslut i ärende HPL-2026-000302", "1 juni 2026 12:00", "Oläst",
				"Testbeslut i ärende HPL-2026-000301", "15 januari 2026 10:30", "Oläst");
		assertThat(list).contains("href=\"/my-pages/inbox/" + newer + "\"", "datetime=\"2026-06-01T12:00:00+02:00\"");
		HtmlChecker.assertValid(list, "the inbox (sv)");

		MockHttpServletResponse opened = page("/my-pages/inbox/" + older, resident, "en");
		assertThat(opened.getStatus()).isEqualTo(200);
		assertThat(opened.getContentAsString()).contains("<h1 class=\"govuk-heading-xl\" id=\"subject\">Test decision in case HPL-2026-000301</h1>",
				"<p class=\"govuk-body\">Case HPL-2026-000301 has been decided.</p>", "15 January 2026 10:30",
				"href=\"/my-pages/cases/HPL-2026-000301\"");
		HtmlChecker.assertValid(opened.getContentAsString(), "a notice (en)");

		String after = page("/my-pages/inbox", resident, "en").getContentAsString();
		assertThat(after).containsSubsequence("Test decision in case HPL-2026-000302", "Unread", "Test decision in case HPL-2026-000301", "Read");
		HtmlChecker.assertValid(after, "the inbox (en)");
	}

	@Test
	void nobodyOpensAnotherPersonsNotice() throws Exception {
		PersonalIdentityNumber owner = TestRecipients.newResident();
		UUID notice = add(owner.value(), "HPL-2026-000303", Instant.now());

		assertThat(page("/my-pages/inbox/" + notice, TestRecipients.newResident(), "sv").getStatus()).isEqualTo(404);
		assertThat(page("/my-pages/inbox/not-a-notice", owner, "sv").getStatus()).isEqualTo(404);
		assertThat(page("/my-pages/inbox", TestRecipients.newResident(), "sv").getContentAsString())
				.contains("Du har inga meddelanden").doesNotContain("HPL-2026-000303");
		assertThat(mvc.perform(get("/my-pages/inbox/" + notice).with(SignedInAs.visitor(TestRecipients.newEmail()))).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/my-pages/inbox")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(inbox.latest(owner.value(), 1).get(0).unread()).as("still unread").isTrue();
	}

	@Test
	void theMyPagesSectionShowsTheUnreadCountAndTheLatestFew() throws Exception {
		PersonalIdentityNumber resident = TestRecipients.newResident();
		MyPagesSection section = sections.stream().filter(InboxSection.class::isInstance).findFirst().orElseThrow();
		var principal = UsernamePasswordAuthenticationToken.authenticated(resident.value(), null,
				AuthorityUtils.createAuthorityList("ROLE_RESIDENT"));
		assertThat(contentFor(section, principal, Locale.ENGLISH)).as("nothing to show without notices").isEmpty();

		for (int i = 1; i <= 5; i++) {
			add(resident.value(), "HPL-2026-00040" + i, Instant.parse("2026-03-0" + i + "T08:00:00Z"));
		}
		UUID read = inbox.latest(resident.value(), 1).get(0).id();
		inbox.open(resident.value(), read);

		MyPagesSection.Content content = contentFor(section, principal, Locale.ENGLISH).orElseThrow();
		assertThat(content.heading()).isEqualTo("Inbox");
		assertThat(content.model().get("unread")).isEqualTo(4);
		String html = render(content, Locale.ENGLISH);
		assertThat(html).contains("You have 4 unread messages.", "href=\"/my-pages/inbox\"")
				.containsSubsequence("HPL-2026-000405", "HPL-2026-000404", "Unread", "HPL-2026-000403", "Unread")
				.doesNotContain("HPL-2026-000402");
		assertThat(contentFor(section, UsernamePasswordAuthenticationToken.authenticated("staff-1", null,
				AuthorityUtils.createAuthorityList("ROLE_STAFF")), Locale.ENGLISH)).isEmpty();
	}

	private Optional<MyPagesSection.Content> contentFor(MyPagesSection section, Principal person, Locale locale) {
		return section.prepare(person, locale, MyPagesReads.together(jdbc)).get();
	}

	private UUID add(String recipient, String caseNumber, Instant at) {
		UUID id = UUID.randomUUID();
		inbox.add(id, "test-inbox:" + id, recipient, "test.notice", List.of(caseNumber), Optional.of("/my-pages/cases/" + caseNumber),
				Optional.empty(), at);
		return id;
	}

	private MockHttpServletResponse page(String path, PersonalIdentityNumber resident, String language) throws Exception {
		return mvc.perform(get(path).with(SignedInAs.resident(resident, "Test Person")).cookie(new Cookie("cityhall-lang", language)))
				.andReturn().getResponse();
	}

	/** The section's fragment as My pages renders it, with the content as {@code section}. */
	private String render(MyPagesSection.Content content, Locale locale) {
		var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
		var exchange = application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
		String[] fragment = content.fragment().split(" :: ");
		return templates.process(fragment[0], Set.of(fragment[1]), new WebContext(exchange, locale, Map.of("section", content)));
	}
}
