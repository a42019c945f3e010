package org.cityhall.cases.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cityhall.cases.Case;
import org.cityhall.cases.CaseAccessDenied;
import org.cityhall.cases.CaseDocument;
import org.cityhall.cases.CaseHandling;
import org.cityhall.cases.CaseMessages;
import org.cityhall.cases.CaseNumber;
import org.cityhall.cases.Cases;
import org.cityhall.cases.Draft;
import org.cityhall.cases.Submissions;
import org.cityhall.forms.FieldError;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A case as its applicant follows it: the receipt, the timeline, the answers and documents, the
 * messages, a supplement when one is asked for, and withdrawing. Reached from My pages when signed
 * in, or through the private link an applicant without login was given. Someone else's case is not
 * found, so a case number reveals nothing.
 */
@Controller
class ApplicantCaseController {

	private final Cases cases;
	private final CaseHandling handling;
	private final CaseMessages messages;
	private final Applicants applicants;
	private final CaseViews views;
	private final CaseFiles files;

	ApplicantCaseController(Cases cases, CaseHandling handling, CaseMessages messages, Applicants applicants,
			CaseViews views, CaseFiles files) {
		this.cases = cases;
		this.handling = handling;
		this.messages = messages;
		this.applicants = applicants;
		this.views = views;
		this.files = files;
	}

	@ExceptionHandler(CaseAccessDenied.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@GetMapping("/cases/{number}/receipt")
	String receipt(@PathVariable String number, HttpServletRequest request, Locale locale, Model model) {
		Access access = access(number, request);
		views.describe(access.found, cases.documents(access.found.id()), locale, model);
		model.addAttribute("whatHappensNext", cases.whatHappensNext(access.found.id()).map(next -> next.in(locale)).orElse(null));
		Optional<String> privateLink = access.token.map(token -> "/track/" + token);
		model.addAttribute("privateLink", privateLink);
		model.addAttribute("privateLinkUrl", privateLink.map(link -> ServletUriComponentsBuilder.fromContextPath(request)
				.path(link).toUriString()).orElse(null));
		model.addAttribute("caseBase", privateLink.orElse(access.base));
		return "cases/receipt";
	}

	@GetMapping("/my-pages/cases/{number}")
	String mine(@PathVariable String number, HttpServletRequest request, Locale locale, Model model) {
		return page(access(number, request), locale, model, List.of(), null);
	}

	@GetMapping("/track/{token}")
	String tracked(@PathVariable String token, Locale locale, Model model) {
		return page(byToken(token), locale, model, List.of(), null);
	}

	@GetMapping({"/my-pages/cases/{number}/documents/{sha256}", "/track/{token}/documents/{sha256}"})
	ResponseEntity<byte[]> document(@PathVariable Optional<String> number, @PathVariable Optional<String> token,
			@PathVariable String sha256, HttpServletRequest request) {
		Access access = token.isPresent() ? byToken(token.get()) : access(number.orElseThrow(), request);
		return views.download(access.found, sha256);
	}

	@PostMapping({"/my-pages/cases/{number}/messages", "/track/{token}/messages"})
	String message(@PathVariable Optional<String> number, @PathVariable Optional<String> token,
			@RequestParam(defaultValue = "") String body, @RequestParam(name = "attachments", required = false) List<MultipartFile> given,
			HttpServletRequest request, Locale locale, Model model) {
		Access access = token.isPresent() ? byToken(token.get()) : access(number.orElseThrow(), request);
		List<FieldError> errors = new ArrayList<>();
		if (body.isBlank()) {
			errors.add(new FieldError("body", "cases.message.error.empty", List.of()));
		}
		else if (body.length() > org.cityhall.cases.CaseMessage.LIMIT) {
			errors.add(new FieldError("body", "cases.message.error.too-long", List.of(org.cityhall.cases.CaseMessage.LIMIT)));
		}
		CaseFiles.Taken taken = files.takeAttachments("attachments", given == null ? List.of() : given);
		if (taken.error() != null) {
			errors.add(taken.error());
		}
		if (!errors.isEmpty()) {
			model.addAttribute("typedMessage", body);
			return page(access, locale, model, errors, null);
		}
		try {
			messages.post(access.found, access.actor.who(), true, body, documents(taken, CaseDocument.Role.SUPPLEMENT));
		}
		catch (IllegalStateException closed) {
			model.addAttribute("typedMessage", body);
			return page(access, locale, model, List.of(new FieldError("body", "cases.message.error.closed", List.of())), null);
		}
		return "redirect:" + access.base + "?sent#messages";
	}

	@PostMapping({"/my-pages/cases/{number}/supplement", "/track/{token}/supplement"})
	String supplement(@PathVariable Optional<String> number, @PathVariable Optional<String> token,
			@RequestParam(defaultValue = "") String answer,
			@RequestParam(name = "supplementFiles", required = false) List<MultipartFile> given,
			HttpServletRequest request, Locale locale, Model model) {
		Access access = token.isPresent() ? byToken(token.get()) : access(number.orElseThrow(), request);
		List<FieldError> errors = new ArrayList<>();
		CaseFiles.Taken taken = files.takeAttachments("supplementFiles", given == null ? List.of() : given);
		if (taken.error() != null) {
			errors.add(taken.error());
		}
		if (answer.isBlank() && taken.files().isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("answer", "cases.supplement.error.empty", List.of()));
		}
		if (answer.length() > org.cityhall.cases.CaseMessage.LIMIT) {
			errors.add(new FieldError("answer", "cases.message.error.too-long", List.of(org.cityhall.cases.CaseMessage.LIMIT)));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("typedSupplement", answer);
			return page(access, locale, model, errors, null);
		}
		try {
			handling.supplement(access.actor, access.found.number(), answer, documents(taken, CaseDocument.Role.SUPPLEMENT));
		}
		catch (IllegalStateException notAsked) {
			return "redirect:" + access.base;
		}
		return "redirect:" + access.base + "?supplemented";
	}

