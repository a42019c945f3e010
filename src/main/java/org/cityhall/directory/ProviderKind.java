package org.cityhall.directory;

import java.util.Locale;
import java.util.Optional;

/** What a provider provides, and the e-service one applies for it with. */
public enum ProviderKind {
	PRESCHOOL("preschool-application"), SCHOOL("school-application"), CARE_HOME("elderly-support-application"),
	HOME_HELP("elderly-support-application");

	private final String applicationEService;

	ProviderKind(String applicationEService) {
		this.applicationEService = applicationEService;
	}

	/** The catalogue's id of the e-service to apply with. */
	public String applicationEService() {
		return applicationEService;
	}

	/** Lower case with hyphens, as files, addresses and message keys write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ProviderKind> fromCode(String code) {
		for (ProviderKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
