package org.cityhall.placement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.web.MyPagesReads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What guardians do with their children's applications: read them and confirm the other's. */
@Service
public class Guardians {

	private final Applications applications;
	private final Rounds rounds;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Guardians(Applications applications, Rounds rounds, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.rounds = rounds;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The applications the guardian made or is asked to confirm, newest first, queued with the other sections'
	 * queries of My pages.
	 */
	public Supplier<List<SchoolApplication>> applicationsOf(PersonalIdentityNumber guardian, MyPagesReads reads) {
		return applications.ofGuardian(guardian.value(), reads);
	}

	/** The application, if the person is one of the child's guardians on it; empty for anyone else. */
	public Optional<SchoolApplication> application(String caseNumber, PersonalIdentityNumber guardian) {
		return applications.byCaseNumber(caseNumber).filter(application -> application.isGuardian(guardian.value()));
	}

	public Optional<Round> roundOf(SchoolApplication application) {
		return rounds.find(application.roundId());
	}

	/**
	 * The other guardian confirms the application.
	 *
	 * @throws IllegalStateException when the person is not the guardian asked, or it was confirmed already
	 */
	@Transactional
	public void confirm(String caseNumber, PersonalIdentityNumber otherGuardian) {
		SchoolApplication application = application(caseNumber, otherGuardian)
				.orElseThrow(() -> new IllegalStateException("no application " + caseNumber + " for this guardian"));
		if (!applications.confirm(application.id(), otherGuardian.value(), clock.instant())) {
			throw new IllegalStateException("application " + caseNumber
					+ " is confirmed already, or not awaiting this guardian's confirmation");
		}
		events.publishEvent(new ApplicationConfirmed(UUID.randomUUID(), caseNumber,
				PersonalIdentityNumber.parse(application.child()), application.childName(),
				PersonalIdentityNumber.parse(application.applicant()), otherGuardian, clock.instant()));
	}
}
