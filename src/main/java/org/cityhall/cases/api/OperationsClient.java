package org.cityhall.cases.api;

import java.util.Objects;
import java.util.Optional;

import org.cityhall.shared.Party;

/**
 * An operations system calling the cases API with an access token: the client it is, the one
 * department whose cases it reaches, and the name residents see on what it writes.
 *
 * @param department empty when the client belongs to no known department; such a client reaches nothing
 */
public record OperationsClient(String clientId, Optional<String> department, String name) {

	/** The OpenAPI security scheme operations systems authenticate by. */
	public static final String OPENAPI_SCHEME = "operations-system";

	public OperationsClient {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(name, "name");
	}

	/** The department; only called once the security rules let the client through, which needs one. */
	public String requireDepartment() {
		return department.orElseThrow(() -> new IllegalStateException("client " + clientId + " belongs to no department"));
	}

	/** The client as the member of staff a case's timeline and the audit log name. */
	public Party.Staff asStaff() {
		return new Party.Staff("api:" + clientId, name);
	}
}
