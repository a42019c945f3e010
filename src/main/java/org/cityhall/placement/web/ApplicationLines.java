package org.cityhall.placement.web;

import java.util.ArrayList;
import java.util.List;

import org.cityhall.placement.Guardians;
import org.cityhall.placement.PlacementResults;
import org.cityhall.placement.Round;
import org.cityhall.placement.SchoolApplication;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.stereotype.Component;

/** An application as a line on My pages: the child, the case, and where it stands for this guardian. */
@Component
class ApplicationLines {

	/** @param status a key under {@code placement.status.} */
	record Line(String caseNumber, String childName, String grade, String status, boolean awaitsMe) {
	}

	private final Guardians guardians;
	private final PlacementResults results;

	ApplicationLines(Guardians guardians, PlacementResults results) {
		this.guardians = guardians;
		this.results = results;
	}

	List<Line> of(List<SchoolApplication> applications, PersonalIdentityNumber guardian) {
		List<Line> lines = new ArrayList<>();
		for (SchoolApplication application : applications) {
			boolean awaitsMe = !application.isComplete()
					&& application.otherGuardian().filter(guardian.value()::equals).isPresent();
			lines.add(new Line(application.caseNumber(), application.childName(), application.grade().code(),
					status(application), awaitsMe));
		}
		lines.sort((a, b) -> Boolean.compare(b.awaitsMe(), a.awaitsMe()));
		return lines;
	}

	String status(SchoolApplication application) {
		Round round = guardians.roundOf(application).orElseThrow();
		if (round.isPublished()) {
			return results.result(application.id()).map(PlacementResults.Result::outcome).orElse("not-allocated");
		}
		if (!application.isComplete()) {
			return "incomplete";
		}
		return round.status() == Round.Status.OPEN ? "received" : "in-selection";
	}
}
