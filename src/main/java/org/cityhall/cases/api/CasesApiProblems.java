package org.cityhall.cases.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.cityhall.cases.CaseAccessDenied;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem details for the cases and webhooks API, with a {@code detail} an operations system's
 * developer can act on and, for bad input, the {@code field} at fault. Ahead of the frame's general
 * problem details, which still answer what is not handled here (an unsupported media type, a wrong method).
 */
@RestControllerAdvice(basePackageClasses = CasesApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CasesApiProblems {

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
		ProblemDetail detail = detail(problem.status(), problem.getMessage(), request);
		problem.field().ifPresent(field -> detail.setProperty("field", field));
		return answer(detail);
	}

	@ExceptionHandler(CaseAccessDenied.class)
	ResponseEntity<ProblemDetail> notFound(CaseAccessDenied denied, HttpServletRequest request) {
		// Another department's case is answered as if there were none, so a number reveals nothing.
		return answer(detail(HttpStatus.NOT_FOUND, "no such case in the client's department", request));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> changedMeanwhile(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return answer(detail(HttpStatus.CONFLICT, ex.getMessage() + "; read the case again and retry", request));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		String detail = message.startsWith("Required request body is missing") ? "a JSON body is required"
				: "the body is not JSON of the expected shape: " + firstLine(message);
		ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, detail, request);
		problem.setProperty("field", "body");
		return answer(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, ex.getName() + " is not valid: " + ex.getValue(), request);
		problem.setProperty("field", ex.getName());
		return answer(problem);
	}

	private static ProblemDetail detail(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException notAUri) {
			// Left out: the problem is still whole without it.
		}
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String firstLine(String message) {
		String line = message.lines().findFirst().orElse("");
		int cut = line.indexOf(" at [Source");
		line = cut > 0 ? line.substring(0, cut) : line;
		return line.length() > 300 ? line.substring(0, 300) : line;
	}
}
