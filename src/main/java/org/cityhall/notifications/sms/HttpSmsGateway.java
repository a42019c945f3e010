package org.cityhall.notifications.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * A gateway reached over HTTP: each message is a JSON {@code POST} of {@code {"to", "text",
 * "reference"}} to the gateway's address with the token as a bearer token. Any 2xx answer means
 * the gateway took the message; anything else, or no answer within the timeout, is a failure the
 * outbox retries.
 */
public class HttpSmsGateway implements SmsGateway {

	private final Supplier<URI> url;
	private final String token;
	private final RestClient client;

	/**
	 * @param url where to post, asked for at each message (the demo stand-in knows its port only once the server runs)
	 * @param token the bearer token the gateway expects
	 * @param timeout how long to wait to connect and for the answer
	 */
	public HttpSmsGateway(Supplier<URI> url, String token, Duration timeout) {
		this.url = Objects.requireNonNull(url, "url");
		this.token = Objects.requireNonNull(token, "token");
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build());
		requests.setReadTimeout(timeout);
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public void send(TextMessage message) {
		try {
			client.post()
					.uri(url.get())
					.contentType(MediaType.APPLICATION_JSON)
					.accept(MediaType.APPLICATION_JSON)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.body(new Body(message.to(), message.text(), message.reference()))
					.retrieve()
					.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			throw new SmsNotSent("the SMS gateway answered " + ex.getStatusCode().value());
		}
		catch (RestClientException ex) {
			Throwable cause = ex.getMostSpecificCause();
			throw new SmsNotSent("the SMS gateway could not be reached: " + cause.getClass().getSimpleName(), ex);
		}
	}

	/** The JSON the gateway receives. */
	record Body(String to, String text, String reference) {
	}
}
