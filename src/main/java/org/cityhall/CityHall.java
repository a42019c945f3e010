package org.cityhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CityHall: the city's e-service platform. One application; each top-level package below this one
 * is a module whose boundaries Spring Modulith verifies. {@code archive verify} on the command line
 * verifies the e-archive instead of starting the application ({@link ArchiveCommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CityHall {

	public static void main(String[] args) {
		if (ArchiveCommandLine.matches(args)) {
			System.exit(ArchiveCommandLine.run(args));
		}
		SpringApplication.run(CityHall.class, args);
	}
}
