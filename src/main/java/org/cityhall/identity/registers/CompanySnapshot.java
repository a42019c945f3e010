package org.cityhall.identity.registers;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Replaces the company register with a staged {@code companies.csv} and {@code signatories.csv}. It publishes nothing. */
record CompanySnapshot(JdbcTemplate jdbc) {

	static final String COMPANIES = "identity_company";
	static final String SIGNATORIES = "identity_signatory";
	static final List<String> COMPANY_KEY = List.of("organisation_number");
	static final List<String> COMPANY_VALUES = List.of("name");
	static final List<String> SIGNATORY_KEY = List.of("organisation_number", "personal_identity_number");

	record Result(Difference companies, Difference signatories) {
	}

	Result apply() {
		Difference companies = Difference.between(jdbc, ExtractFile.COMPANIES, COMPANIES, COMPANY_KEY, COMPANY_VALUES);
		Difference signatories = Difference.between(jdbc, ExtractFile.SIGNATORIES, SIGNATORIES, SIGNATORY_KEY, List.of());
		Difference.apply(jdbc, ExtractFile.COMPANIES, COMPANIES, COMPANY_KEY, COMPANY_VALUES);
		Difference.apply(jdbc, ExtractFile.SIGNATORIES, SIGNATORIES, SIGNATORY_KEY, List.of());
		return new Result(companies, signatories);
	}
}
