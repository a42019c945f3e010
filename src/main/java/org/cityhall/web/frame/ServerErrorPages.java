package org.cityhall.web.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Some requests are refused by the web server before CityHall sees them (an address with an
 * encoded NUL byte, a malformed request line). Those get the city's own bilingual page instead of
 * the server's, still without a stack trace or server version.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Path page = writePage();
		factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			ErrorReportValve valve = null;
			for (Valve existing : host.getPipeline().getValves()) {
				if (existing instanceof ErrorReportValve report) {
					valve = report;
				}
			}
			if (valve == null) {
				valve = new ErrorReportValve();
				host.getPipeline().addValve(valve);
			}
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			valve.setProperty("errorCode.0", page.toString());
		});
	}

	private static Path writePage() {
		try (var in = new ClassPathResource("templates/web/server-error.html").getInputStream()) {
			Path file = Files.createTempFile("cityhall-server-error", ".html");
			Files.write(file, in.readAllBytes());
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the server's error page", ex);
		}
	}
}
