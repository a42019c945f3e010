package org.cityhall.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.cityhall.audit.AuditLog;
import org.cityhall.documents.DocumentId;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers and applicants do with a case after submission. Every call names who acts; officers
 * reach only their department's cases (or every department's, with a city-wide officer role), and
 * every case an officer opens is a read of personal data in the audit log. Applicants reach the cases
 * they made or that are about them or the one they act for.
 */
@Service
public class CaseHandling {

	private final Cases cases;
	private final AuditLog audit;
	private final Clock clock;

	CaseHandling(Cases cases, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the actor handles cases of the department. */
	public static boolean handles(Actor actor, String department) {
		return actor.who() instanceof Party.Staff && actor.hasRoleIn(StaffRoles.OFFICER, department);
	}

	/**
	 * An officer opens a case: recorded in the audit log as a read of the applicant's data.
	 *
	 * @throws CaseAccessDenied when the case is another department's, or the actor is no officer
	 */
	@Transactional
	public Case open(Actor officer, CaseNumber number, String purpose) {
		Case found = forOfficer(officer, number);
		Party.Staff staff = (Party.Staff) officer.who();
		audit.recordRead(new AuditLog.Read(staff.id(), staff.displayName(), StaffRoles.OFFICER, found.facts().subject().id(),
				"case:" + number.value(), purpose, "back-office"));
		if (!found.facts().applicant().id().equals(found.facts().subject().id())) {
			audit.recordRead(new AuditLog.Read(staff.id(), staff.displayName(), StaffRoles.OFFICER,
					found.facts().applicant().id(), "case:" + number.value(), purpose, "back-office"));
		}
		return found;
	}

	/** The case as its applicant, or the one acting for its subject, may see it. */
	@Transactional(readOnly = true)
	public Case openAsApplicant(Actor applicant, CaseNumber number) {
		Case found = cases.find(number).orElseThrow(() -> new CaseAccessDenied("no case " + number));
		if (!found.concerns(applicant.forWhom()) && !found.concerns(applicant.who())) {
			throw new CaseAccessDenied("case " + number + " is not about " + applicant.forWhom().id());
		}
		return found;
	}

	@Transactional
	public void receive(Actor officer, CaseNumber number) {
		asOfficer(officer, number, (found) -> found.receive(staff(officer), clock.instant()));
	}

	@Transactional
	public void startHandling(Actor officer, CaseNumber number) {
		asOfficer(officer, number, (found) -> found.startHandling(staff(officer), clock.instant()));
	}

	@Transactional
	public void assignToSelf(Actor officer, CaseNumber number) {
		asOfficer(officer, number, (found) -> found.assign(staff(officer), clock.instant()));
	}

	@Transactional
	public void requestSupplement(Actor officer, CaseNumber number, String whatIsAsked) {
		asOfficer(officer, number, (found) -> found.requestSupplement(staff(officer), whatIsAsked, clock.instant()));
	}

	@Transactional
	public void decide(Actor officer, CaseNumber number, Decision decision) {
		asOfficer(officer, number, (found) -> found.decide(staff(officer), decision, clock.instant()));
	}

	@Transactional
	public void close(Actor officer, CaseNumber number) {
		asOfficer(officer, number, (found) -> found.close(staff(officer), clock.instant()));
	}

	@Transactional
	public void note(Actor officer, CaseNumber number, String note) {
		asOfficer(officer, number, (found) -> found.note(staff(officer), note, clock.instant()));
	}

	/**
	 * An operations system of the department reports a status.
	 *
	 * @param system the system's client, as the member of staff the timeline names
	 */
	@Transactional
	public void reportStatus(String department, Party.Staff system, CaseNumber number, CaseStatus to, String text) {
		Case found = inDepartment(department, number);
		found.reportStatus(system, to, text, clock.instant());
		cases.save(found);
	}

	/** An operations system of the department posts a decision. */
	@Transactional
	public void decideFromOperations(String department, Party.Staff system, CaseNumber number, Decision decision) {
		Case found = inDepartment(department, number);
		found.decide(system, decision, clock.instant());
		cases.save(found);
	}

	/** The applicant answers a request for a supplement, with what they wrote and the files they gave. */
	@Transactional
	public void supplement(Actor applicant, CaseNumber number, String answer, List<CaseDocument> documents) {
		Case found = openAsApplicant(applicant, number);
		found.supplement(applicant.who(), answer,
				documents.stream().map(document -> new DocumentId(document.sha256())).toList(), clock.instant());
		documents.forEach(document -> cases.attach(found.id(), document));
		cases.save(found);
	}

	/** The applicant withdraws the case. */
	@Transactional
	public void withdraw(Actor applicant, CaseNumber number) {
		Case found = openAsApplicant(applicant, number);
		found.withdraw(applicant.who(), clock.instant());
		cases.save(found);
	}

	/** The timeline as the applicant sees it: without officers' internal notes and assignments. */
	public List<TimelineEntry> timelineForApplicant(Case found) {
		return cases.timeline(found.id(), false);
	}

	/** The whole timeline, for officers. */
	public List<TimelineEntry> timelineForStaff(Case found) {
		return cases.timeline(found.id(), true);
	}

	public List<CaseDocument> documents(Case found) {
		return cases.documents(found.id());
	}

	/** The case of a department, for its operations systems. */
	public Optional<Case> inDepartmentIfAny(String department, CaseNumber number) {
		return cases.find(number).filter(found -> found.facts().department().equals(department));
	}

	private Case inDepartment(String department, CaseNumber number) {
		return inDepartmentIfAny(department, number)
				.orElseThrow(() -> new CaseAccessDenied("case " + number + " is not of department " + department));
	}

	private void asOfficer(Actor officer, CaseNumber number, Consumer<Case> change) {
		Case found = forOfficer(officer, number);
		change.accept(found);
		cases.save(found);
	}

	private Case forOfficer(Actor officer, CaseNumber number) {
		Case found = cases.find(number).orElseThrow(() -> new CaseAccessDenied("no case " + number));
		if (!handles(officer, found.facts().department())) {
			throw new CaseAccessDenied(officer.who().id() + " does not handle cases of " + found.facts().department());
		}
		return found;
	}

	private static Party.Staff staff(Actor officer) {
		return (Party.Staff) officer.who();
	}
}
