package org.cityhall.identity;

import java.util.List;

/**
 * The staff roles the platform knows to begin with. Later modules add their own (head teacher,
 * care staff, landlord, clerks); a role is only a name here and data in the staff tables.
 */
public final class StaffRoles {

	public static final String OFFICER = "officer";
	public static final String CONTACT_CENTRE_AGENT = "contact-centre-agent";
	public static final String TRAFFIC_WARDEN = "traffic-warden";
	public static final String ARCHIVIST = "archivist";
	public static final String PROGRAMME_ANALYST = "programme-analyst";
	public static final String PLATFORM_ADMINISTRATOR = "platform-administrator";
	/** May see protected identities (skyddad folkbokföring) in full, never their address. */
	public static final String PROTECTED_IDENTITY_READER = "protected-identity-reader";
	/** Writes a department's information pages; the catalogue checks it by the same name. */
	public static final String CONTENT_EDITOR = "content-editor";
	/** Approves (never their own), sends back and withdraws a department's information pages. */
	public static final String CONTENT_PUBLISHER = "content-publisher";

	public static final List<String> ALL = List.of(OFFICER, CONTACT_CENTRE_AGENT, TRAFFIC_WARDEN, ARCHIVIST,
			PROGRAMME_ANALYST, PLATFORM_ADMINISTRATOR, PROTECTED_IDENTITY_READER, CONTENT_EDITOR, CONTENT_PUBLISHER);

	private StaffRoles() {
	}

	/** The Spring Security authority for a role: {@code platform-administrator} → {@code ROLE_PLATFORM_ADMINISTRATOR}. */
	public static String authority(String role) {
		return "ROLE_" + role.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
	}
}
