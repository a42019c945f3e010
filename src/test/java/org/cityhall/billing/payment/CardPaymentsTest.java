package org.cityhall.billing.payment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cityhall.billing.InvoiceView;
import org.cityhall.billing.Invoices;
import org.cityhall.billing.InvoicingRun;
import org.cityhall.billing.bgmax.ListedPayments;
import org.cityhall.billing.bgmax.Reconciliation;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityhall.billing.FeeStatus;
import org.cityhall.billing.FeeView;
import org.cityhall.billing.Fees;
import org.cityhall.billing.PaymentProvider;
import org.cityhall.billing.PaymentProviderException;
import org.cityhall.billing.PaymentSettled;
import org.cityhall.billing.TestPayers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Money;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Settling fees by what a provider says, on PostgreSQL, with a provider scripted by the test for
 * what the stand-in provider never does: charge another amount, stop answering, be asked by two
 * servers at once.
 */
@CityHallWebTest
class CardPaymentsTest {

	static final URI RETURN_URL = URI.create("https://city.example/payments/x/return");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fees fees;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ObjectProvider<Clock> clock;

	@Autowired
	InvoicingRun invoicing;

	@Autowired
	Invoices invoices;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	ListedPayments listed;

	final ScriptedProvider provider = new ScriptedProvider();
	final List<Object> published = new CopyOnWriteArrayList<>();
	CardPayments payments;
	FeeView fee;

	@BeforeEach
	void setUp() {
		payments = new CardPayments(jdbc, provider, published::add, transactionManager, clock);
		UUID id = fees.incur(TestPayers.randomPerson("Karin Ek"), TestPayers.randomMatter(),
				new LocalizedText("Kartavgift", "Map fee"), Money.sek("1500"), BigDecimal.ZERO);
		fee = fees.find(id).orElseThrow();
	}

	@Test
	void aPaymentTheProviderSaysIsPaidSettlesTheFee() {
		String started = startedPayment();
		provider.say(started, PaymentProvider.Status.PAID, Money.sek("1500"));

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.PAID);

