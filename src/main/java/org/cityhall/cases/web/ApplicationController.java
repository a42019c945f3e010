package org.cityhall.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.cases.Case;
import org.cityhall.cases.CaseAnswers;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.Draft;
import org.cityhall.cases.Drafts;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Receipt;
import org.cityhall.cases.SubmissionRefused;
import org.cityhall.cases.Submissions;
import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.EService;
import org.cityhall.forms.Advisories;
import org.cityhall.forms.Advice;
import org.cityhall.forms.Answers;
import org.cityhall.forms.Field;
import org.cityhall.forms.FieldError;
import org.cityhall.forms.FieldType;
import org.cityhall.forms.FieldView;
import org.cityhall.forms.FormDefinition;
import org.cityhall.forms.FormValidation;
import org.cityhall.forms.Step;
import org.cityhall.forms.StepResult;
import org.cityhall.identity.AssuranceCheck;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

/**
 * Filling in an e-service's form, GOV.UK style: a start page, one step a page with an error summary
 * and answers kept on error, "check your answers" with change links, and submit. Every step saves the
 * draft. Works without JavaScript.
 */
@Controller
class ApplicationController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	static final String LAST_RECEIPT = "cases.last-receipt";

	private final Catalogue catalogue;
	private final Cases cases;
	private final Drafts drafts;
	private final Submissions submissions;
	private final Applicants applicants;
	private final Prefills prefills;
	private final CaseFiles files;
	private final Advisories advisories;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationController(Catalogue catalogue, Cases cases, Drafts drafts, Submissions submissions, Applicants applicants,
			Prefills prefills, CaseFiles files, Advisories advisories, MessageSource messages, Clock clock) {
		this.catalogue = catalogue;
		this.cases = cases;
		this.drafts = drafts;
		this.submissions = submissions;
		this.applicants = applicants;
		this.prefills = prefills;
		this.files = files;
		this.advisories = advisories;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/eservices/{id}/apply")
	String start(@PathVariable String id, HttpServletRequest request, Model model) {
		EService eservice = applicable(id);
		Optional<String> refusal = mayApply(eservice, request);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		model.addAttribute("eservice", eservice);
		List<Draft> ongoing = applicants.ownerId(request, false).map(drafts::of).orElse(List.of()).stream()
				.filter(draft -> draft.eserviceId().equals(id)).toList();
		model.addAttribute("drafts", ongoing);
		model.addAttribute("lifetimeDays", drafts.lifetime().toDays());
		model.addAttribute("signedIn", applicants.signedIn(request).isPresent());
		return "cases/start";
	}

	@PostMapping("/eservices/{id}/apply")
	String startDraft(@PathVariable String id, HttpServletRequest request) {
		EService eservice = applicable(id);
		Optional<String> refusal = mayApply(eservice, request);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		Actor actor = applicants.signedIn(request).orElseGet(() -> applicants.anonymous(request));
		FormDefinition form = eservice.form().orElseThrow();
		Draft draft = drafts.start(eservice, applicants.ownerId(request, true).orElseThrow(), actor, EService.Channel.WEB,
				prefills.of(form, actor));
		return "redirect:/applications/" + draft.id() + "/" + firstStep(form, draft.answers()).id();
	}

	@GetMapping("/applications/{draftId}/{stepId}")
	String step(@PathVariable UUID draftId, @PathVariable String stepId, HttpServletRequest request, Model model) {
		Filling filling = filling(draftId, request);
		Step step = filling.step(stepId);
		Map<String, List<String>> typed = TypedAnswers.of(step.fields(), filling.draft.answers());
		return stepPage(filling, step, typed, List.of(), List.of(), request.getParameter("change") != null, model);
	}

	@PostMapping("/applications/{draftId}/{stepId}")
	String answer(@PathVariable UUID draftId, @PathVariable String stepId, HttpServletRequest request, Model model) {
		Filling filling = filling(draftId, request);
		Step step = filling.step(stepId);
		boolean change = request.getParameter("change") != null;
		Map<String, List<String>> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> typed.put(name, List.of(values)));
		typed.remove("_csrf");
		Map<String, Draft.UploadedFile> uploaded = new LinkedHashMap<>(filling.draft.files());
		List<FieldError> uploadErrors = new ArrayList<>();
		String removed = request.getParameter("removeFile");
		for (Field field : step.fields()) {
			if (field.type() != FieldType.FILE) {
				continue;
			}
			List<String> kept = new ArrayList<>(typed.getOrDefault(field.id(), List.of()));
			kept.removeIf(ref -> !uploaded.containsKey(ref) || ref.equals(removed));
			CaseFiles.Taken taken = files.take(field, field.id(), given(request, field.id()));
			for (Draft.UploadedFile file : taken.files()) {
				uploaded.put(file.sha256(), file);
				if (!kept.contains(file.sha256())) {
					kept.add(file.sha256());
				}
			}
			if (taken.error() != null) {
				uploadErrors.add(taken.error());
			}
			typed.put(field.id(), List.copyOf(kept));
		}
		if (removed != null) {
			// Taking a file away is not an answer: show the step again without it.
			drafts.saveStep(filling.draft, filling.draft.stepReached().orElse(step.id()), filling.index(step),
					filling.draft.answers(), uploaded);
			return stepPage(filling.with(uploaded), step, typed, List.of(), List.of(), change, model);
		}
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		StepResult result = FormValidation.validate(step, typed, filling.draft.answers(), today);
		List<FieldError> errors = new ArrayList<>(uploadErrors);
		result.errors().stream().filter(error -> uploadErrors.stream().noneMatch(u -> u.fieldId().equals(error.fieldId())))
				.forEach(errors::add);
		if (!errors.isEmpty()) {
			if (!uploaded.equals(filling.draft.files())) {
				drafts.saveStep(filling.draft, filling.draft.stepReached().orElse(step.id()), filling.index(step),
						filling.draft.answers(), uploaded);
			}
			return stepPage(filling.with(uploaded), step, result.typed(), errors, List.of(), change, model);
		}
		Answers answers = replace(filling.draft.answers(), step, result.accepted());
		drafts.saveStep(filling.draft, step.id(), filling.index(step), answers, uploaded);
		List<Advice> advice = advisories.check(filling.eservice.id(), step.id(), answers);
		if (!advice.isEmpty() && request.getParameter("adviceSeen") == null) {
			// Warnings do not block: the applicant reads them and continues, or changes the answer.
			return stepPage(filling.with(uploaded), step, result.typed(), List.of(), advice, change, model);
		}
		Optional<Step> next = change ? Optional.empty() : filling.after(step, answers, today);
		return next.map(s -> "redirect:/applications/" + draftId + "/" + s.id())
				.orElse("redirect:/applications/" + draftId + "/check");
	}

	@GetMapping("/applications/{draftId}/check")
	String check(@PathVariable UUID draftId, HttpServletRequest request, Locale locale, Model model) {
		Filling filling = filling(draftId, request);
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		Optional<Step> incomplete = filling.firstIncomplete(today);
		if (incomplete.isPresent()) {
			return "redirect:/applications/" + draftId + "/" + incomplete.get().id();
		}
		model.addAttribute("eservice", filling.eservice);
		model.addAttribute("draft", filling.draft);
		model.addAttribute("sections", CaseAnswers.of(filling.form, filling.draft.answers(), fileNames(filling.draft), today,
				locale, messages));
		model.addAttribute("backStep", filling.lastShown(filling.draft.answers(), today).id());
		return "cases/check";
	}

	@PostMapping("/applications/{draftId}/submit")
	String submit(@PathVariable UUID draftId, HttpServletRequest request, Model model, Locale locale) {
		Optional<String> earlier = submittedAlready(draftId, request);
		if (earlier.isPresent()) {
			// A second click, or a retried request: the first one made the case.
			return earlier.get();
		}
		Filling filling;
		try {
			filling = filling(draftId, request);
		}
		catch (ResponseStatusException notFound) {
			// Another click may have submitted the draft since the look above: give that case's receipt.
			Optional<String> meanwhile = submittedAlready(draftId, request);
			if (meanwhile.isPresent()) {
				return meanwhile.get();
			}
			throw notFound;
		}
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		Optional<Step> incomplete = filling.firstIncomplete(today);
		if (incomplete.isPresent()) {
			return "redirect:/applications/" + draftId + "/" + incomplete.get().id();
		}
		Answers answers = filling.validAnswers(today);
		Actor actor = applicants.forSubmission(filling.draft, request);
		List<CaseDocument> attachments = new ArrayList<>();
		for (Field field : filling.form.allFields()) {
			if (field.type() == FieldType.FILE) {
				answers.get(field.id()).ifPresent(refs -> ((List<?>) refs).forEach(ref -> {
					Draft.UploadedFile file = filling.draft.files().get(String.valueOf(ref));
					if (file != null) {
						attachments.add(CaseFiles.document(file, CaseDocument.Role.ATTACHMENT, clock.instant()));
					}
				}));
			}
		}
		Optional<String> staffId = filling.draft.channel() == EService.Channel.WEB ? Optional.empty()
				: Optional.of(filling.draft.ownerId());
		Optional<String> contactEmail = actor.who() instanceof Party.Anonymous ? contactEmail(filling.form, answers)
				: Optional.empty();
		Receipt receipt;
		try {
			receipt = submissions.submitDraft(draftId, filling.draft.ownerId(), new Submissions.Request(filling.eservice, actor,
					answers, attachments, filling.draft.channel(), "draft:" + draftId, contactEmail, staffId,
					actor.who() instanceof Party.Anonymous));
		}
		catch (SubmissionRefused refused) {
			model.addAttribute("eservice", filling.eservice);
			model.addAttribute("draft", filling.draft);
			model.addAttribute("sections", CaseAnswers.of(filling.form, answers, fileNames(filling.draft), today, locale, messages));
			model.addAttribute("backStep", filling.lastShown(answers, today).id());
			model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments().toArray(), locale));
			return "cases/check";
		}
		if (staffId.isPresent()) {
			return "redirect:/staff/cases/" + receipt.number().value() + "?registered";
		}
		receipt.accessToken().ifPresent(token -> request.getSession().setAttribute(LAST_RECEIPT + "." + receipt.number(), token));
		return "redirect:/cases/" + receipt.number().value() + "/receipt";
	}

	private Optional<String> submittedAlready(UUID draftId, HttpServletRequest request) {
		Optional<Draft> draft = applicants.ownerId(request, false).flatMap(owner -> drafts.find(draftId, owner))
				.filter(Draft::isSubmitted);
		if (draft.isEmpty()) {
			return Optional.empty();
		}
		Optional<Case> made = cases.find(draft.get().submittedAs().get());
		if (made.isEmpty()) {
			return Optional.empty();
		}
		if (draft.get().channel() != EService.Channel.WEB) {
			return Optional.of("redirect:/staff/cases/" + made.get().number().value() + "?registered");
		}
		return Optional.of("redirect:/cases/" + made.get().number().value() + "/receipt");
	}

	@PostMapping("/applications/{draftId}/discard")
	String discard(@PathVariable UUID draftId, HttpServletRequest request) {
		Filling filling = filling(draftId, request);
		drafts.discard(draftId, filling.draft.ownerId());
		return filling.draft.channel() == EService.Channel.WEB ? "redirect:/my-pages?discarded" : "redirect:/staff/cases";
	}

	private String stepPage(Filling filling, Step step, Map<String, List<String>> typed, List<FieldError> errors,
			List<Advice> advice, boolean change, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
		model.addAttribute("eservice", filling.eservice);
		model.addAttribute("draft", filling.draft);
		model.addAttribute("step", step);
		model.addAttribute("stepNumber", filling.shownIndex(step, filling.draft.answers(), today) + 1);
		model.addAttribute("stepCount", filling.shownSteps(filling.draft.answers(), today).size());
		model.addAttribute("views", FieldView.of(step, typed, errors));
		model.addAttribute("errors", errors);
		model.addAttribute("advice", advice);
		model.addAttribute("change", change);
		model.addAttribute("uploadedFiles", filling.draft.files());
		model.addAttribute("multipart", step.fields().stream().anyMatch(field -> field.type() == FieldType.FILE));
		Optional<Step> before = filling.before(step, filling.draft.answers(), today);
		model.addAttribute("backLink", change ? "/applications/" + filling.draft.id() + "/check"
				: before.map(s -> "/applications/" + filling.draft.id() + "/" + s.id())
						.orElse("/eservices/" + filling.eservice.id() + "/apply"));
		return "cases/step";
	}

	private static Map<String, String> fileNames(Draft draft) {
		Map<String, String> names = new LinkedHashMap<>();
		draft.files().forEach((sha, file) -> names.put(sha, file.filename()));
		return names;
	}

	private static List<MultipartFile> given(HttpServletRequest request, String name) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		return multipart == null ? List.of() : multipart.getFiles(name);
	}

	/** The answers with those of one step replaced: a step's fields not accepted now are no longer answered. */
	private static Answers replace(Answers answers, Step step, Answers accepted) {
		Map<String, Object> values = new LinkedHashMap<>(answers.values());
		step.fields().forEach(field -> values.remove(field.id()));
		values.putAll(accepted.values());
		return new Answers(values);
	}

	private static Optional<String> contactEmail(FormDefinition form, Answers answers) {
		return form.allFields().stream().filter(field -> field.type() == FieldType.EMAIL)
				.map(field -> answers.get(field.id())).flatMap(Optional::stream).map(String::valueOf).findFirst();
	}

	private EService applicable(String id) {
		EService eservice = catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!eservice.isLive() || eservice.form().isEmpty() || !submissions.accepts(eservice.kind())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return eservice;
	}

	/** Empty when the one asking may apply; otherwise where to send them. */
	private Optional<String> mayApply(EService eservice, HttpServletRequest request) {
		Optional<Actor> actor = applicants.signedIn(request);
		if (eservice.login() == EService.LoginLevel.NONE && actor.isEmpty()) {
			return Optional.empty();
		}
		if (actor.isEmpty()) {
			// Handled by the security filters: sign in, then back here.
			throw new AccessDeniedException("sign in to use " + eservice.id());
		}
		if (actor.get().who() instanceof Party.Staff) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "staff register applications from the back office");
		}
		if (eservice.login() == EService.LoginLevel.NONE) {
			return Optional.empty();
		}
		switch (AssuranceCheck.check(actor.get(), eservice.assurance(), eservice.login() == EService.LoginLevel.GUEST)) {
			case STEP_UP:
				return Optional.of("redirect:" + AssuranceCheck.stepUpUrl(eservice.assurance()));
			case VISITORS_NOT_ALLOWED:
				request.setAttribute("eservice", eservice);
				return Optional.of("cases/visitors-not-allowed");
			default:
				return Optional.empty();
		}
	}

	private Filling filling(UUID draftId, HttpServletRequest request) {
		String owner = applicants.ownerId(request, false)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Draft draft = drafts.find(draftId, owner).filter(found -> !found.isSubmitted())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		EService eservice = catalogue.find(draft.eserviceId()).filter(EService::isLive)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FormDefinition form = eservice.form().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (draft.channel() == EService.Channel.WEB) {
			mayApply(eservice, request).ifPresent(refusal -> {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			});
		}
		return new Filling(eservice, form, draft);
	}

	private static Step firstStep(FormDefinition form, Answers prefilled) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		return form.steps().stream().filter(step -> step.isShown(prefilled, today)).findFirst().orElse(form.steps().get(0));
	}

	/** A draft being filled in, with its e-service and form. */
	private static final class Filling {

		final EService eservice;
		final FormDefinition form;
		final Draft draft;

		Filling(EService eservice, FormDefinition form, Draft draft) {
			this.eservice = eservice;
			this.form = form;
			this.draft = draft;
		}

		Filling with(Map<String, Draft.UploadedFile> files) {
			return new Filling(eservice, form, new Draft(draft.id(), draft.eserviceId(), draft.ownerId(), draft.subject(),
					draft.representation(), draft.channel(), draft.answers(), files, draft.stepReached(), draft.createdAt(),
					draft.updatedAt(), draft.expiresAt(), draft.submittedAs()));
		}

		Step step(String id) {
			return form.step(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}

		int index(Step step) {
			return form.steps().indexOf(step);
		}

		List<Step> shownSteps(Answers answers, LocalDate today) {
			return form.steps().stream().filter(step -> step.isShown(answers, today)).toList();
		}

		int shownIndex(Step step, Answers answers, LocalDate today) {
			return Math.max(0, shownSteps(answers, today).indexOf(step));
		}

		Optional<Step> after(Step step, Answers answers, LocalDate today) {
			return form.steps().stream().skip(index(step) + 1L).filter(s -> s.isShown(answers, today)).findFirst();
		}

		Optional<Step> before(Step step, Answers answers, LocalDate today) {
			Step found = null;
			for (Step s : form.steps().subList(0, index(step))) {
				if (s.isShown(answers, today)) {
					found = s;
				}
			}
			return Optional.ofNullable(found);
		}

		Step lastShown(Answers answers, LocalDate today) {
			List<Step> shown = shownSteps(answers, today);
			return shown.isEmpty() ? form.steps().get(0) : shown.get(shown.size() - 1);
		}

		/**
		 * The first shown step whose answers, checked again, are not all valid: one never reached, or one
		 * an earlier change made incomplete, or one a changed definition asks more of.
		 */
		Optional<Step> firstIncomplete(LocalDate today) {
			Answers accepted = Answers.NONE;
			for (Step step : form.steps()) {
				StepResult result = FormValidation.validate(step, TypedAnswers.of(step.fields(), draft.answers()), accepted,
						today);
				if (step.isShown(accepted, today) && !result.isValid()) {
					return Optional.of(step);
				}
				accepted = accepted.and(result.accepted());
			}
			return Optional.empty();
		}

		/** The answers of the steps shown, checked again: answers to steps a later change hid are left out. */
		Answers validAnswers(LocalDate today) {
			Answers accepted = Answers.NONE;
			for (Step step : form.steps()) {
				accepted = accepted.and(FormValidation.validate(step, TypedAnswers.of(step.fields(), draft.answers()),
						accepted, today).accepted());
			}
			return accepted;
		}
	}
}
