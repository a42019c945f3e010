package org.cityhall.billing;

/**
 * The payment provider could not be asked, or gave no usable answer. The message says which
 * provider, what was asked and what went wrong; it never holds the API key.
 */
public class PaymentProviderException extends RuntimeException {

	private final Problem problem;

	public PaymentProviderException(Problem problem, String message) {
		super(message);
		this.problem = problem;
	}

	public PaymentProviderException(Problem problem, String message, Throwable cause) {
		super(message, cause);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	/** What kind of trouble. */
	public enum Problem {

		/** No provider is configured ({@code cityhall.billing.provider.url}). */
		NOT_CONFIGURED,

		/** The provider did not answer in time, could not be reached, or answered with a server error (5xx). Try again later. */
		UNAVAILABLE,

		/** The provider refused the request (4xx but 404): a wrong API key, a request it found wrong. */
		REFUSED,

		/** The provider answered 404: it knows no such payment (or the URL is wrong). */
		NOT_FOUND,

		/** The provider's answer could not be read: not JSON, or without the fields the protocol promises. */
		UNREADABLE
	}
}
