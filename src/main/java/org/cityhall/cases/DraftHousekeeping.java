package org.cityhall.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Reminds owners of drafts about to expire, and deletes expired ones. Each step is one statement that
 * claims its rows, so several nodes may run it at once and each draft is reminded and deleted once.
 */
@Component
class DraftHousekeeping {

	private static final Logger LOG = LoggerFactory.getLogger(DraftHousekeeping.class);

	private final Drafts drafts;
	private final ApplicationEventPublisher events;
	private final Duration remindBefore;

	DraftHousekeeping(Drafts drafts, ApplicationEventPublisher events,
			@Value("${cityhall.cases.draft-reminder-before:3d}") Duration remindBefore) {
		this.drafts = drafts;
		this.events = events;
		this.remindBefore = remindBefore;
	}

	@Scheduled(cron = "${cityhall.cases.draft-housekeeping-cron:0 17 * * * *}", zone = "Europe/Stockholm")
	@Transactional
	public void run() {
		for (Draft draft : drafts.remindBefore(remindBefore)) {
			owner(draft).ifPresent(owner -> {
				DraftExpiring expiring = new DraftExpiring(UuidCreator.getTimeOrderedEpoch(), draft.id(), draft.eserviceId(),
						owner, draft.expiresAt());
				events.publishEvent(expiring);
				CaseNotice.recipientOf(owner, Optional.empty()).ifPresent(recipient -> events.publishEvent(new CaseNotice(
						"draft-expiring:" + expiring.eventId(), recipient, "cases.notice.draft-expiring",
						List.of(draft.expiresAt().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString()),
						Optional.of("/my-pages"))));
			});
		}
		int expired = drafts.expire();
		if (expired > 0) {
			LOG.info("{} drafts expired unsubmitted and were deleted", expired);
		}
	}

	/** The resident or visitor who owns a web draft; staff and applicants without login get no reminder. */
	private static Optional<Party> owner(Draft draft) {
		String owner = draft.ownerId();
		if (PersonalIdentityNumber.isValid(owner) && owner.length() == 12) {
			return Optional.of(new Party.Person(PersonalIdentityNumber.parse(owner), null));
		}
		if (owner.contains("@") && !owner.startsWith("anonymous:")) {
			return Optional.of(new Party.Visitor(owner));
		}
		return Optional.empty();
	}
}
