package org.cityhall.identity.registers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cityhall.identity.RegisterImports;

/** The files of an extract: their names, the register each belongs to, their columns and where they are staged. */
enum ExtractFile {

	PERSONS(RegisterImports.PERSONS, Register.POPULATION, "identity_incoming_person",
			List.of("personal_identity_number", "given_name", "family_name", "protected", "street", "postal_code", "city",
					"district", "easting", "northing", "household_id")),
	GUARDIANSHIPS(RegisterImports.GUARDIANSHIPS, Register.POPULATION, "identity_incoming_guardianship",
			List.of("child", "guardian")),
	VEHICLES(RegisterImports.VEHICLES, Register.VEHICLES, "identity_incoming_vehicle",
			List.of("plate", "owner", "user", "in_traffic", "make_model")),
	COMPANIES(RegisterImports.COMPANIES, Register.COMPANIES, "identity_incoming_company",
			List.of("organisation_number", "name")),
	SIGNATORIES(RegisterImports.SIGNATORIES, Register.COMPANIES, "identity_incoming_signatory",
			List.of("organisation_number", "personal_identity_number"));

	final String fileName;
	final Register register;
	/** A temporary table, private to the importing transaction's connection. */
	final String stagingTable;
	final List<String> header;

	ExtractFile(String fileName, Register register, String stagingTable, List<String> header) {
		this.fileName = fileName;
		this.register = register;
		this.stagingTable = "pg_temp." + stagingTable;
		this.header = header;
	}

	static Optional<ExtractFile> named(String fileName) {
		return Arrays.stream(values()).filter(file -> file.fileName.equals(fileName)).findFirst();
	}

	/** A register, whose files come together in an extract. */
	enum Register {

		POPULATION("population"), VEHICLES("vehicles"), COMPANIES("companies");

		final String name;

		Register(String name) {
			this.name = name;
		}

		List<ExtractFile> files() {
			return Arrays.stream(ExtractFile.values()).filter(file -> file.register == this).toList();
		}
	}
}
