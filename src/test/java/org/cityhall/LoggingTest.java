package org.cityhall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;

import static org.assertj.core.api.Assertions.assertThat;

/** CityHall logs through its own configuration, not the logback.xml a library on the class path ships. */
@CityHallWebTest
@ExtendWith(OutputCaptureExtension.class)
class LoggingTest {

	@Test
	void logsGoToTheConsoleInSpringBootsFormatAndNoLibraryLogFileIsWritten(CapturedOutput output) {
		LoggerFactory.getLogger(LoggingTest.class).info("a line to find in the console");

		assertThat(output.getOut()).containsPattern("INFO \\d+ --- \\[cityhall\\] .*cityhall\\.LoggingTest\\s+: a line to find in the console");
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		List<String> appenders = new ArrayList<>();
		for (Logger logger : context.getLoggerList()) {
			logger.iteratorForAppenders().forEachRemaining((Appender<?> appender) -> appenders.add(appender.getName()));
		}
		assertThat(appenders).containsOnly("CONSOLE");
		assertThat(Files.exists(Path.of("commons-ip.log.txt"))).isFalse();
	}
}
