package org.cityhall.cases.api;

import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * What the cases API answers instead of doing what was asked, as an RFC 9457 problem: bad input names
 * the field, a case of another department is simply not found, a move the case cannot make now is a conflict.
 */
public final class ApiProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;
	private final transient Optional<String> field;

	private ApiProblem(HttpStatus status, String detail, Optional<String> field) {
		super(detail);
		this.status = status;
		this.field = field;
	}

	/** Bad input: the field (body property, query parameter or header) and what is wrong with it. */
	public static ApiProblem badInput(String field, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, Optional.of(field));
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail, Optional.empty());
	}

	/** The request is right but cannot be done in the state things are in. */
	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, detail, Optional.empty());
	}

	/** An Idempotency-Key used again for a different request. */
	public static ApiProblem unprocessable(String field, String detail) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, detail, Optional.of(field));
	}

	public HttpStatus status() {
		return status;
	}

	public Optional<String> field() {
		return field;
	}
}
