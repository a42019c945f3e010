package org.cityhall.web.frame;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cityhall.web.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error a visitor can meet, as a page of the frame in their language, or as RFC 9457
 * problem details for API clients. Never a stack trace, SQL or an internal id.
 */
@Controller
class ErrorPageController implements ErrorController {

	/** Statuses with a page of their own; others are shown with the text of their family. */
	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 500);

	private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

	private final MessageSource messages;
	private final Object[] uploadLimits;

	ErrorPageController(MessageSource messages, ObjectProvider<MultipartConfigElement> multipart) {
		this.messages = messages;
		MultipartConfigElement limits = multipart.getIfAvailable(() -> new MultipartConfigElement(""));
		this.uploadLimits = new Object[] {megabytes(limits.getMaxFileSize()), megabytes(limits.getMaxRequestSize())};
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		int status = statusOf(request);
		response.setStatus(status);
		ModelAndView page = new ModelAndView("web/error", HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("kind", kindOf(status));
		page.addObject("arguments", argumentsFor(status));
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		int status = statusOf(request);
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		String kind = kindOf(status);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("error." + kind + ".title", null, locale));
		problem.setDetail(messages.getMessage("error." + kind + ".text", argumentsFor(status), locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer status && status >= 400 && status < 600) {
			return status;
		}
		return 500;
	}

	/** A request over the upload limits is told the limits; other pages' texts take no arguments. */
	private Object[] argumentsFor(int status) {
		return status == 413 ? uploadLimits.clone() : null;
	}

	/** Megabytes as the message formats them; "no limit" (-1) stays -1 and is never the reason for a 413. */
	private static BigDecimal megabytes(long bytes) {
		return bytes < 0 ? BigDecimal.valueOf(-1)
				: BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.DOWN).stripTrailingZeros();
	}

	private static String kindOf(int status) {
		if (EXPLAINED.contains(status)) {
			return String.valueOf(status);
		}
		return status < 500 ? "4xx" : "5xx";
	}
}
