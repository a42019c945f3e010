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
		sortEventsListenedTo(Path.of("docs/modules"));
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
				writeIfChanged(file, sorted);
			}
		}
	}

	/**
	 * The canvases list the events a module listens to in an order that changes from run to run as well; each
	 * such list is sorted by event, so that only a new or removed listener changes a canvas.
	 */
	static void sortEventsListenedTo(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> sorted = new ArrayList<>(lines.size());
				for (int i = 0; i < lines.size(); i++) {
					sorted.add(lines.get(i));
					if (!lines.get(i).equals("|Events listened to")) {
						continue;
					}
					List<String> events = new ArrayList<>();
					int next = i + 1;
					while (next < lines.size() && (lines.get(next).startsWith("|* ") || lines.get(next).startsWith("* "))) {
						events.add(lines.get(next).startsWith("|") ? lines.get(next).substring(1) : lines.get(next));
						next++;
					}
					events.sort(null);
					for (int e = 0; e < events.size(); e++) {
						sorted.add(e == 0 ? "|" + events.get(e) : events.get(e));
					}
					i = next - 1;
				}
				writeIfChanged(file, sorted);
			}
		}
	}

	/** Writes the lines, each ended by a newline, unless the file holds exactly that already. */
	private static void writeIfChanged(Path file, List<String> lines) throws IOException {
		String text = String.join("\n", lines) + "\n";
		if (!text.equals(Files.readString(file))) {
			Files.writeString(file, text);
		}
	}
}
