package org.cityhall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in docs/modules is kept current. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CityHall.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The documenter writes a diagram's relations in an order that changes from run to run; sorting each run of
	 * {@code Rel} lines keeps the committed diagrams still unless a dependency really changed.
	 */
	static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> sorted = new ArrayList<>(lines.size());
				List<String> run = new ArrayList<>();
				for (String line : lines) {
					if (line.startsWith("Rel")) {
						run.add(line);
						continue;
					}
					run.sort(null);
					sorted.addAll(run);
					run.clear();
					sorted.add(line);
				}
				run.sort(null);
				sorted.addAll(run);
				if (!sorted.equals(lines)) {
					Files.write(file, sorted);
				}
			}
		}
	}
}
