package org.cityhall.registers;

import java.util.List;

/**
 * What is wrong with one field of one line of an import file: the line (the header is line 1; for GeoJSON,
 * the feature's number; 0 for the file as a whole), the field's name, and the reason as a message code
 * ({@code registers.import.reason.<code>}) with its arguments. A reason never repeats the value.
 */
public record ImportProblem(int line, String field, String code, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem of(int line, String field, String code, Object... args) {
		return new ImportProblem(line, field, code, List.of(args));
	}

	public String messageKey() {
		return "registers.import.reason." + code;
	}
}
