package org.cityhall.cases;

import java.time.Instant;
import java.util.List;

import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;

/**
 * A submission as a {@link SubmissionHandler} receives it: the case it made, the e-service, who
 * submitted for whom, the answers, the attachments and the channel.
 */
public record Submission(CaseId caseId, CaseNumber number, EService eservice, Actor actor, Answers answers,
		List<CaseDocument> attachments, EService.Channel channel, Instant at) {

	public Submission {
		attachments = List.copyOf(attachments);
	}
}
