package org.cityhall.web.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCompressionTest {

	private static final String PAGE = "<!DOCTYPE html><html lang=\"sv\"><body><h1>Mina sidor</h1>" + "<p>Ärende MO-2026-000001</p>".repeat(200)
			+ "</body></html>";

	private final PageCompression filter = new PageCompression();
	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-pages");
	private final MockHttpServletResponse response = new MockHttpServletResponse();

	PageCompressionTest() {
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
	}

	@Test
	void aPageIsSentAsGzipThatGivesBackThePage() throws Exception {
		filter.doFilter(request, response, page(PAGE));

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeaders("Vary")).contains("Accept-Encoding");
		assertThat(response.getContentLengthLong()).isZero();
		assertThat(response.getContentAsByteArray().length).isLessThan(PAGE.length() / 4);
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	@Test
	void aPageWrittenAsBytesWithItsLengthIsSentAsGzipWithoutThatLength() throws Exception {
		filter.doFilter(request, response, (req, res) -> {
			byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
			res.setContentType("text/html;charset=UTF-8");
			res.setContentLength(bytes.length);
			res.getOutputStream().write(bytes);
		});

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeader("Content-Length")).isNull();
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	@Test
	void aLongPageIsSentAsItIsCompressedAndStillGivesBackThePage() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 60_000; i++) {
			text.append("<p>").append(Integer.toHexString(i * 0x9E3779B1)).append("</p>\n");
		}
		String page = text.toString();

		filter.doFilter(request, response, page(page));

		assertThat(response.getContentAsByteArray().length).isGreaterThan(PageCompression.GzipBody.HOLD_AT_MOST);
		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(page);
	}

	@Test
	void nothingIsCompressedForAClientThatDoesNotAcceptGzip() throws Exception {
		filter.doFilter(request("GET", "gzip;q=0, identity"), response, page(PAGE));

		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(PageCompression.acceptsGzip(new MockHttpServletRequest())).isFalse();
		assertThat(PageCompression.acceptsGzip(withAcceptEncoding("*"))).isTrue();
		assertThat(PageCompression.acceptsGzip(withAcceptEncoding("br, GZIP;q=0.5"))).isTrue();
		assertThat(PageCompression.acceptsGzip(withAcceptEncoding("br, gzip;q=x"))).isFalse();
	}

	@Test
	void otherTypesAreLeftToTheServerWithTheirLength() throws Exception {
		filter.doFilter(request, response, (req, res) -> {
			res.setContentType("application/json");
			res.setContentLength(13);
			res.getWriter().write("{\"ok\": true }");
		});

		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentLength()).isEqualTo(13);
		assertThat(response.getContentAsString()).isEqualTo("{\"ok\": true }");
	}

	@Test
	void aHeadRequestIsLeftToTheServer() throws Exception {
		filter.doFilter(request("HEAD", "gzip"), response, page(PAGE));

		assertThat(response.getHeader("Content-Encoding")).isNull();
	}

	@Test
	void anErrorAfterThePageWasWrittenButNotSentGoesOutUncompressed() throws Exception {
		filter.doFilter(request, response, (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write(PAGE);
			((HttpServletResponse) res).sendError(500);
		});

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getHeader("Content-Encoding")).isNull();
	}

	@Test
	void aFailureWhileWritingThePageLeavesTheResponseUncompressedForTheErrorPage() {
		assertThatIllegalStateException().isThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write(PAGE);
			throw new IllegalStateException("the template failed");
		})).withMessage("the template failed");

		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aPageWrittenAfterAResetBufferIsTheOnlyOneSent() throws Exception {
		filter.doFilter(request, response, (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			var stream = res.getOutputStream();
			stream.write("<p>första försöket</p>".getBytes(StandardCharsets.UTF_8));
			res.resetBuffer();
			stream.write(PAGE.getBytes(StandardCharsets.UTF_8));
		});

		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	@Test
	void theWriterAndTheStreamAreNotBothGiven() throws Exception {
		filter.doFilter(request, response, (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write(PAGE);
			assertThatIllegalStateException().isThrownBy(res::getOutputStream);
		});

		assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
	}

	private static FilterChain page(String html) {
		return (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			PrintWriter writer = res.getWriter();
			writer.write(html);
			writer.flush();
		};
	}

	private static MockHttpServletRequest withAcceptEncoding(String value) {
		return request("GET", value);
	}

	private static MockHttpServletRequest request(String method, String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/my-pages");
		request.addHeader("Accept-Encoding", acceptEncoding);
		return request;
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
