package org.cityhall.permits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityhall.cases.CaseId;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Handling;
import org.cityhall.cases.Submission;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.LevelOfAssurance;
import org.cityhall.shared.Party;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The e-service's submissions as cases hands them over: granted at once, refused with the reason, or to officers for review. */
@CityHallWebTest
class PermitSubmissionHandlerTest {

	@Autowired
	PermitSubmissionHandler handler;

	@Autowired
	Permits permits;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void noPermits() {
		TestPermits.clear(permits, TestPermits.CAR_OWNER);
		TestPermits.clear(permits, TestPermits.OUTSIDE_ZONES);
	}

	@Test
	void anEligibleApplicantIsGrantedAtOnceAndNotHandledByOfficers() {
		Submission submission = submission(TestPermits.CAR_OWNER, Map.of("plate", "rpk 27b", "period", "quarter", "review", false));

		Handling handling = handler.accept(submission);

		assertThat(handling.byOfficers()).isFalse();
		assertThat(handling.whatHappensNext()).hasValueSatisfying(text -> assertThat(text.en()).contains("is granted", "RPK27B", "/payments/"));
		assertThat(permits.find(submission.number().value())).hasValueSatisfying(permit -> assertThat(permit.zone()).isEqualTo("S"));
	}

	@Test
	void anApplicantOutsideTheZonesIsToldWhyInPlainWordsAndKeepsTheirAnswers() {
		Submission submission = submission(TestPermits.OUTSIDE_ZONES, Map.of("plate", "RPK27B", "period", "month", "review", false));

		assertThatThrownBy(() -> handler.accept(submission)).isInstanceOfSatisfying(SubmissionRefused.class, refused -> {
			String sv = messages.getMessage(refused.messageKey(), refused.arguments().toArray(), java.util.Locale.forLanguageTag("sv"));
			String en = messages.getMessage(refused.messageKey(), refused.arguments().toArray(), java.util.Locale.ENGLISH);
			assertThat(en).startsWith("Your registered address is not in a residents’ parking zone").contains("manual review");
			assertThat(sv).startsWith("Din folkbokföringsadress ligger inte i ett område för boendeparkering").contains("manuell prövning");
		});
		assertThat(permits.find(submission.number().value())).isEmpty();
	}

	@Test
	void anApplicantWhoAsksForAReviewGoesToOfficersWithoutAPermitYet() {
		Submission submission = submission(TestPermits.OUTSIDE_ZONES, Map.of("plate", "RPK27B", "period", "month", "review", true,
				"reviewReason", "I live on Södermalm during the week"));

		Handling handling = handler.accept(submission);

		assertThat(handling.byOfficers()).isTrue();
		assertThat(permits.find(submission.number().value())).isEmpty();
	}

	private Submission submission(Party.Person applicant, Map<String, Object> answers) {
		EService eservice = catalogue.find("residents-parking-permit").orElseThrow();
		return new Submission(new CaseId(UUID.randomUUID()), CaseNumber.of("RPT", 2026, java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 999_999)), eservice,
				Actor.self(applicant, LevelOfAssurance.LOA3), new Answers(answers), List.of(), EService.Channel.WEB, Instant.now());
	}
}