	@GetMapping({"/my-pages/cases/{number}/withdraw", "/track/{token}/withdraw"})
	String confirmWithdrawal(@PathVariable Optional<String> number, @PathVariable Optional<String> token,
			HttpServletRequest request, Locale locale, Model model) {
		Access access = token.isPresent() ? byToken(token.get()) : access(number.orElseThrow(), request);
		model.addAttribute("case", access.found);
		model.addAttribute("base", access.base);
		return access.found.status().isOpen() ? "cases/withdraw" : "redirect:" + access.base;
	}

	@PostMapping({"/my-pages/cases/{number}/withdraw", "/track/{token}/withdraw"})
	String withdraw(@PathVariable Optional<String> number, @PathVariable Optional<String> token,
			HttpServletRequest request) {
		Access access = token.isPresent() ? byToken(token.get()) : access(number.orElseThrow(), request);
		try {
			handling.withdraw(access.actor, access.found.number());
		}
		catch (IllegalStateException decided) {
			return "redirect:" + access.base;
		}
		return "redirect:" + access.base + "?withdrawn";
	}

	private String page(Access access, Locale locale, Model model, List<FieldError> errors, String notice) {
		Case found = access.found;
		views.describe(found, cases.documents(found.id()), locale, model);
		model.addAttribute("timeline", handling.timelineForApplicant(found));
		model.addAttribute("messages", messages.thread(found, true));
		model.addAttribute("base", access.base);
		model.addAttribute("errors", errors);
		return "cases/case";
	}

	private static List<CaseDocument> documents(CaseFiles.Taken taken, CaseDocument.Role role) {
		List<CaseDocument> documents = new ArrayList<>();
		java.time.Instant now = java.time.Instant.now();
		for (Draft.UploadedFile file : taken.files()) {
			documents.add(CaseFiles.document(file, role, now));
		}
		return documents;
	}

	/** A case reached by its applicant, with how they reached it. */
	private record Access(Case found, Actor actor, String base, Optional<String> token) {
	}

	private Access access(String number, HttpServletRequest request) {
		CaseNumber parsed = CaseNumber.parse(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Actor> actor = applicants.signedIn(request);
		if (actor.isPresent()) {
			return new Access(handling.openAsApplicant(actor.get(), parsed), actor.get(),
					"/my-pages/cases/" + parsed.value(), Optional.empty());
		}
		// An applicant without login, just after submitting: the receipt page shows their private link once.
		HttpSession session = request.getSession(false);
		String token = session == null ? null : (String) session.getAttribute(ApplicationController.LAST_RECEIPT + "." + parsed);
		if (token == null) {
			throw new CaseAccessDenied("no access to " + parsed);
		}
		Access byToken = byToken(token);
		return new Access(byToken.found, byToken.actor, byToken.base, Optional.of(token));
	}

	private Access byToken(String token) {
		if (token.length() > 100) {
			throw new CaseAccessDenied("not a private link");
		}
		Case found = cases.findByAccessTokenHash(Submissions.hash(token))
				.orElseThrow(() -> new CaseAccessDenied("not a private link"));
		Party applicant = found.facts().applicant();
		Actor actor = new Actor(applicant, applicant, Actor.Representation.SELF, java.util.Set.of(),
				org.cityhall.shared.LevelOfAssurance.EMAIL_CODE);
		return new Access(found, actor, "/track/" + token, Optional.empty());
	}
}
