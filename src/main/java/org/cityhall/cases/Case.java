package org.cityhall.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityhall.archive.RetentionClass;
import org.cityhall.catalogue.EService;
import org.cityhall.documents.DocumentId;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * A matter between the city and someone, from submission to closing. Its life moves only through
 * the guarded methods here; each checks that the move is allowed now, adds a line to the timeline
 * and records the event that tells the applicant and the city's systems. {@link Cases} saves the
 * case, its new timeline lines and its events in one transaction.
 */
public final class Case {

	private final CaseId id;
	private final CaseNumber number;
	private final Facts facts;
	private CaseStatus status;
	private Party.Staff assignedTo;
	private Decision decision;
	private Instant decidedAt;
	private final int version;
	private final List<TimelineEntry> newEntries = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	/**
	 * What a case was submitted with, which never changes.
	 *
	 * @param registeredBy the member of staff who registered a paper, phone or e-mail application
	 * @param dueAt when handling should be done, by the e-service's handling target
	 * @param contactEmail the address an applicant without login gave
	 * @param retention how long the e-archive keeps the case's records: its e-service's class when it was submitted
	 */
	public record Facts(String eserviceId, String definitionVersion, String department, String kind,
			EService.Channel channel, Party applicant, Party subject, Actor.Representation representation,
			Optional<String> registeredBy, Instant submittedAt, Optional<Instant> dueAt, String checksum,
			Optional<String> contactEmail, Optional<String> followUpOf, RetentionClass retention) {

		public Facts {
			Objects.requireNonNull(eserviceId, "eserviceId");
			Objects.requireNonNull(definitionVersion, "definitionVersion");
			Objects.requireNonNull(department, "department");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(applicant, "applicant");
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(representation, "representation");
			Objects.requireNonNull(registeredBy, "registeredBy");
			Objects.requireNonNull(submittedAt, "submittedAt");
			Objects.requireNonNull(dueAt, "dueAt");
			Objects.requireNonNull(checksum, "checksum");
			Objects.requireNonNull(contactEmail, "contactEmail");
			Objects.requireNonNull(followUpOf, "followUpOf");
			Objects.requireNonNull(retention, "retention");
		}
	}

	Case(CaseId id, CaseNumber number, Facts facts, CaseStatus status, Party.Staff assignedTo, Decision decision,
			Instant decidedAt, int version) {
		this.id = Objects.requireNonNull(id);
		this.number = Objects.requireNonNull(number);
		this.facts = Objects.requireNonNull(facts);
		this.status = Objects.requireNonNull(status);
		this.assignedTo = assignedTo;
		this.decision = decision;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	/**
	 * A case just submitted, with its first timeline line and its {@link CaseSubmitted} event.
	 *
	 * @param attachments the documents submitted with it, filed with its submission
	 */
	static Case submitted(CaseId id, CaseNumber number, Facts facts, List<DocumentId> attachments) {
		Case submitted = new Case(id, number, facts, CaseStatus.SUBMITTED, null, null, null, 0);
		submitted.newEntries.add(entry(facts.submittedAt(), TimelineEntry.What.SUBMITTED, TimelineEntry.Audience.APPLICANT,
				facts.registeredBy().isPresent() ? new Party.Staff(facts.registeredBy().get(), facts.registeredBy().get())
						: facts.applicant(),
				CaseStatus.SUBMITTED, null));
		submitted.events.add(new CaseSubmitted(UUID.randomUUID(), id, number, facts.eserviceId(), facts.department(),
				facts.kind(), facts.channel(), facts.applicant(), facts.subject(), facts.contactEmail(), facts.registeredBy(),
				facts.submittedAt(), facts.retention(), attachments));
		return submitted;
	}

	/** An officer confirms the case has arrived. */
	public void receive(Party.Staff officer, Instant at) {
		move(EnumSet.of(CaseStatus.SUBMITTED), CaseStatus.RECEIVED, TimelineEntry.What.RECEIVED, officer, null, null, at,
				"it can only be received when newly submitted");
	}

	/** An officer takes the case into handling; an unassigned case becomes theirs. */
	public void startHandling(Party.Staff officer, Instant at) {
		move(EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RECEIVED), CaseStatus.IN_PROGRESS,
				TimelineEntry.What.HANDLING_STARTED, officer, null, null, at,
				"handling can only start when it is submitted or received");
		if (assignedTo == null) {
			assign(officer, at);
		}
	}

