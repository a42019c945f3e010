package org.cityhall.testing.html;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CityHallWebTest
class ScratchProbeTest {

	@LocalServerPort
	int port;

	@Test
	void probe() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String[] paths = { "/eservices/no-such-service?lang=sv", "/eservices/no-such-service?lang=en", "/eservices/no-such-service", "/no-such-page?lang=en", "/no-such-page",
				"/eservices;x", "/eservices?q=%", "/eservices?q=%zz", "/eservices/%2e%2e", "/eservices//x", "/life-situations/%ZZ", "/eservices?lang=en&q=%", "/favicon.ico", "/eservices/%0a" };
		for (String accept : new String[] { "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" }) {
			for (String path : paths) {
				try {
					HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
					String body = r.body();
					System.out.println("PROBE " + path + " -> " + r.statusCode() + " " + r.headers().firstValue("content-type").orElse("-") + " " + r.headers().allValues("set-cookie") + " :: "
							+ body.substring(0, Math.min(160, body.length())).replace("\n", " "));
				}
				catch (Exception ex) {
					System.out.println("PROBE " + path + " -> " + ex);
				}
			}
		}
	}
}
