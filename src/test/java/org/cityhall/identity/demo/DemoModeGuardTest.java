package org.cityhall.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import org.cityhall.CityHall;
import org.cityhall.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** The demo eID signs anyone in as anyone, so it refuses to run beside the production profile. */
class DemoModeGuardTest {

	@Test
	void demoModeWithTheProductionProfileStopsTheStartWithAClearMessage() throws Exception {
		TestDatabase.Connection db = TestDatabase.connection();
		// The production profile also needs the archive's signing key; given, so that only demo mode is refused.
		KeyPair archiveKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		assertThatThrownBy(() -> new SpringApplicationBuilder(CityHall.class)
				.web(WebApplicationType.NONE)
				.profiles("prod")
				.run("--cityhall.demo=true", "--spring.datasource.url=" + db.url(),
						"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
						"--cityhall.archive.signing-key=" + Base64.getEncoder().encodeToString(archiveKey.getPrivate().getEncoded()),
						"--cityhall.archive.public-key=" + Base64.getEncoder().encodeToString(archiveKey.getPublic().getEncoded())))
				.satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
						.isInstanceOf(DemoModeGuard.DemoModeInProductionException.class)
						.hasMessageContaining("cannot run with the production profile 'prod'"));
	}
}
