package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.TestPayers;
import org.cityhall.identity.SignedIn;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.web.MyPagesReads;
import org.cityhall.web.MyPagesSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The person's unpaid fees on My pages, through the frame's section contract. */
@CityHallWebTest
class UnpaidFeesSectionTest {

	@Autowired
	List<MyPagesSection> sections;

	@Autowired
	Fees fees;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	JdbcOperations jdbc;

	Party.Person payer;
	UUID mapFee;
	UUID handlingFee;

	@BeforeEach
	void setUp() {
		payer = TestPayers.randomPerson("Karin Ek");
		String matter = TestPayers.randomMatter();
		mapFee = fees.incur(payer, matter, new LocalizedText("Nybyggnadskarta", "New construction map"), Money.sek("1500"),
				new BigDecimal("0.25"));
		handlingFee = fees.incur(payer, matter, new LocalizedText("Expeditionsavgift", "Handling fee"), Money.sek("250"),
				BigDecimal.ZERO);
	}

	@Test
	void thePersonsUnpaidFeesAreListedWithALinkToPayEach() {
		MyPagesSection.Content content = contentFor(signedIn(payer), Locale.forLanguageTag("sv")).orElseThrow();

		assertThat(content.heading()).isEqualTo("Att betala");
		String html = render(content, Locale.forLanguageTag("sv"));
		assertThat(html).contains("Nybyggnadskarta", "1\u00a0500,00\u00a0kr", "href=\"/payments/" + mapFee + "\"",
				"Expeditionsavgift", "250,00\u00a0kr", "href=\"/payments/" + handlingFee + "\"");
	}

	@Test
	void sentTogetherWithTheOtherSectionsQueriesTheContentIsTheSame() {
		MyPagesReads reads = MyPagesReads.together(jdbc);
		var prepared = section().prepare(signedIn(payer), Locale.ENGLISH, reads);
		var nobody = section().prepare(signedIn(TestPayers.randomPerson("Sara Holm")), Locale.ENGLISH, reads);

		assertThat(prepared.get()).isPresent().isEqualTo(contentFor(signedIn(payer), Locale.ENGLISH));
		assertThat(nobody.get()).isEmpty();
		assertThat(section().prepare(null, Locale.ENGLISH, reads).get()).isEmpty();
	}

	@Test
	void theSectionSpeaksEnglishOnEnglishPages() {
		MyPagesSection.Content content = contentFor(signedIn(payer), Locale.ENGLISH).orElseThrow();

		assertThat(content.heading()).isEqualTo("To pay");
		assertThat(render(content, Locale.ENGLISH)).contains("New construction map", "SEK\u00a01,500.00", "Handling fee", ">Pay<");
	}

	@Test
	void theSignedInPrincipalItselfWillDoAsWell() {
		SignedIn me = signedInAs(payer);

		assertThat(contentFor(me::getName, Locale.ENGLISH)).isEmpty();
		assertThat(contentFor(new UsernamePasswordAuthenticationToken(me, null, List.of()), Locale.ENGLISH)).isPresent();
	}

	@Test
	void aFeeOnAnInvoiceIsPaidThroughTheInvoiceAndLeavesTheList() {
		// Tomorrow in Stockholm, where the run counts days: "now" on a server clock in UTC is a day behind after 23:00.
		invoicing.runFor(payer, LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1));
		UUID afterwards = fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Lägerveckan", "Camp week"),
				Money.sek("300"), new BigDecimal("0.06"));

		String html = render(contentFor(signedIn(payer), Locale.ENGLISH).orElseThrow(), Locale.ENGLISH);

		assertThat(html).contains("Camp week", "href=\"/payments/" + afterwards + "\"")
				.doesNotContain("/payments/" + mapFee, "/payments/" + handlingFee);
	}

	@Test
	void aPayerWithManyFeesSeesTheOldestAndHowManyThereAre() {
		for (int i = 0; i < UnpaidFeesSection.MOST + 3; i++) {
			fees.incur(payer, TestPayers.randomMatter(), new LocalizedText("Kartbeställning " + i, "Map order " + i), Money.sek("100"),
					new BigDecimal("0.25"));
		}

		MyPagesSection.Content content = contentFor(signedIn(payer), Locale.forLanguageTag("sv")).orElseThrow();

		String html = render(content, Locale.forLanguageTag("sv"));
		assertThat(html.split("href=\"/payments/", -1)).hasSize(UnpaidFeesSection.MOST + 1);
		assertThat(html).contains("/payments/" + mapFee, "/payments/" + handlingFee, "Kartbeställning 47<")
				.doesNotContain("Kartbeställning 48<").contains("Här visas de 50 äldsta av dina 55 avgifter att betala.");
		assertThat(render(contentFor(signedIn(payer), Locale.ENGLISH).orElseThrow(), Locale.ENGLISH))
				.contains("These are the 50 oldest of your 55 fees to pay.");
	}

	@Test
	void aFewFeesAreAllListedWithNothingMoreSaid() {
		assertThat(render(contentFor(signedIn(payer), Locale.ENGLISH).orElseThrow(), Locale.ENGLISH))
				.doesNotContain("unpaid-fees-more", "oldest");
	}

	@Test
	void someoneWithNothingToPayGetsNoSection() {
		assertThat(contentFor(signedIn(TestPayers.randomPerson("Sara Holm")), Locale.ENGLISH)).isEmpty();
		assertThat(contentFor(null, Locale.ENGLISH)).isEmpty();
	}

	/** The section's content read in a round trip of its own. */
	private Optional<MyPagesSection.Content> contentFor(Principal person, Locale locale) {
		return section().prepare(person, locale, MyPagesReads.together(jdbc)).get();
	}

	private MyPagesSection section() {
		return sections.stream().filter(UnpaidFeesSection.class::isInstance).findFirst().orElseThrow();
	}

	private String render(MyPagesSection.Content content, Locale locale) {
		MockServletContext servletContext = new MockServletContext();
		var exchange = JakartaServletWebApplication.buildApplication(servletContext)
				.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
		WebContext context = new WebContext(exchange, locale, Map.of("section", content));
		String[] fragment = content.fragment().split(" :: ");
		return templates.process(fragment[0], Set.of(fragment[1]), context);
	}

	private static Principal signedIn(Party party) {
		return UsernamePasswordAuthenticationToken.authenticated(signedInAs(party), null, List.of());
	}

	private static SignedIn signedInAs(Party party) {
		return new TestSignedIn(party);
	}

	private record TestSignedIn(Party party) implements SignedIn {

		@Override
		public LevelOfAssurance assurance() {
			return LevelOfAssurance.LOA3;
		}

		@Override
		public Set<ScopedRole> roles() {
			return Set.of();
		}

		@Override
		public boolean inPopulationRegister() {
			return true;
		}
	}
}
