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
		useTheJdksXmlFactories();
		if (ArchiveCommandLine.matches(args)) {
			System.exit(ArchiveCommandLine.run(args));
		}
		SpringApplication.run(CityHall.class, args);
	}

	/**
	 * Names the JDK's own XML parser and transformer factories, which are the ones found anyway (no jar
	 * brings another). Unnamed, every lookup scans each jar in the application for a service entry, and
	 * PDF documents make several per page (their XMP metadata): that scan was a fifth of their rendering.
	 * A factory named on the command line is kept.
	 */
	static void useTheJdksXmlFactories() {
		System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
				"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
				"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
	}
}
