package org.cityhall.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.html.HtmlChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the frame, error pages included, is valid HTML by the Nu HTML Checker in Swedish
 * and in English, as the real server sends it to a browser: over HTTP, through every filter, with
 * the language the visitor chose remembered in its cookie.
 */
@CityHallWebTest
class ValidHtmlTest {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final List<Arguments> PAGES = List.of(
			page("home", "/", 200),
			page("life situation", "/life-situations/children-and-school", 200),
			page("e-service", "/eservices/residents-parking-permit", 200),
			page("e-service with information pages to read", "/eservices/building-permit", 200),
			page("information page with a table", "/information/bygglov", 200),
			page("information pages", "/information", 200),
			page("catalogue filter with results", "/eservices?q=parkering", 200),
			page("catalogue filter without results", "/eservices?q=zzzqqq", 200),
			page("catalogue filter text too long", "/eservices?q=" + "a".repeat(10_000), 200),
			page("accessibility statement", "/accessibility", 200),
			page("privacy", "/privacy", 200),
			page("contact", "/contact", 200),
			page("not found", "/eservices/no-such-service", 404),
			page("bad request", "/eservices;jsessionid=x", 400));

	@LocalServerPort
	int port;

	static Stream<Arguments> pagesInBothLanguages() {
		return Stream.of("sv", "en").flatMap(language -> PAGES.stream()
				.map(page -> Arguments.of(language, page.get()[0], page.get()[1], page.get()[2])));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pagesInBothLanguages")
	void everyPageIsValidHtmlInTheVisitorsLanguage(String language, String name, String path, int status) throws Exception {
		HttpResponse<String> response = visitorIn(language).send(get(path), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as("status of the %s page", name).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as("type of the %s page", name).startsWith("text/html");
		assertThat(response.body()).as("language of the %s page", name).containsPattern("<html\\b[^>]*\\blang=\"" + language + "\"");
		HtmlChecker.assertValid(response.body(), name + " (GET " + abbreviated(path) + ", " + language + ")");
	}

	/** A client that keeps cookies and has chosen its language the way a visitor does, with the switch. */
	private HttpClient visitorIn(String language) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<Void> chosen = client.send(get("/?lang=" + language), HttpResponse.BodyHandlers.discarding());
		assertThat(chosen.statusCode()).isEqualTo(200);
		return client;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", BROWSER_ACCEPT).build();
	}

	private static Arguments page(String name, String path, int status) {
		return Arguments.of(name, path, status);
	}

	private static String abbreviated(String path) {
		return path.length() <= 80 ? path : path.substring(0, 80) + "… (" + path.length() + " characters)";
	}
}
