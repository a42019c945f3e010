package org.cityhall.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cityhall.notifications.contact.Channel;
import org.cityhall.notifications.inbox.NoticeTexts;
import org.cityhall.notifications.mail.Mailer;
import org.cityhall.notifications.sms.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox: each row in a transaction of its own that holds the row's lock
 * while the mail server or the SMS gateway is asked, and records the outcome. A failure is retried
 * later, each time twice as late ({@code cityhall.notifications.retry.first-delay}, 30 seconds, up
 * to {@code max-delay}, an hour), until {@code max-attempts} (10) were made. A crash while sending
 * rolls the transaction back and leaves the row due, so the message goes out at least once; a
 * message sent twice that way carries the same Message-ID or SMS reference.
 * <p>
 * It runs on a schedule (see {@link DispatchSchedule}) and whenever someone calls {@link #deliverDue()}.
 */
@Component
public class Dispatcher {

	static final int BATCH = 100;
	private static final int MAX_ERROR_LENGTH = 1000;
	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Outbox outbox;
	private final NoticeTexts texts;
	private final Mailer mailer;
	private final ObjectProvider<SmsGateway> sms;
	private final Environment environment;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration firstDelay;
	private final Duration maxDelay;
	private final int maxAttempts;

	Dispatcher(Outbox outbox, NoticeTexts texts, Mailer mailer, ObjectProvider<SmsGateway> sms, Environment environment,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			@Value("${cityhall.notifications.retry.first-delay:30s}") Duration firstDelay,
			@Value("${cityhall.notifications.retry.max-delay:1h}") Duration maxDelay,
			@Value("${cityhall.notifications.retry.max-attempts:10}") int maxAttempts) {
		this.outbox = outbox;
		this.texts = texts;
		this.mailer = mailer;
		this.sms = sms;
		this.environment = environment;
		this.transactions = new TransactionTemplate(transactionManager);
		// Never part of a caller's transaction: each row's outcome is committed on its own.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
			throw new IllegalStateException("cityhall.notifications.retry needs a positive first-delay, a max-delay no shorter "
					+ "and at least one attempt; was " + firstDelay + ", " + maxDelay + ", " + maxAttempts);
		}
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Sends every row due now that no other dispatcher holds, up to {@value #BATCH}, and returns how
	 * many were sent. Failures are recorded and retried later, never thrown.
	 */
	public int deliverDue() {
		int sent = 0;
		for (int i = 0; i < BATCH; i++) {
			Boolean outcome = transactions.execute(status -> outbox.lockNextDue(clock.instant()).map(this::attempt).orElse(null));
			if (outcome == null) {
				break;
			}
			if (outcome) {
				sent++;
			}
		}
		return sent;
	}

	private boolean attempt(Outbox.Due due) {
		try {
			send(due);
			outbox.sent(due, clock.instant());
			return true;
		}
		catch (RuntimeException ex) {
			String error = describe(ex);
			Instant now = clock.instant();
			if (due.attempt() >= maxAttempts) {
				log.warn("Gave up sending notice {} by {} after {} attempts: {}", due.noticeId(), due.channel(), due.attempt(),
						ex.getClass().getName());
				outbox.gaveUp(due, now, error);
			}
			else {
				log.info("Could not send notice {} by {} (attempt {}), trying again later: {}", due.noticeId(), due.channel(),
						due.attempt(), ex.getClass().getName());
				outbox.failed(due, now, error, now.plus(delayAfter(due.attempt())));
			}
			return false;
		}
	}

	/** How long to wait after the attempt failed: the first delay, doubled for each attempt before, at most the longest. */
	Duration delayAfter(int attempt) {
		Duration delay = firstDelay;
		for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	private void send(Outbox.Due due) {
		Locale language = due.language();
		String subject = texts.subject(due.template(), due.arguments(), language);
		if (due.channel() == Channel.EMAIL) {
			mailer.send(due.address(), subject, mailText(due, language), language, Optional.of(due.noticeId()), due.inReplyTo());
			return;
		}
		SmsGateway gateway = sms.getIfAvailable();
		if (gateway == null) {
			throw new SmsGateway.SmsNotSent("no SMS gateway is configured");
		}
		String link = texts.absolute(due.link()).orElse(texts.absolute("/my-pages/inbox"));
		gateway.send(new SmsGateway.TextMessage(due.address(),
				texts.text("notifications.sms.text", List.of(city(language), subject, link), language), due.noticeId()));
	}

	private String mailText(Outbox.Due due, Locale language) {
		StringBuilder text = new StringBuilder(texts.body(due.template(), due.arguments(), language));
		texts.absolute(due.link()).ifPresent(link ->
				text.append("\n\n").append(texts.text("notifications.mail.read-more", List.of(link), language)));
		text.append("\n\n-- \n").append(texts.text("notifications.mail.footer", List.of(city(language),
				texts.absolute("/my-pages/inbox"), texts.absolute("/my-pages/contact-details")), language));
		return text.toString();
	}

	private String city(Locale language) {
		return environment.getProperty("cityhall.city.name." + language.getLanguage(), environment.getProperty("cityhall.city.name.sv", ""));
	}

	private static String describe(RuntimeException ex) {
		StringBuilder error = new StringBuilder(ex.getClass().getSimpleName());
		if (ex.getMessage() != null) {
			error.append(": ").append(ex.getMessage());
		}
		return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error.toString();
	}
}
