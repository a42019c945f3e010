package org.cityhall.notifications.sms;

/**
 * Where text messages leave CityHall: a gateway of an SMS operator, reached by {@link HttpSmsGateway}
 * or, in the demo city, the stand-in CityHall serves itself. Without one, CityHall sends no text
 * messages and nobody can add a mobile number.
 */
public interface SmsGateway {

	/**
	 * Hands the message to the gateway and returns once it accepted it.
	 *
	 * @throws SmsNotSent if the gateway could not be reached or refused the message
	 */
	void send(TextMessage message);

	/**
	 * @param to the mobile number in international form, {@code +46701234567}
	 * @param text what the message says
	 * @param reference our id of the message, the same each time the same message is retried
	 */
	record TextMessage(String to, String text, String reference) {
	}

	/** The gateway did not take the message; the message says why without the recipient's number. */
	final class SmsNotSent extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public SmsNotSent(String message) {
			super(message);
		}

		public SmsNotSent(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