	/** An officer asks the applicant for more: what is asked is shown to the applicant. */
	public void requestSupplement(Party.Staff officer, String whatIsAsked, Instant at) {
		requireText(whatIsAsked, "what the applicant should supplement");
		move(EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), CaseStatus.AWAITING_SUPPLEMENT,
				TimelineEntry.What.SUPPLEMENT_REQUESTED, officer, whatIsAsked, null, at,
				"supplements can only be requested while it is being handled");
	}

	/** The applicant answers a request for a supplement; the case goes back into handling. */
	public void supplement(Party applicant, String answer, Instant at) {
		supplement(applicant, answer, List.of(), at);
	}

	/** The applicant answers a request for a supplement with documents, which are filed with the answer. */
	public void supplement(Party applicant, String answer, List<DocumentId> documents, Instant at) {
		move(EnumSet.of(CaseStatus.AWAITING_SUPPLEMENT), CaseStatus.IN_PROGRESS, TimelineEntry.What.SUPPLEMENTED, applicant,
				answer == null || answer.isBlank() ? null : answer, null, documents, at,
				"a supplement can only be given when one was asked for");
	}

	/** An officer decides. The decision's reasons are shown to the applicant. */
	public void decide(Party.Staff officer, Decision decision, Instant at) {
		Objects.requireNonNull(decision, "decision");
		move(EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_SUPPLEMENT),
				CaseStatus.DECIDED, TimelineEntry.What.DECIDED, officer, decision.reasons(), decision.outcome(), at,
				"it can only be decided once, before it is withdrawn");
		this.decision = decision;
		this.decidedAt = at;
	}

	/** An officer closes a decided case. */
	public void close(Party.Staff officer, Instant at) {
		move(EnumSet.of(CaseStatus.DECIDED), CaseStatus.CLOSED, TimelineEntry.What.CLOSED, officer, null, null, at,
				"only a decided case can be closed");
	}

	/** The applicant withdraws the case before it is decided. */
	public void withdraw(Party applicant, Instant at) {
		move(EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_SUPPLEMENT),
				CaseStatus.WITHDRAWN, TimelineEntry.What.WITHDRAWN, applicant, null, null, at,
				"it can only be withdrawn before it is decided");
	}

	/** The case becomes the officer's to handle. Staff only see this line. */
	public void assign(Party.Staff officer, Instant at) {
		Objects.requireNonNull(officer, "officer");
		if (!status.isOpen()) {
			throw new IllegalStateException("case " + number + " is " + status.code() + "; only open cases can be assigned");
		}
		assignedTo = officer;
		newEntries.add(entry(at, TimelineEntry.What.ASSIGNED, TimelineEntry.Audience.STAFF, officer, null,
				officer.displayName()));
	}

	/** An officer's internal note: it never reaches the applicant. */
	public void note(Party.Staff officer, String note, Instant at) {
		requireText(note, "the note");
		TimelineEntry entry = entry(at, TimelineEntry.What.NOTE, TimelineEntry.Audience.STAFF, officer, null, note);
		newEntries.add(entry);
		events.add(new CaseNoteWritten(entry.id(), id, number, facts.eserviceId(), facts.department(), facts.subject(),
				officer, note, facts.retention(), at));
	}

	/**
	 * A status an operations system reports, applied through the same guarded moves an officer makes.
	 *
	 * @throws IllegalStateException when the case cannot move there now
	 * @throws IllegalArgumentException when the status cannot be reported this way
	 */
	public void reportStatus(Party.Staff system, CaseStatus to, String text, Instant at) {
		String said = text == null || text.isBlank() ? null : text;
		switch (to) {
			case RECEIVED:
				move(EnumSet.of(CaseStatus.SUBMITTED), CaseStatus.RECEIVED, TimelineEntry.What.RECEIVED, system, said, null, at,
						"it can only be received when newly submitted");
				break;
			case IN_PROGRESS:
				move(EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RECEIVED, CaseStatus.AWAITING_SUPPLEMENT), CaseStatus.IN_PROGRESS,
						TimelineEntry.What.STATUS_FROM_OPERATIONS, system, said, null, at,
						"handling can only start when it is submitted, received or awaiting a supplement");
				break;
			case AWAITING_SUPPLEMENT:
				requestSupplement(system, text, at);
				break;
			case CLOSED:
				move(EnumSet.of(CaseStatus.DECIDED), CaseStatus.CLOSED, TimelineEntry.What.CLOSED, system, said, null, at,
						"only a decided case can be closed");
				break;
			default:
				throw new IllegalArgumentException("a status of " + to.code()
						+ " cannot be reported; post a decision to decide, and only the applicant withdraws");
		}
	}

	private void move(Set<CaseStatus> from, CaseStatus to, TimelineEntry.What what, Party actor, String text,
			Decision.Outcome outcome, Instant at, String rule) {
		move(from, to, what, actor, text, outcome, List.of(), at, rule);
	}

	private void move(Set<CaseStatus> from, CaseStatus to, TimelineEntry.What what, Party actor, String text,
			Decision.Outcome outcome, List<DocumentId> documents, Instant at, String rule) {
		if (!from.contains(status)) {
			throw new IllegalStateException("case " + number + " is " + status.code() + "; " + rule);
		}
		CaseStatus before = status;
		status = to;
		newEntries.add(entry(at, what, TimelineEntry.Audience.APPLICANT, actor, to, text));
		events.add(new CaseStatusChanged(UUID.randomUUID(), id, number, facts.eserviceId(), facts.department(),
				facts.applicant(), facts.subject(), facts.contactEmail(), before, to, Optional.ofNullable(text),
				Optional.ofNullable(outcome), at, facts.retention(), documents));
	}

	private static TimelineEntry entry(Instant at, TimelineEntry.What what, TimelineEntry.Audience audience, Party actor,
			CaseStatus status, String text) {
		return new TimelineEntry(UuidCreator.getTimeOrderedEpoch(), at, what, audience, actor, Optional.ofNullable(status),
				Optional.ofNullable(text));
	}

	private static void requireText(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(what + " must be written");
		}
	}

	public CaseId id() {
		return id;
	}

	public CaseNumber number() {
		return number;
	}

	public Facts facts() {
		return facts;
	}

	public CaseStatus status() {
		return status;
	}

	public Optional<Party.Staff> assignedTo() {
		return Optional.ofNullable(assignedTo);
	}

	public Optional<Decision> decision() {
		return Optional.ofNullable(decision);
	}

	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(decidedAt);
	}

	/** Whether handling is past the e-service's handling target at the given time. */
	public boolean isOverdue(Instant now) {
		return status.isOpen() && facts.dueAt().map(now::isAfter).orElse(false);
	}

	/** Whether the party is the applicant or the one the case is about. */
	public boolean concerns(Party party) {
		return facts.applicant().id().equals(party.id()) || facts.subject().id().equals(party.id());
	}

	int version() {
		return version;
	}

	List<TimelineEntry> newEntries() {
		return List.copyOf(newEntries);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	void saved() {
		newEntries.clear();
		events.clear();
	}
}
