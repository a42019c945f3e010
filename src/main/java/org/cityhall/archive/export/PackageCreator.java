package org.cityhall.archive.export;

import java.util.Objects;

/**
 * Who creates the city's E-ARK packages: the city, as an organisation with its identification code
 * (organisation number), and CityHall as the software, with its version.
 */
public record PackageCreator(String name, String identification, String softwareVersion) {

	static final String SOFTWARE = "CityHall";

	public PackageCreator {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(identification, "identification");
		softwareVersion = softwareVersion == null || softwareVersion.isBlank() ? "development" : softwareVersion;
	}
}
