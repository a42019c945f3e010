package org.cityhall.permits;

import java.util.Locale;
import java.util.Optional;

import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionHandler;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Takes applications to e-services of kind {@code permit}: the car's registration number in
 * {@code plate} and the first period in {@code period} ({@code month}, {@code quarter}, {@code year}).
 * An eligible applicant's permit is granted at once, the case number its reference. One who is not gets
 * the reason and their answers back; if they asked for a manual review ({@code review} yes, with
 * {@code reviewReason} and documents), the case goes to officers instead.
 */
@Component
class PermitSubmissionHandler implements SubmissionHandler {

	private final Permits permits;
	private final MessageSource messages;

	PermitSubmissionHandler(Permits permits, MessageSource messages) {
		this.permits = permits;
		this.messages = messages;
	}

	@Override
	public EService.Kind kind() {
		return EService.Kind.PERMIT;
	}

	@Override
	public Handling accept(Submission submission) {
		if (!(submission.actor().forWhom() instanceof Party.Person applicant)) {
			throw new SubmissionRefused("permits.not-eligible.not-registered");
		}
		Answers answers = submission.answers();
		String plate = answers.get("plate").map(Object::toString).orElse("");
		PermitPeriod period = answers.get("period").flatMap(p -> PermitPeriod.ofAnswer(p.toString()))
				.orElseThrow(() -> new SubmissionRefused("permits.refused.no-period"));
		Permits.Decision decision = permits.apply(submission.number().value(), applicant, plate, period);
		if (decision instanceof Permits.Granted granted) {
			return new Handling(false, Optional.of(text("permits.receipt.granted", granted.permit().zone(), granted.permit().plate(),
					"/payments/" + granted.feeId())));
		}
		Permits.NotEligible not = (Permits.NotEligible) decision;
		if (Boolean.TRUE.equals(answers.get("review").orElse(false)) && !not.messageKey().equals("permits.not-eligible.has-permit")) {
			return new Handling(true, Optional.of(text("permits.receipt.review")));
		}
		Object[] arguments = not.arguments().toArray();
		throw new SubmissionRefused("permits.refused.not-eligible", messages.getMessage(not.messageKey(), arguments, Locale.forLanguageTag("sv")),
				messages.getMessage(not.messageKey(), arguments, Locale.ENGLISH));
	}

	private LocalizedText text(String key, Object... arguments) {
		return new LocalizedText(messages.getMessage(key, arguments, Locale.forLanguageTag("sv")),
				messages.getMessage(key, arguments, Locale.ENGLISH));
	}
}
