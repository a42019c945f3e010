package org.cityhall.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.archive.Audience;
import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.EService;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.junit.jupiter.api.Test;

class CaseTest {

	private static final Instant SUBMITTED = Instant.parse("2026-11-26T09:00:00Z");
	private static final Party.Person APPLICANT = new Party.Person(DemoPersonas.PARENT.number().orElseThrow(), "Sara Lindqvist");
	private static final Party.Staff OFFICER = new Party.Staff("officer-environment-health", "Handläggare");

	private static Case submitted() {
		Case.Facts facts = new Case.Facts("heat-pump-licence", "0123456789abcdef", "environment-health", "application",
				EService.Channel.WEB, APPLICANT, APPLICANT, Actor.Representation.SELF, Optional.empty(), SUBMITTED,
				Optional.of(SUBMITTED.plusSeconds(86_400 * 28)), "checksum", Optional.empty(), Optional.empty(),
				RetentionClass.KEEP);
		Case made = Case.submitted(new CaseId(UUID.randomUUID()), new CaseNumber("HPL-2026-000001"), facts, List.of());
		made.saved();
		return made;
	}

	@Test
	void aSubmittedCaseStartsWithOneLineAndTheSubmittedEvent() {
		Case.Facts facts = submitted().facts();
		Case made = Case.submitted(new CaseId(UUID.randomUUID()), new CaseNumber("HPL-2026-000002"), facts, List.of());

		assertThat(made.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(made.newEntries()).singleElement().extracting(TimelineEntry::what).isEqualTo(TimelineEntry.What.SUBMITTED);
		assertThat(made.events()).singleElement().isInstanceOf(CaseSubmitted.class);
	}

	@Test
	void theWholeLifeFromSubmissionToClosing() {
		Case matter = submitted();
		matter.receive(OFFICER, SUBMITTED.plusSeconds(60));
		matter.startHandling(OFFICER, SUBMITTED.plusSeconds(120));
		matter.requestSupplement(OFFICER, "Skicka en situationsplan i skala 1:400.", SUBMITTED.plusSeconds(180));
		matter.supplement(APPLICANT, "Här är planen.", SUBMITTED.plusSeconds(240));
		matter.decide(OFFICER, new Decision(Decision.Outcome.GRANTED, "Uppfyller kraven."), SUBMITTED.plusSeconds(300));
		matter.close(OFFICER, SUBMITTED.plusSeconds(360));

		assertThat(matter.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(matter.assignedTo()).contains(OFFICER);
		assertThat(matter.decision()).map(Decision::outcome).contains(Decision.Outcome.GRANTED);
		assertThat(matter.events()).filteredOn(CaseStatusChanged.class::isInstance).extracting(e -> ((CaseStatusChanged) e).to())
				.containsExactly(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_SUPPLEMENT,
						CaseStatus.IN_PROGRESS, CaseStatus.DECIDED, CaseStatus.CLOSED);
	}

	@Test
	void aDecidedCaseCannotBeDecidedAgainOrGetASupplementRequest() {
		Case matter = submitted();
		matter.decide(OFFICER, new Decision(Decision.Outcome.REFUSED, "Saknar tillstånd."), SUBMITTED.plusSeconds(60));

		assertThatThrownBy(() -> matter.requestSupplement(OFFICER, "Mer", SUBMITTED.plusSeconds(120)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("case HPL-2026-000001 is decided; supplements can only be requested while it is being handled");
		assertThatThrownBy(() -> matter.decide(OFFICER, new Decision(Decision.Outcome.GRANTED, "Ändå"), SUBMITTED))
				.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> matter.withdraw(APPLICANT, SUBMITTED)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aSupplementCanOnlyBeGivenWhenOneWasAskedFor() {
		Case matter = submitted();

		assertThatThrownBy(() -> matter.supplement(APPLICANT, "Här", SUBMITTED))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("a supplement can only be given when one was asked for");
	}

	@Test
	void internalNotesAndAssignmentsAreForStaffOnlyAndTellNoOne() {
		Case matter = submitted();
		matter.assign(OFFICER, SUBMITTED);
		matter.note(OFFICER, "Ring grannen om borrhålet.", SUBMITTED);

		assertThat(matter.newEntries()).extracting(TimelineEntry::audience)
				.containsOnly(TimelineEntry.Audience.STAFF);
		assertThat(matter.events()).singleElement().isInstanceOfSatisfying(CaseNoteWritten.class,
				note -> assertThat(note.archiveEntry().audience()).isEqualTo(Audience.STAFF_ONLY));
		assertThat(matter.events()).allSatisfy(event -> assertThat(CaseNotice.of(event)).isEmpty());
	}

	@Test
	void anApplicantWithdrawsBeforeADecision() {
		Case matter = submitted();
		matter.withdraw(APPLICANT, SUBMITTED.plusSeconds(60));

		assertThat(matter.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThatThrownBy(() -> matter.assign(OFFICER, SUBMITTED)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anOperationsSystemCannotWithdrawOrDecideByStatus() {
		Case matter = submitted();

		assertThatThrownBy(() -> matter.reportStatus(OFFICER, CaseStatus.WITHDRAWN, null, SUBMITTED))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> matter.reportStatus(OFFICER, CaseStatus.DECIDED, null, SUBMITTED))
				.isInstanceOf(IllegalArgumentException.class);
		matter.reportStatus(OFFICER, CaseStatus.IN_PROGRESS, null, SUBMITTED);
		assertThat(matter.status()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void overdueOnlyWhileOpenAndPastTheTarget() {
		Case matter = submitted();
		Instant late = SUBMITTED.plusSeconds(86_400 * 29);

		assertThat(matter.isOverdue(SUBMITTED.plusSeconds(86_400))).isFalse();
		assertThat(matter.isOverdue(late)).isTrue();
		matter.decide(OFFICER, new Decision(Decision.Outcome.GRANTED, "Ok"), late);
		assertThat(matter.isOverdue(late)).isFalse();
	}
}
