package org.cityhall.placement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityhall.placement.School;
import org.cityhall.placement.Schools;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city's schools have street addresses, also in a demo database loaded before they had any. */
@CityHallWebTest
class DemoSchoolsTest {

	@Autowired
	DemoSchools demo;

	@Autowired
	Schools schools;

	@Test
	void everyDemoSchoolHasAStreetAddress() {
		for (School school : DemoSchools.SCHOOLS) {
			assertThat(school.address()).as(school.code()).matches(".+ \\d+, \\d{3} \\d{2} .+");
			assertThat(schools.find(school.code())).as(school.code()).get().extracting(School::address).isEqualTo(school.address());
		}
	}

	@Test
	void aDemoSchoolSavedWithoutAnAddressGetsItWhenTheDemoStartsAgain() {
		School vasaskolan = schools.find("vasaskolan").orElseThrow();
		schools.save(new School(vasaskolan.code(), vasaskolan.name(), vasaskolan.municipal(), vasaskolan.district(), "",
				vasaskolan.position(), vasaskolan.grades(), vasaskolan.rules()));

		demo.run(null);

		assertThat(schools.find("vasaskolan").orElseThrow()).satisfies(school -> {
			assertThat(school.address()).isEqualTo("Vasagatan 30, 111 20 Stockholm");
			assertThat(school.grades()).isEqualTo(vasaskolan.grades());
			assertThat(school.name()).isEqualTo(vasaskolan.name());
		});
	}
}
