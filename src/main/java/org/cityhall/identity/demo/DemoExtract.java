package org.cityhall.identity.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cityhall.identity.RegisterImports;

/** The demo city's five extract files, as a city receives them: UTF-8, {@code ;}-separated, a header line first. */
record DemoExtract(Map<String, String> files) {

	DemoExtract {
		files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
	}

	String file(String name) {
		return files.get(name);
	}

	/** How many data lines a file has. */
	int rows(String name) {
		return (int) file(name).lines().count() - 1;
	}

	Map<String, Reader> readers() {
		Map<String, Reader> readers = new LinkedHashMap<>();
		files.forEach((name, text) -> readers.put(name, new StringReader(text)));
		return readers;
	}

	/** Writes the files into the directory, which is created if need be; files of the same names are replaced. */
	void writeTo(Path directory) throws IOException {
		Files.createDirectories(directory);
		for (var file : files.entrySet()) {
			Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	static final class Builder {

		private final Map<String, StringBuilder> files = new LinkedHashMap<>();

		Builder() {
			header(RegisterImports.PERSONS, "personal_identity_number", "given_name", "family_name", "protected", "street",
					"postal_code", "city", "district", "easting", "northing", "household_id");
			header(RegisterImports.GUARDIANSHIPS, "child", "guardian");
			header(RegisterImports.VEHICLES, "plate", "owner", "user", "in_traffic", "make_model");
			header(RegisterImports.COMPANIES, "organisation_number", "name");
			header(RegisterImports.SIGNATORIES, "organisation_number", "personal_identity_number");
		}

		void person(String... fields) {
			line(RegisterImports.PERSONS, fields);
		}

		void guardianship(String... fields) {
			line(RegisterImports.GUARDIANSHIPS, fields);
		}

		void vehicle(String... fields) {
			line(RegisterImports.VEHICLES, fields);
		}

		void company(String... fields) {
			line(RegisterImports.COMPANIES, fields);
		}

		void signatory(String... fields) {
			line(RegisterImports.SIGNATORIES, fields);
		}

		DemoExtract build() {
			Map<String, String> texts = new LinkedHashMap<>();
			files.forEach((name, text) -> texts.put(name, text.toString()));
			return new DemoExtract(texts);
		}

		private void header(String file, String... columns) {
			files.put(file, new StringBuilder());
			line(file, columns);
		}

		private void line(String file, String... fields) {
			StringBuilder text = files.get(file);
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					text.append(';');
				}
				text.append(quoted(fields[i]));
			}
			text.append('\n');
		}

		private static String quoted(String field) {
			return field.indexOf(';') < 0 && field.indexOf('"') < 0 ? field : '"' + field.replace("\"", "\"\"") + '"';
		}
	}
}
