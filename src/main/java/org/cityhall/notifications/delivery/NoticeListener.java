package org.cityhall.notifications.delivery;

import org.cityhall.notifications.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes every {@link Notice} any module publishes, after the publishing transaction committed, in a
 * transaction of its own. Until it completes, the publication stays incomplete in the event
 * publication registry and is resubmitted, so a crash in between loses no notice.
 */
@Component
class NoticeListener {

	private final TakingNotices notices;

	NoticeListener(TakingNotices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(Notice notice) {
		notices.take(notice);
	}
}
