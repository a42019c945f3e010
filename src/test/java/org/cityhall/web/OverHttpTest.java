package org.cityhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only the real server shows: compression, caching, refusals before the application and the operations endpoints. */
@CityHallWebTest
class OverHttpTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesAreCompressedForClientsThatAcceptIt() throws Exception {
		HttpResponse<InputStream> response = http.send(request("/").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		try (InputStream body = new GZIPInputStream(response.body())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("Stadens e-tjänster").endsWith("</html>\n");
		}
	}

	@Test
	void errorPagesAndStylesheetsAreCompressedToo() throws Exception {
		HttpResponse<InputStream> notFound = http.send(request("/eservices/no-such-service").header("Accept", "text/html")
				.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.headers().firstValue("Content-Encoding")).contains("gzip");
		try (InputStream body = new GZIPInputStream(notFound.body())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("Sidan hittades inte");
		}

		HttpResponse<InputStream> css = http.send(request("/assets/css/cityhall.css").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
		try (InputStream body = new GZIPInputStream(css.body())) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains(".city-header");
		}
	}

	@Test
	void assetsHaveVersionedUrlsAndAreCachedForAYear() throws Exception {
		String home = get("/").body();
		Matcher css = Pattern.compile("href=\"(/assets/css/cityhall-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(css.find()).as("a content-hashed stylesheet link").isTrue();
		HttpResponse<String> asset = get(css.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
		assertThat(home).containsPattern("/webjars/govuk-frontend/5\\.14\\.0/dist/govuk/govuk-frontend\\.min-[0-9a-f]{32}\\.css");
	}

	@ParameterizedTest
	@ValueSource(strings = {"/eservices/%00", "/eservices/%3Cscript%3E", "/eservices/..%2F..%2Fetc%2Fpasswd",
			"/life-situations/%E2%80%AE", "/eservices?q=%ff%fe%00", "/eservices?q=%25%", "/api/v1/eservices/%C0%AE",
			"/api/v1/eservices?lang=%00", "/?lang=xx-%%", "/eservices;jsessionid=x", "/eservices//x"})
	void hostileAddressesGetAClearAnswerAndNeverATrace(String path) throws Exception {
		Raw response = raw(path);
		assertThat(response.status()).as(path).isLessThan(500);
		assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "SQL", "Tomcat");
	}

	@Test
	void anUnknownAddressGivesBrowsersTheFramesNotFoundPage() throws Exception {
		HttpResponse<String> response = http.send(request("/eservices/no-such-service").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"sv\"", "Sidan hittades inte", "city-header");
	}

	@Test
	void anUnknownApiAddressGivesApiClientsProblemDetails() throws Exception {
		HttpResponse<String> response = http.send(request("/api/v1/no-such-thing").header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
	}

	@Test
	void aTenThousandCharacterFilterIsAnsweredWithAMessage() throws Exception {
		HttpResponse<String> response = get("/eservices?q=" + "a".repeat(10_000));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("govuk-error-summary", "högst 200 tecken");
	}

	@Test
	void healthIsUpWithProbesAndTheDatabaseInReadiness() throws Exception {
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
	}

	@Test
	void metricsAreExposedForPrometheus() throws Exception {
		HttpResponse<String> metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends the request line exactly as written, which java.net.URI would refuse or re-encode. */
	private Raw raw(String path) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(answer.substring(9, 12));
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			return new Raw(status, body);
		}
	}

	private record Raw(int status, String body) {
	}
}
