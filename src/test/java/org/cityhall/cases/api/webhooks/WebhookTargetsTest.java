package org.cityhall.cases.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

	private final WebhookTargets production = new WebhookTargets(false, WebhookTargetsTest::resolve);
	private final WebhookTargets demo = new WebhookTargets(true, WebhookTargetsTest::resolve);

	@Test
	void anInternetUrlIsTaken() {
		assertThat(production.problem("https://ecos.example.org/cityhall/events")).isEmpty();
		assertThat(production.problem("http://93.184.215.14:8080/in?x=1")).isEmpty();
	}

	@Test
	void onlyHttpAndHttpsAreTaken() {
		assertThat(production.problem("ftp://ecos.example.org/in")).hasValueSatisfying(p -> assertThat(p).contains("http"));
		assertThat(production.problem("file:///etc/passwd")).isPresent();
		assertThat(production.problem("javascript:alert(1)")).isPresent();
		assertThat(production.problem("//ecos.example.org/in")).isPresent();
		assertThat(production.problem(null)).isPresent();
		assertThat(production.problem("https://" + "a".repeat(2000) + ".org")).isPresent();
	}

	@Test
	void credentialsInTheUrlAreRefused() {
		assertThat(production.problem("https://user:secret@ecos.example.org/in"))
				.hasValueSatisfying(p -> assertThat(p).contains("user name or password"));
	}

	@Test
	void loopbackPrivateAndLinkLocalAddressesAreRefusedInProduction() {
		for (String url : new String[] {"http://127.0.0.1/in", "http://localhost:8080/in", "http://[::1]/in",
				"http://10.1.2.3/in", "http://172.16.0.9/in", "http://192.168.1.1/in", "http://169.254.169.254/latest/meta-data",
				"http://0.0.0.0/in", "http://100.64.0.1/in", "http://[fd00::1]/in", "http://[::ffff:10.0.0.1]/in",
				"http://intranet.example.org/in"}) {
			assertThat(production.problem(url)).as(url).hasValueSatisfying(p -> assertThat(p).contains("internal"));
		}
	}

	@Test
	void loopbackIsAllowedWhereConfigured() {
		assertThat(demo.problem("http://127.0.0.1:8081/hooks")).isEmpty();
		assertThat(demo.problem("ftp://127.0.0.1/hooks")).isPresent();
	}

	@Test
	void aHostThatDoesNotResolveIsRefused() {
		assertThat(production.problem("https://nowhere.invalid/in"))
				.hasValueSatisfying(p -> assertThat(p).contains("cannot be resolved"));
	}

	/** Names resolve without asking DNS: the internal one to a private address, .invalid to nothing. */
	private static InetAddress[] resolve(String host) throws UnknownHostException {
		switch (host) {
			case "ecos.example.org":
				return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})};
			case "intranet.example.org":
				return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
			case "localhost":
				return new InetAddress[] {InetAddress.getLoopbackAddress()};
			default:
				if (host.endsWith(".invalid") || host.endsWith(".org")) {
					throw new UnknownHostException(host);
				}
				return InetAddress.getAllByName(host);
		}
	}
}
