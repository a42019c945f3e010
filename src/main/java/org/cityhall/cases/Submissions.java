package org.cityhall.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.billing.Fees;
import org.cityhall.catalogue.EService;
import org.cityhall.catalogue.Fee;
import org.cityhall.documents.DocumentId;
import org.cityhall.forms.Answers;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Money;
import org.cityhall.shared.Party;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The one way to submit to any e-service. A submission takes a case number, makes the case with its
 * answers and attachments, and hands it to the {@link SubmissionHandler} of the e-service's kind, all in
 * one transaction. It is idempotent by its key: a double click, a retried request or an operations
 * system posting twice makes one case, and the repeat gets the first one's receipt.
 */
@Service
public class Submissions {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Cases cases;
	private final CaseNumbers numbers;
	private final Drafts drafts;
	private final Fees fees;
	private final Map<EService.Kind, SubmissionHandler> handlers = new EnumMap<>(EService.Kind.class);
	private final TransactionTemplate transactions;
	private final Clock clock;

	Submissions(Cases cases, CaseNumbers numbers, Drafts drafts, Fees fees, List<SubmissionHandler> handlers,
			TransactionTemplate transactions, Clock clock) {
		this.cases = cases;
		this.numbers = numbers;
		this.drafts = drafts;
		this.fees = fees;
		for (SubmissionHandler handler : handlers) {
			SubmissionHandler earlier = this.handlers.put(handler.kind(), handler);
			if (earlier != null) {
				throw new IllegalStateException("two submission handlers for " + handler.kind().definitionName() + ": "
						+ earlier.getClass().getName() + " and " + handler.getClass().getName());
			}
		}
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether e-services of the kind can be submitted: a handler for it is registered. */
	public boolean accepts(EService.Kind kind) {
		return handlers.containsKey(kind);
	}

	/**
	 * What to submit.
	 *
	 * @param idempotencyKey the same key makes the same case: a draft's id, or an API client's Idempotency-Key
	 * @param contactEmail the address an applicant without login gave to follow the case by
	 * @param registeredBy the member of staff registering a paper, phone or e-mail application
	 * @param privateLink whether the applicant, having no login, gets a private link to follow the case
	 */
	public record Request(EService eservice, Actor actor, Answers answers, List<CaseDocument> attachments,
			EService.Channel channel, String idempotencyKey, Optional<String> contactEmail, Optional<String> registeredBy,
			boolean privateLink) {

		public Request {
			Objects.requireNonNull(eservice, "eservice");
			Objects.requireNonNull(actor, "actor");
			Objects.requireNonNull(answers, "answers");
			attachments = List.copyOf(attachments);
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(idempotencyKey, "idempotencyKey");
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
				throw new IllegalArgumentException("an idempotency key is 1 to 200 characters");
			}
			Objects.requireNonNull(contactEmail, "contactEmail");
			Objects.requireNonNull(registeredBy, "registeredBy");
		}
	}

	/**
	 * Submits. Returns the receipt of the case made, or of the case an earlier submission with the same
	 * key made.
	 *
	 * @throws SubmissionRefused when the e-service's handler refuses it; nothing is kept
	 */
	public Receipt submit(Request request) {
		SubmissionHandler handler = handlers.get(request.eservice().kind());
		if (handler == null) {
			throw new IllegalStateException("no submission handler for e-services of kind "
					+ request.eservice().kind().definitionName() + " (" + request.eservice().id() + ")");
		}
		Instant now = clock.instant();
		CaseNumber number = numbers.next(request.eservice().caseNumberPrefix(), now.atZone(SWEDEN).getYear());
		try {
			// The case is the transaction's first write: a key submitted before stops it there, before any
			// handler runs, and its receipt is given again (its number is left unused).
			return transactions.execute(status -> make(request, handler, number, now));
		}
		catch (DuplicateKeyException ex) {
			return earlier(request.idempotencyKey()).orElseThrow(() -> ex);
		}
	}

