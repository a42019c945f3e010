package org.cityhall.identity.demo;

import java.io.IOException;
import java.nio.file.Path;

import org.cityhall.identity.ImportReport;
import org.cityhall.identity.RegisterImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills empty registers with the demo city before CityHall takes requests: generates
 * the extracts for {@code cityhall.demo.seed}, writes them to {@code cityhall.demo.extracts}
 * for anyone to look at, and imports them like any city's extracts. Registers that hold data are
 * left alone, so the demo city survives restarts and changes made to it.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoCityLoader implements SmartLifecycle {

	static final String IMPORTED_BY = "demo-city";

	private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

	private final RegisterImports imports;
	private final JdbcClient jdbc;
	private final long seed;
	private final Path extracts;
	private volatile boolean running;

	DemoCityLoader(RegisterImports imports, JdbcClient jdbc,
			@Value("${cityhall.demo.seed:" + DemoCity.DEFAULT_SEED + "}") long seed,
			@Value("${cityhall.demo.extracts:data/demo-city}") Path extracts) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.seed = seed;
		this.extracts = extracts;
	}

	@Override
	public void start() {
		if (registersAreEmpty()) {
			load(seed, extracts);
		}
		else {
			log.info("The registers hold data; the demo city is not loaded again");
		}
		running = true;
	}

	/** Generates the demo city for a seed, writes its extracts to the directory if it can, and imports them. */
	ImportReport load(long seed, Path directory) {
		long started = System.nanoTime();
		DemoExtract extract = DemoCity.generate(seed);
		ImportReport report;
		try {
			extract.writeTo(directory);
			report = imports.importExtract(directory, IMPORTED_BY);
		}
		catch (IOException ex) {
			log.warn("Could not write the demo city's extracts to {} ({}); importing them from memory", directory.toAbsolutePath(),
					ex.toString());
			report = imports.importExtract(extract.readers(), IMPORTED_BY);
		}
		log.info("Loaded the demo city (seed {}): {} residents, {} vehicles, {} companies in {} ms; extracts in {}", seed,
				extract.rows(RegisterImports.PERSONS), extract.rows(RegisterImports.VEHICLES),
				extract.rows(RegisterImports.COMPANIES), (System.nanoTime() - started) / 1_000_000, directory.toAbsolutePath());
		return report;
	}

	boolean registersAreEmpty() {
		return jdbc.sql("""
				SELECT NOT EXISTS (SELECT 1 FROM identity_person) AND NOT EXISTS (SELECT 1 FROM identity_vehicle)
				   AND NOT EXISTS (SELECT 1 FROM identity_company)
				""").query(Boolean.class).single();
	}

	/** Before the web server opens, so that the demo login finds its personas from the first request. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
