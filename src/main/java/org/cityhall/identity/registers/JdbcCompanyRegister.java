package org.cityhall.identity.registers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityhall.identity.Company;
import org.cityhall.identity.CompanyRegister;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.PersonalIdentityNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The company register as the last import left it in {@code identity_company} and {@code identity_signatory}. */
@Component
class JdbcCompanyRegister implements CompanyRegister {

	private final JdbcClient jdbc;

	JdbcCompanyRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Company> find(OrganisationNumber number) {
		return companies("c.organisation_number = :value", number.value()).stream().findFirst();
	}

	@Override
	public List<Company> signedBy(PersonalIdentityNumber person) {
		return companies("""
				c.organisation_number IN (SELECT organisation_number FROM identity_signatory WHERE personal_identity_number = :value)
				""", person.value());
	}

	private List<Company> companies(String condition, String value) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<PersonalIdentityNumber>> signatories = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.organisation_number, c.name, s.personal_identity_number
				FROM identity_company c LEFT JOIN identity_signatory s ON s.organisation_number = c.organisation_number
				WHERE\s""" + condition + """
				 ORDER BY c.name, c.organisation_number, s.personal_identity_number
				""")
				.param("value", value)
				.query(rs -> {
					String number = rs.getString("organisation_number");
					names.putIfAbsent(number, rs.getString("name"));
					List<PersonalIdentityNumber> signing = signatories.computeIfAbsent(number, n -> new ArrayList<>());
					String signatory = rs.getString("personal_identity_number");
					if (signatory != null) {
						signing.add(Stored.person(signatory));
					}
				});
		return names.entrySet().stream()
				.map(company -> new Company(Stored.organisation(company.getKey()), company.getValue(),
						signatories.get(company.getKey())))
				.toList();
	}
}
