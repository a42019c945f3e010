package org.cityhall.billing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.Fees;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Paying a fee by card through the pages, against the demo city's stand-in provider over real
 * HTTP: the payer starts a payment, decides on the provider's card page and comes back.
 */
@CityHallWebTest
@RecordApplicationEvents
class PaymentPagesTest {

	static final LocalizedText MAP_FEE = new LocalizedText("Nybyggnadskarta", "New construction map");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fees fees;

	@Autowired
	ApplicationEvents events;

	Party.Person payer;
	RequestPostProcessor asPayer;
	UUID fee;

	@BeforeEach
	void setUp() {
		payer = TestPayers.randomPerson("Karin Ek");
		asPayer = SignedInAs.resident(payer.number(), payer.name());
		fee = fees.incur(payer, TestPayers.randomMatter(), MAP_FEE, Money.sek("1500"), new BigDecimal("0.25"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void thePayerSeesWhatAndHowMuchAndAButtonToPayByCard(String language) throws Exception {
		String page = page("/payments/" + fee + "?lang=" + language, asPayer);

		boolean swedish = language.equals("sv");
		assertThat(page).contains(swedish ? "Betala en avgift" : "Pay a fee",
				swedish ? "Nybyggnadskarta" : "New construction map",
				fees.find(fee).orElseThrow().matter(),
				swedish ? "1\u00a0500,00\u00a0kr" : "SEK\u00a01,500.00",
				swedish ? "Varav moms 25 %" : "Of which VAT at 25%",
				swedish ? "300,00\u00a0kr" : "SEK\u00a0300.00",
				swedish ? "Betala med kort" : "Pay by card",
				"action=\"/payments/" + fee + "/card\"", "name=\"_csrf\"");
		HtmlChecker.assertValid(page, "payment page (" + language + ")");
	}

	@Test
	void aPaymentApprovedAtTheProviderSettlesTheFeeOnceHoweverOftenThePayerComesBack() throws Exception {
		String providerPage = payByCard();
		assertThat(providerPage).startsWith("http://localhost/demo/payment-provider/pay/demo-");

		String back = decide(providerPage, "approve");
		assertThat(back).startsWith("http://localhost/payments/" + fee + "/return?payment=demo-").endsWith("&status=paid");

		mvc.perform(get(URI.create(back)).with(asPayer))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee + "/receipt"));
		var paid = fees.find(fee).orElseThrow();
		assertThat(paid.status()).isEqualTo(FeeStatus.PAID);
		assertThat(paid.paidAt()).isNotNull();
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee)))
				.singleElement()
				.satisfies(settled -> {
					assertThat(settled.paymentId()).isEqualTo(paid.paymentId());
					assertThat(settled.amount()).isEqualTo(Money.sek("1500"));
					assertThat(settled.matter()).isEqualTo(paid.matter());
					assertThat(settled.providerReference()).isEqualTo(providerPage.substring(providerPage.lastIndexOf('/') + 1));
					assertThat(settled.at()).isEqualTo(paid.paidAt());
				});

		mvc.perform(get(URI.create(back)).with(asPayer))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee + "/receipt"));
		mvc.perform(get("/payments/" + fee + "/return").with(asPayer)).andExpect(status().isFound());
		mvc.perform(post("/payments/" + fee + "/card").with(asPayer).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee + "/receipt"));
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).hasSize(1);
		assertThat(fees.find(fee).orElseThrow().paidAt()).isEqualTo(paid.paidAt());
		assertThat(fees.unpaidNotInvoicedFor(payer, 10).oldest()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void theReceiptShowsWhatWasPaidAndWhen(String language) throws Exception {
		mvc.perform(get(URI.create(decide(payByCard(), "approve"))).with(asPayer)).andExpect(status().isFound());

		String receipt = page("/payments/" + fee + "/receipt?lang=" + language, asPayer);

		boolean swedish = language.equals("sv");
		assertThat(receipt).contains(swedish ? "Betalningen är klar" : "Payment complete",
				swedish ? "Du har betalat 1\u00a0500,00\u00a0kr" : "You have paid SEK\u00a01,500.00",
				swedish ? "Nybyggnadskarta" : "New construction map",
				fees.find(fee).orElseThrow().paymentId().toString());
		HtmlChecker.assertValid(receipt, "receipt (" + language + ")");
		mvc.perform(get("/payments/" + fee).with(asPayer))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee + "/receipt"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv", "en"})
	void aDeclinedCardLeavesTheFeeUnpaidWithAClearMessageAndAWayToTryAgain(String language) throws Exception {
		String back = decide(payByCard(), "decline");

		String page = page(back + "&lang=" + language, asPayer);

		assertThat(page).contains(language.equals("sv") ? "Betalningen gick inte igenom" : "The payment did not go through",
				"id=\"pay-by-card\"");
		HtmlChecker.assertValid(page, "payment declined (" + language + ")");
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).isEmpty();

		String again = payByCard();
		assertThat(again).isNotEqualTo(back);
		mvc.perform(get(URI.create(decide(again, "approve"))).with(asPayer))
				.andExpect(redirectedUrl("/payments/" + fee + "/receipt"));
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).hasSize(1);
	}

	@Test
	void aCancelledPaymentSaysSoAndOffersToPay() throws Exception {
		String page = page(decide(payByCard(), "cancel"), asPayer);

		assertThat(page).contains("Du avbröt betalningen", "Ingenting har dragits från ditt kort", "id=\"pay-by-card\"");
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
	}

	@Test
	void theWayBackNeverBelievesWhatTheBrowserSays() throws Exception {
		String providerPage = payByCard();
		String providerId = providerPage.substring(providerPage.lastIndexOf('/') + 1);

		String page = page("/payments/" + fee + "/return?payment=" + providerId + "&status=paid", asPayer);

		assertThat(page).contains("Betalningen är inte klar än", "Kontrollera betalningen igen");
		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).isEmpty();
	}

	@Test
	void clickingPayTwiceContinuesThePaymentAlreadyOpen() throws Exception {
		String first = payByCard();
		String second = payByCard();

		assertThat(second).isEqualTo(first);
	}

	@Test
	void comingBackBeforeStartingSendsThePayerToThePaymentPage() throws Exception {
		mvc.perform(get("/payments/" + fee + "/return").with(asPayer))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee));
		mvc.perform(get("/payments/" + fee + "/receipt").with(asPayer))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/payments/" + fee));
	}

	@Test
	void anotherPersonFindsNoSuchFeeAndCannotPayOrSettleIt() throws Exception {
		String providerPage = payByCard();
		String back = decide(providerPage, "approve");
		RequestPostProcessor stranger = SignedInAs.resident(TestPayers.randomNumber(), "Sara Holm");

		mvc.perform(get("/payments/" + fee).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/payments/" + fee + "/card").with(stranger).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(URI.create(back)).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/payments/" + fee + "/receipt").with(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/payments/" + fee).with(SignedInAs.visitor("karin.ek@example.org"))).andExpect(status().isNotFound());

		assertThat(fees.find(fee).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(events.stream(PaymentSettled.class).filter(event -> event.feeId().equals(fee))).isEmpty();
	}

	@Test
	void staffAreRefusedAndTheSignedOutAreAskedToSignIn() throws Exception {
		mvc.perform(get("/payments/" + fee).with(SignedInAs.staff("staff:officer", new ScopedRole("officer", "environment"))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/payments/" + fee)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"not-a-fee", "00000000-0000-0000-0000-000000000000", "1-2-3-4-5"})
	void anUnknownFeeIsNotFound(String id) throws Exception {
		mvc.perform(get("/payments/" + id).with(asPayer)).andExpect(status().isNotFound());
	}

	@Test
	void payingWithoutTheFormsTokenIsRefused() throws Exception {
		mvc.perform(post("/payments/" + fee + "/card").with(asPayer)).andExpect(status().isForbidden());
	}

	/** Presses "Pay by card" and gives the provider's page it sends the payer to. */
	private String payByCard() throws Exception {
		return mvc.perform(post("/payments/" + fee + "/card").with(asPayer).with(csrf()))
				.andExpect(status().isSeeOther())
				.andReturn().getResponse().getRedirectedUrl();
	}

	/** Decides on the stand-in provider's card page and gives the address it sends the payer back to. */
	private String decide(String providerPage, String decision) throws Exception {
		String path = URI.create(providerPage).getPath();
		String card = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(card).contains("låtsasbetaltjänst", "1\u00a0500,00\u00a0kr");
		return mvc.perform(post(path).with(csrf()).param("decision", decision))
				.andExpect(status().isSeeOther())
				.andReturn().getResponse().getRedirectedUrl();
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(URI.create(path)).with(who))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