	/** Submits a draft: the draft's id is the key, and the draft is locked so two clicks make one case. */
	public Receipt submitDraft(UUID draftId, String ownerId, Request request) {
		Optional<Receipt> earlier = earlier(request.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Receipt receipt = transactions.execute(status -> {
			Optional<Draft> draft = drafts.lockForSubmission(draftId, ownerId);
			if (draft.isEmpty()) {
				throw new IllegalArgumentException("no draft " + draftId + " of this owner");
			}
			if (draft.get().isSubmitted()) {
				return null;
			}
			Receipt made = submit(request);
			drafts.submitted(draftId, made.caseId());
			return made;
		});
		return receipt != null ? receipt : earlier(request.idempotencyKey()).orElseThrow();
	}

	private Receipt make(Request request, SubmissionHandler handler, CaseNumber number, Instant now) {
		EService eservice = request.eservice();
		CaseId id = new CaseId(UuidCreator.getTimeOrderedEpoch());
		String answersJson = AnswersJson.write(request.answers());
		Optional<Instant> due = eservice.handlingTargetDays().isPresent()
				? Optional.of(now.plus(Duration.ofDays(eservice.handlingTargetDays().getAsInt()))) : Optional.empty();
		Party applicant = request.actor().who();
		Case.Facts facts = new Case.Facts(eservice.id(), eservice.version(), handler.department(eservice, request.answers()),
				eservice.kind().definitionName(), request.channel(), applicant, request.actor().forWhom(),
				request.actor().representation(), request.registeredBy(), now, due,
				checksum(number, now, answersJson, request.attachments()), request.contactEmail(), eservice.followUpOf(),
				eservice.retention());
		Case made = Case.submitted(id, number, facts,
				request.attachments().stream().map(attachment -> new DocumentId(attachment.sha256())).toList());
		Optional<String> token = request.privateLink() ? Optional.of(newToken()) : Optional.empty();
		cases.insert(made, answersJson, request.idempotencyKey(), token.map(Submissions::hash));
		for (CaseDocument attachment : request.attachments()) {
			cases.attach(id, attachment);
		}
		Handling handling = handler.accept(new Submission(id, number, eservice, request.actor(), request.answers(),
				request.attachments(), request.channel(), now));
		handling.whatHappensNext().ifPresent(next -> cases.whatHappensNext(id, next));
		if (eservice.fee().isPresent() && !(applicant instanceof Party.Anonymous)) {
			// The fee is due by the submission itself; billing takes it from here (pay by card, or an invoice).
			Fee fee = eservice.fee().get();
			fees.incur(applicant, number.value(), fee.description(), Money.sek(fee.amount()), fee.vatRate());
		}
		return new Receipt(id, number, now, facts.checksum(), token, handling.whatHappensNext(), false);
	}

	private Optional<Receipt> earlier(String key) {
		return cases.numberForIdempotencyKey(key).flatMap(cases::find)
				.map(found -> new Receipt(found.id(), found.number(), found.facts().submittedAt(), found.facts().checksum(),
						Optional.empty(), Optional.empty(), true));
	}

	/**
	 * The checksum printed on the receipt: SHA-256 over the case number, the time, the answers as kept
	 * and the attachments' own SHA-256, so anyone holding the receipt can show what was submitted.
	 */
	static String checksum(CaseNumber number, Instant at, String answersJson, List<CaseDocument> attachments) {
		MessageDigest digest = sha256();
		digest.update((number.value() + "\n" + at + "\n" + answersJson + "\n").getBytes(StandardCharsets.UTF_8));
		attachments.stream().map(CaseDocument::sha256).sorted()
				.forEach(sha -> digest.update((sha + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The hash a private link's token is kept as, so the database alone does not open a case. */
	public static String hash(String token) {
		return HexFormat.of().formatHex(sha256().digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}
}
