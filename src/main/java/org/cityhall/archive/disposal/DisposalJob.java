package org.cityhall.archive.disposal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Proposes a disposal list every night, on one node (ShedLock), when records are due. It only
 * proposes: an archivist decides each list.
 */
@Component
class DisposalJob {

	private final Disposals disposals;

	DisposalJob(Disposals disposals) {
		this.disposals = disposals;
	}

	@Scheduled(cron = "${cityhall.archive.disposal.propose-cron:0 40 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "archive-disposal-proposal", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void proposeDueRecords() {
		disposals.propose(Disposals.JOB);
	}
}
