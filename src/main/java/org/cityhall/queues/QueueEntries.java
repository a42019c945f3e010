package org.cityhall.queues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.queues.OrderIndex.Standing;
import org.cityhall.queues.QueueEntryChanged.Change;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Entries in a queue: registering, changing choices without losing the queue date, withdrawing,
 * administrators' exceptions, and where an entry stands for each of its choices.
 */
@Service
public class QueueEntries {

	private final Queues queues;
	private final QueueEvents events;
	private final QueueAccess access;
	private final MakingOffers offers;
	private final Clock clock;

	QueueEntries(Queues queues, QueueEvents events, QueueAccess access, MakingOffers offers, Clock clock) {
		this.queues = queues;
		this.events = events;
		this.access = access;
		this.offers = offers;
		this.clock = clock;
	}

	/**
	 * A new entry.
	 *
	 * @param choices alternative ids, the most wanted first
	 */
	public record Registration(String queueId, String reference, Party applicant, Party subject,
			Optional<String> contactEmail, LocalDate queueDate, int priorityGroup, Optional<LocalDate> desiredStart,
			Optional<LocalDate> guaranteeDate, List<String> choices, boolean keepHigher, Optional<Integer> householdSize,
			Optional<Boolean> meetsIncome) {

		public Registration {
			choices = List.copyOf(choices);
		}
	}

	/** Registers the entry with its choices; refused when a choice is unknown, repeated or too many. */
	@Transactional
	public Entry register(Registration registration) {
		Queue queue = queues.queue(registration.queueId())
				.orElseThrow(() -> new IllegalArgumentException("no queue " + registration.queueId()));
		checkChoices(queue, registration.choices());
		// Kept to the microsecond, as PostgreSQL keeps it, so the entry returned ranks as the one stored.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		List<Entry.Choice> choices = new java.util.ArrayList<>();
		for (int i = 0; i < registration.choices().size(); i++) {
			choices.add(new Entry.Choice(registration.choices().get(i), i + 1, Entry.Choice.Status.ACTIVE));
		}
		Entry entry = new Entry(UuidCreator.getTimeOrderedEpoch(), queue.id(), registration.reference(),
				registration.applicant(), registration.subject(), registration.contactEmail(), registration.queueDate(), now,
				registration.priorityGroup(), registration.desiredStart(), registration.guaranteeDate(),
				registration.keepHigher(), registration.householdSize(), registration.meetsIncome(), Entry.Status.WAITING,
				choices, 0);
		queues.insert(entry);
		events.publish(entry, Change.REGISTERED, Optional.empty(), Optional.of(entry.queueDate().toString()), false, now);
		return entry;
	}

	/**
	 * New choices for a waiting entry, the most wanted first. The queue date stays what it was: changing
	 * one's mind costs no place in the queue.
	 */
	@Transactional
	public Entry changeChoices(String reference, Actor actor, List<String> choices, boolean keepHigher) {
		Entry entry = lockedFor(reference, actor);
		if (!entry.isWaiting()) {
			throw new QueueRefused("queues.refused.not-waiting", reference);
		}
		if (offers.pendingFor(entry.id()).isPresent()) {
			throw new QueueRefused("queues.refused.offer-pending", reference);
		}
		checkChoices(queues.queue(entry.queueId()).orElseThrow(), choices);
		queues.replaceChoices(entry.id(), choices);
		if (keepHigher != entry.keepHigher()) {
			offers.setKeepHigher(entry.id(), keepHigher);
		}
		Entry changed = queues.entry(entry.id()).orElseThrow();
		events.publish(changed, Change.CHOICES_CHANGED, Optional.empty(), Optional.empty(), false, clock.instant());
		return changed;
	}

	/** Leaves the queue: every choice is given up and an offer out is declined, so the place passes on. */
	@Transactional
	public void withdraw(String reference, Actor actor) {
		Entry entry = lockedFor(reference, actor);
		if (entry.status() == Entry.Status.WITHDRAWN) {
			return;
		}
		offers.pendingFor(entry.id()).ifPresent(offer -> offers.decline(offer.id(), actor));
		queues.replaceChoices(entry.id(), List.of());
		queues.setStatus(entry.id(), Entry.Status.WITHDRAWN);
		events.publish(entry, Change.WITHDRAWN, Optional.empty(), Optional.empty(), true, clock.instant());
	}

	/**
	 * An administrator moves an entry to another priority group, with the reason, which is kept and filed
	 * for staff.
	 */
	@Transactional
	public void makeException(String reference, Actor administrator, int priorityGroup, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new QueueRefused("queues.refused.reason-required");
		}
		Entry entry = queues.lock(reference).orElseThrow(() -> new QueueRefused("queues.refused.no-entry", reference));
		Instant now = clock.instant();
		queues.setPriorityGroup(entry.id(), priorityGroup);
		offers.recordException(entry.id(), "priority-group " + entry.priorityGroup() + " -> " + priorityGroup, reason.strip(),
				administrator.who().id(), now);
		events.publish(entry, Change.EXCEPTION_MADE, Optional.empty(), Optional.of(reason.strip()), false, now);
	}

	/** Where the entry stands for each of its active choices, in its order of preference. */
	public Map<String, Standing> standings(Entry entry) {
		Queue queue = queues.queue(entry.queueId()).orElseThrow();
		Map<String, Standing> standings = new LinkedHashMap<>();
		for (Entry.Choice choice : entry.activeChoices()) {
			queues.alternative(choice.alternativeId())
					.flatMap(alternative -> queues.orderFor(alternative, queue.rule()).standing(entry.id()))
					.ifPresent(standing -> standings.put(choice.alternativeId(), standing));
		}
		return standings;
	}

	/** The entry, if the actor may see it. */
	public Optional<Entry> find(String reference, Actor actor) {
		return queues.entry(reference).filter(entry -> access.mayActOn(entry, actor));
	}

	private Entry lockedFor(String reference, Actor actor) {
		Entry entry = queues.lock(reference).orElseThrow(() -> new QueueRefused("queues.refused.no-entry", reference));
		if (!access.mayActOn(entry, actor)) {
			throw new QueueRefused("queues.refused.no-entry", reference);
		}
		return entry;
	}

	private void checkChoices(Queue queue, List<String> choices) {
		// A housing member may wait without interest in any listing; a child's application names a place.
		if (choices.isEmpty() && queue.orderedChoices()) {
			throw new QueueRefused("queues.refused.no-choice");
		}
		if (choices.size() > queue.maxChoices()) {
			throw new QueueRefused("queues.refused.too-many-choices", queue.maxChoices());
		}
		if (new HashSet<>(choices).size() != choices.size()) {
			throw new QueueRefused("queues.refused.repeated-choice");
		}
		for (String choice : choices) {
			if (queues.alternative(choice).filter(alternative -> alternative.queueId().equals(queue.id())).isEmpty()) {
				throw new QueueRefused("queues.refused.unknown-choice", choice);
			}
		}
	}

}
