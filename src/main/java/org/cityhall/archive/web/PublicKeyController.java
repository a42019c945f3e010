package org.cityhall.archive.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cityhall.archive.signing.SigningKey;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public key the archive's checkpoints are signed with, for anyone to check them: as PEM, and as a
 * JSON Web Key (RFC 8037: {@code kty} OKP, {@code crv} Ed25519).
 */
@RestController
@Tag(name = "Archive", description = "The e-archive's tamper evidence")
class PublicKeyController {

	private final SigningKey key;

	PublicKeyController(SigningKey key) {
		this.key = key;
	}

	@GetMapping(path = "/archive/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The archive's checkpoint signing key, PEM (X.509 SubjectPublicKeyInfo)")
	String pem() {
		return key.publicKeyPem();
	}

	@GetMapping(path = "/archive/public-key.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The archive's checkpoint signing key as a JSON Web Key (Ed25519)")
	Map<String, String> jwk() {
		Map<String, String> jwk = new LinkedHashMap<>();
		jwk.put("kty", "OKP");
		jwk.put("crv", "Ed25519");
		jwk.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(key.publicKeyRaw()));
		jwk.put("kid", key.keyId());
		jwk.put("use", "sig");
		jwk.put("alg", "EdDSA");
		return jwk;
	}
}