		FeeView paid = fees.find(fee.id()).orElseThrow();
		assertThat(paid.status()).isEqualTo(FeeStatus.PAID);
		assertThat(settlements()).singleElement().satisfies(settled -> {
			assertThat(settled.providerReference()).isEqualTo(started);
			assertThat(settled.paymentId()).isEqualTo(paid.paymentId());
		});
	}

	@Test
	void aFeePaidByCardAfterItWasInvoicedAndThenByBankIsListedAsPaidTwiceToRefund() {
		InvoiceView invoice = invoices.find(invoicing.runFor(fee.payer(), LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1))
				.get(0)).orElseThrow();
		provider.say(startedPayment(), PaymentProvider.Status.PAID, Money.sek("1500"));
		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.PAID);

		Reconciliation.Outcome[] summary = new Reconciliation.Outcome[1];
		UUID bankPayment = new TransactionTemplate(transactionManager).execute(status -> {
			UUID file = reconciliation.readOnce("BGMAX", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "test", 1);
			summary[0] = reconciliation.reconcile(file, List.of(new Reconciliation.BankPayment("00001", "BGC 00001", LocalDate.now(),
					invoice.ocr().value(), 150000, "Karin Ek")));
			return jdbc.sql("SELECT id FROM billing_bank_payment WHERE file_id = :file").param("file", file).query(UUID.class).single();
		});

		assertThat(settlements()).hasSize(1);
		// The summary shown right after the file is read says the same as the list: one to refund, none paid.
		assertThat(summary[0]).isEqualTo(new Reconciliation.Outcome(1, 0, 0, 1, 0));
		assertThat(listed.toHandle(Actor.self(new Party.Staff("ekonomi-1", "Ekonomihandläggare"), LevelOfAssurance.LOA3)))
				.filteredOn(payment -> payment.id().equals(bankPayment)).singleElement().satisfies(payment -> {
					assertThat(payment.what()).isEqualTo("paid-twice");
					assertThat(payment.excess()).isEqualByComparingTo("1500.00");
					assertThat(payment.invoiceNumber()).isEqualTo(invoice.number());
				});
	}

	@Test
	void aPaymentOfAnotherAmountIsNotSettled() {
		provider.say(startedPayment(), PaymentProvider.Status.PAID, Money.sek("1.00"));

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.AMOUNT_MISMATCH);

		assertThat(fees.find(fee.id()).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(settlements()).isEmpty();
	}

	@Test
	void aProviderThatCannotBeAskedLeavesTheFeeUnpaidAndSaysWhy() {
		startedPayment();
		provider.unavailable = true;

		assertThatThrownBy(() -> payments.complete(fee)).isInstanceOf(PaymentProviderException.class)
				.hasMessageContaining("scripted outage");

		assertThat(fees.find(fee.id()).orElseThrow().status()).isEqualTo(FeeStatus.UNPAID);
		assertThat(settlements()).isEmpty();
	}

	@Test
	void aProviderThatCannotStartAPaymentRecordsNoPayment() {
		provider.unavailable = true;

		assertThatThrownBy(() -> payments.start(fee, RETURN_URL)).isInstanceOf(PaymentProviderException.class);

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.NOT_STARTED);
	}

	@Test
	void aPaymentTheProviderNoLongerKnowsIsPassedOverAndAnotherStarted() {
		String forgotten = startedPayment();
		provider.payments.remove(forgotten);

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.NOT_STARTED);
		String another = startedPayment();
		assertThat(another).isNotEqualTo(forgotten);
		provider.say(another, PaymentProvider.Status.PAID, Money.sek("1500"));

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.PAID);
		assertThat(settlements()).singleElement().satisfies(settled -> assertThat(settled.providerReference()).isEqualTo(another));
	}

	@Test
	void aFinishedPaymentIsNotAskedAboutAgainAndTheNewestTellsHowItWent() {
		String declined = startedPayment();
		provider.say(declined, PaymentProvider.Status.FAILED, Money.sek("1500"));
		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.FAILED);
		String cancelled = startedPayment();
		assertThat(cancelled).isNotEqualTo(declined);
		provider.say(cancelled, PaymentProvider.Status.CANCELLED, Money.sek("1500"));
		int asked = provider.statusQuestions.get();

		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.CANCELLED);
		assertThat(payments.complete(fee)).isEqualTo(CardPayments.Result.CANCELLED);

		assertThat(provider.statusQuestions.get()).isEqualTo(asked + 1);
	}

	@Test
	void manyReturnsAtOnceSettleTheFeeOnce() throws Exception {
		provider.say(startedPayment(), PaymentProvider.Status.PAID, Money.sek("1500"));
		int returns = 8;
		ExecutorService servers = Executors.newFixedThreadPool(returns);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<CardPayments.Result>> results = new ArrayList<>();
			for (int i = 0; i < returns; i++) {
				results.add(servers.submit(() -> {
					go.await();
					return payments.complete(fee);
				}));
			}
			go.countDown();
			for (Future<CardPayments.Result> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(CardPayments.Result.PAID);
			}
		}
		finally {
			servers.shutdownNow();
		}

		assertThat(settlements()).hasSize(1);
		assertThat(fees.find(fee.id()).orElseThrow().status()).isEqualTo(FeeStatus.PAID);
	}

	private String startedPayment() {
		URI page = payments.start(fee, RETURN_URL).orElseThrow();
		return page.getPath().substring(page.getPath().lastIndexOf('/') + 1);
	}

	private List<PaymentSettled> settlements() {
		return published.stream().filter(PaymentSettled.class::isInstance).map(PaymentSettled.class::cast)
				.filter(settled -> settled.feeId().equals(fee.id())).toList();
	}

	/** A provider that says what the test tells it to. */
	static final class ScriptedProvider implements PaymentProvider {

		final Map<String, ProviderPayment> payments = new ConcurrentHashMap<>();
		final AtomicInteger statusQuestions = new AtomicInteger();
		volatile boolean unavailable;

		void say(String id, Status status, Money amount) {
			payments.put(id, new ProviderPayment(id, status, amount));
		}

		@Override
		public StartedPayment start(Money amount, String reference, URI returnUrl) {
			outage();
			String id = "scripted-" + UUID.randomUUID();
			say(id, Status.CREATED, amount);
			return new StartedPayment(id, URI.create("https://pay.example/checkout/" + id));
		}

		@Override
		public ProviderPayment status(String paymentId) {
			statusQuestions.incrementAndGet();
			outage();
			ProviderPayment payment = payments.get(paymentId);
			if (payment == null) {
				throw new PaymentProviderException(PaymentProviderException.Problem.NOT_FOUND, "no payment " + paymentId);
			}
			return payment;
		}

		private void outage() {
			if (unavailable) {
				throw new PaymentProviderException(PaymentProviderException.Problem.UNAVAILABLE, "scripted outage");
			}
		}
	}
}
