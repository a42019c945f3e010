package org.cityhall.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the limits (25 MB a file, 60 MB a request) gets a page that says so, in the
 * visitor's language, over the real server: that is where the limits are enforced.
 */
@CityHallWebTest
class UploadLimitsTest {

	private static final String BOUNDARY = "cityhall-test-boundary";
	private static final int MEGABYTE = 1024 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aFileOverTheLimitGetsAPageSayingTheFileIsTooLarge() throws Exception {
		HttpResponse<String> response = upload("/", 26, "text/html", null);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"sv\"", "city-header", "Filen är för stor",
						"En fil får vara högst 25 MB och allt du skickar på en gång högst 60 MB.")
				.doesNotContain("Exception", "at org.", "Tomcat");
	}

	@Test
	void aRequestOverTheLimitGetsThePageInTheVisitorsLanguage() throws Exception {
		HttpResponse<String> response = upload("/", 61, "text/html", "cityhall-lang=en");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html lang=\"en\"", "The file is too large",
				"A file can be at most 25 MB, and everything you send at once at most 60 MB.");
	}

	@Test
	void anApiClientGetsProblemDetailsForAnUploadOverTheLimit() throws Exception {
		HttpResponse<String> response = upload("/api/v1/anything", 26, "application/json", null);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(response.body()).contains("\"status\":413", "25 MB");
	}

	@Test
	void anUploadWithinTheLimitsStillReachesTheApplicationAndItsCsrfCheck() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(address("/login/demo")).build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).as("a form with a CSRF token").isTrue();

		HttpResponse<String> withToken = http.send(multipart("/accessibility", List.of(field("_csrf", token.group(1)), file(1)), "text/html", null),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> withoutToken = http.send(multipart("/accessibility", List.of(file(1)), "text/html", null),
				HttpResponse.BodyHandlers.ofString());

		assertThat(withToken.statusCode()).as("past the CSRF check to the page, which takes no posts").isEqualTo(405);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
	}

	@Test
	void aMalformedUploadGetsABadRequestPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(address("/"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end"))
				.build();

		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Något i förfrågan var fel").doesNotContain("Exception");
	}

	private HttpResponse<String> upload(String path, int megabytes, String accept, String cookie) throws Exception {
		return http.send(multipart(path, List.of(file(megabytes)), accept, cookie), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest multipart(String path, List<byte[]> parts, String accept, String cookie) {
		List<byte[]> body = new ArrayList<>(parts);
		body.add(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		long length = body.stream().mapToLong(part -> part.length).sum();
		HttpRequest.Builder request = HttpRequest.newBuilder(address(path))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("Accept", accept)
				.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(body), length));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	private static byte[] field(String name, String value) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
				.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] file(int megabytes) {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"plan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] part = new byte[head.length + megabytes * MEGABYTE + 2];
		System.arraycopy(head, 0, part, 0, head.length);
		part[part.length - 2] = '\r';
		part[part.length - 1] = '\n';
		return part;
	}

	private URI address(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
