package org.cityhall.cases.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.cases.Receipt;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Answers;
import org.cityhall.forms.FieldError;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.FormValidation;
import org.cityhall.forms.Step;
import org.cityhall.forms.StepResult;
import org.cityhall.identity.AssuranceCheck;
import org.cityhall.shared.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Two endpoints the submission benchmark (bench/scenarios/cases.properties) measures against each other,
 * behind the same security, session and CSRF filters as every page. Off unless the benchmark asks for it
 * with {@code cityhall.bench.baseline-endpoint=true}.
 *
 * <ul>
 * <li>{@code POST /bench/cases/{eservice}/submit}: a whole form's answers in one request, handled as the
 * pages handle a form filled in step by step: each step validated with {@link FormValidation} against the
 * answers accepted before it, then {@link Submissions#submit} with a fresh idempotency key (case number,
 * case, timeline, events). No draft is kept: the drafts belong to filling in, not to submitting.</li>
 * <li>{@code POST /bench/cases/insert}: the bare insert it is compared with: the same request, one row
 * written with one INSERT.</li>
 * <li>{@code GET /bench/cases/backlog}: how many event publications are not yet completed: the work a
 * submission leaves to listeners after its commit (the receipt's PDF), which the benchmark waits for
 * after each run so that it does not weigh on the next.</li>
 * </ul>
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchSubmissionController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Catalogue catalogue;
	private final Submissions submissions;
	private final JdbcClient jdbc;
	private final Clock clock;

	BenchSubmissionController(Catalogue catalogue, Submissions submissions, JdbcClient jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PostMapping(path = "/bench/cases/{eserviceId}/submit", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> submit(@PathVariable String eserviceId, Actor actor, HttpServletRequest request) {
		Optional<EService> found = catalogue.find(eserviceId)
				.filter(e -> e.isLive() && e.form().isPresent() && submissions.accepts(e.kind()));
		if (found.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body("no live e-service " + eserviceId + " with a form");
		}
		EService eservice = found.get();
		if (eservice.login() != EService.LoginLevel.NONE && AssuranceCheck.check(actor, eservice.assurance(),
				eservice.login() == EService.LoginLevel.GUEST) != AssuranceCheck.Outcome.ALLOWED) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body("not allowed to use " + eserviceId);
		}
		FormDefinition form = eservice.form().get();
		Map<String, List<String>> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> typed.put(name, List.of(values)));
		typed.remove("_csrf");
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		Answers accepted = Answers.NONE;
		List<FieldError> errors = new ArrayList<>();
		for (Step step : form.steps()) {
			if (step.fields().stream().anyMatch(field -> field.type() == FieldType.FILE)) {
				return ResponseEntity.badRequest().body("the benchmark submits forms without uploads");
			}
			StepResult result = FormValidation.validate(step, typed, accepted, today);
			errors.addAll(result.errors());
			accepted = accepted.and(result.accepted());
		}
		if (!errors.isEmpty()) {
			return ResponseEntity.status(422).body("invalid answers: " + errors.stream().map(FieldError::fieldId).toList());
		}
		Receipt receipt = submissions.submit(new Submissions.Request(eservice, actor, accepted, List.of(), EService.Channel.WEB,
				"bench:" + UUID.randomUUID(), Optional.empty(), Optional.empty(), false));
		return ResponseEntity.ok(receipt.number().value());
	}

	@GetMapping(path = "/bench/cases/backlog", produces = MediaType.TEXT_PLAIN_VALUE)
	String backlog() {
		return String.valueOf(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class).single());
	}

	@PostMapping(path = "/bench/cases/insert", produces = MediaType.TEXT_PLAIN_VALUE)
	String insert(Actor actor, HttpServletRequest request) {
		ObjectNode posted = JSON.createObjectNode();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf")) {
				posted.put(name, String.join(",", values));
			}
		});
		jdbc.sql("INSERT INTO cases_bench_insert (id, at, actor_id, body) VALUES (?, ?, ?, ?::jsonb)")
				.params(UuidCreator.getTimeOrderedEpoch(), Timestamp.from(clock.instant()), actor.who().id(),
						JSON.writeValueAsString(posted))
				.update();
		return "ok";
	}
}
