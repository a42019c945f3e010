package org.cityhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityhall.CityHall;
import org.cityhall.definitions.InvalidDefinitionException;
import org.cityhall.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** A department's broken definition stops CityHall from starting, and the report says where. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenCatalogueStopsTheStartTest {

	@Test
	void aDefinitionMissingAFieldStopsTheStartNamingFileLineAndField(CapturedOutput output) {
		TestDatabase.Connection db = TestDatabase.connection();
		assertThatThrownBy(() -> new SpringApplicationBuilder(CityHall.class)
				.web(WebApplicationType.NONE)
				.run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
						"--spring.datasource.password=" + db.password(),
						"--cityhall.catalogue.definitions=classpath*:broken-eservices/bad-number/*.yml"))
				.satisfies(failure -> {
					Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
					assertThat(cause).isInstanceOf(InvalidDefinitionException.class)
							.hasMessage("bad-number/bad-number.yml, line 25, field 'benefit.yearlyCases': must be a whole number, was 'many'");
				});
		assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("The e-service catalogue could not be read: bad-number/bad-number.yml, line 25, field 'benefit.yearlyCases'")
				.contains("docs/eservice-definition.md");
	}
}
