package org.cityhall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.cityhall.archive.filing.FilingRecords;
import org.cityhall.archive.signing.Checkpoints;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Party;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.ScopedRole;
import org.cityhall.testing.CityHallWebTest;
import org.cityhall.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Archivists verify the archive over the API; anyone can check a checkpoint with the published key. */
@CityHallWebTest
class ArchiveApiTest {

	private static final RequestPostProcessor ARCHIVIST = SignedInAs.staff("archivist", ScopedRole.cityWide(StaffRoles.ARCHIVIST));
	private static final RequestPostProcessor OFFICER = SignedInAs.staff("officer-environment-health",
			ScopedRole.inDepartment(StaffRoles.OFFICER, "environment-health"));

	@Autowired
	MockMvc mvc;

	@Autowired
	FilingRecords filing;

	@Autowired
	Checkpoints checkpoints;

	@Test
	void anArchivistVerifiesTheArchiveAndReadsTheReportAgain() throws Exception {
		filing.file(TestRecord.about(new Party.Person(PersonalIdentityNumber.parse("196606309950"), "Anders Holm"), List.of()));

		mvc.perform(post("/api/v1/archive/verification").with(ARCHIVIST).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(true))
				.andExpect(jsonPath("$.documentsChecked").value(true));
		mvc.perform(get("/api/v1/archive/verification").with(ARCHIVIST))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void onlyArchivistsMayVerify() throws Exception {
		mvc.perform(post("/api/v1/archive/verification").with(OFFICER).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/archive/verification")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aCheckpointVerifiesWithThePublishedKeyAsPemAndAsJwk() throws Exception {
		filing.file(TestRecord.about(new Party.Person(PersonalIdentityNumber.parse("196606309950"), "Anders Holm"), List.of()));
		Checkpoints.Checkpoint checkpoint = checkpoints.sign().orElseThrow();

		String pem = mvc.perform(get("/archive/public-key")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.startsWith("-----BEGIN PUBLIC KEY-----")))
				.andReturn().getResponse().getContentAsString();
		byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
		verifier.update(Checkpoints.message(checkpoint.sequence(), checkpoint.hash(), checkpoint.signedAt()));
		assertThat(verifier.verify(checkpoint.signature())).isTrue();

		JsonNode jwk = JsonMapper.builder().build().readTree(mvc.perform(get("/archive/public-key.json"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(jwk.get("crv").asString()).isEqualTo("Ed25519");
		assertThat(Base64.getUrlDecoder().decode(jwk.get("x").asString())).hasSize(32)
				.isEqualTo(java.util.Arrays.copyOfRange(der, der.length - 32, der.length));
		assertThat(jwk.get("kid").asString()).isEqualTo(checkpoint.keyId());
	}
}
