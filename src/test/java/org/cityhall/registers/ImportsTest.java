package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.cityhall.registers.RegisterImports.Register;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports: a dry run reports every broken line and imports nothing; a clean file imports with its record. */
@CityHallWebTest
class ImportsTest {

	@Autowired
	RegisterImports imports;

	@Autowired
	Boreholes boreholes;

	@Autowired
	RadonReadings radon;

	@Autowired
	JdbcClient jdbc;

	final String year = String.valueOf(2000 + ThreadLocalRandom.current().nextInt(20));
	final String run = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from registers_borehole where licence_number like :p").param("p", "IT-" + year + "-" + run + "%").update();
		jdbc.sql("delete from registers_property where designation like :p").param("p", "Stockholm Importen" + run + " %").update();
	}

	private String licence(int n) {
		return "IT-" + year + "-" + run + n;
	}

	@Test
	void aDryRunNamesEveryBrokenLineAndFieldAndImportsNothing() {
		String csv = String.join("\n",
				"licence_number;property_designation;depth_metres;licensed_on;easting;northing",
				licence(1) + ";Stockholm Tallen 4:12;150;2024-05-01;675000;6575800",
				licence(2) + ";Tallen;150;2024-05-01;675000;6575800",
				licence(3) + ";Stockholm Tallen 4:12;900;2024-05-01;675000;6575800",
				licence(4) + ";Stockholm Tallen 4:12;150;1 maj 2024;675000;6575800",
				licence(5) + ";Stockholm Tallen 4:12;150;2024-05-01;500000;6400000",
				"",
				licence(6) + ";Stockholm Tallen 4:12;150;2024-05-01;675000",
				"VP 12;Stockholm Tallen 4:12;;2024-05-01;675000;6575800");
		ImportReport report = imports.dryRun(Register.BOREHOLES, "borrhal.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.valid()).isFalse();
		assertThat(report.rows()).isEqualTo(7);
		assertThat(report.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.code()).containsExactly(
				"3 property_designation designation",
				"4 depth_metres between",
				"5 licensed_on date",
				"6 easting outside-municipality",
				"8  field-count",
				"9 licence_number licence-format",
				"9 depth_metres required");
		assertThat(boreholes.byLicence(licence(1))).isEmpty();
		assertThatThrownBy(() -> imports.start(Register.BOREHOLES, "borrhal.csv", csv.getBytes(StandardCharsets.UTF_8), "staff-x"))
				.isInstanceOf(RegisterImports.InvalidImportException.class);
		assertThat(boreholes.byLicence(licence(1))).isEmpty();
	}

	@Test
	void aCleanFileInWgs84IsImportedAndRecordedWithWhoImportedIt() {
		// GeoJSON gives longitude first: 18.08 E, 59.27 N lies in Enskede.
		String geoJson = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[18.08,59.27]},
				  "properties":{"licence_number":"%s","property_designation":"Stockholm Importen%s 1:1","depth_metres":180,"licensed_on":"2023-09-14"}},
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[18.0801,59.2701]},
				  "properties":{"licence_number":"%s","property_designation":"Stockholm Importen%s 1:2","depth_metres":200,"licensed_on":"2023-09-15"}}
				]}""".formatted(licence(1), run, licence(2), run);
		byte[] content = geoJson.getBytes(StandardCharsets.UTF_8);
		assertThat(imports.dryRun(Register.BOREHOLES, "borrhal.geojson", content).valid()).isTrue();
		var id = imports.start(Register.BOREHOLES, "borrhal.geojson", content, "staff-officer-environment-health");
		Awaitility.await().atMost(Duration.ofSeconds(20))
				.until(() -> imports.record(id).map(RegisterImports.ImportRecord::status).orElse(""), "done"::equals);
		RegisterImports.ImportRecord record = imports.record(id).orElseThrow();
		assertThat(record.importedBy()).isEqualTo("staff-officer-environment-health");
		assertThat(record.fileName()).isEqualTo("borrhal.geojson");
		assertThat(record.importedRows()).isEqualTo(2);
		assertThat(record.percent()).isEqualTo(100);
		Borehole first = boreholes.byLicence(licence(1)).orElseThrow();
		assertThat(first.depthMetres()).isEqualTo(180);
		assertThat(first.position().toWgs84().longitude()).isCloseTo(18.08, org.assertj.core.data.Offset.offset(1e-7));
		assertThat(first.position().toWgs84().latitude()).isCloseTo(59.27, org.assertj.core.data.Offset.offset(1e-7));
	}

	@Test
	void radonLinesCreateThePropertyItsAddressAndTheReading() {
		String csv = String.join("\n",
				"designation;district;street;house_number;postal_code;post_town;becquerel;measured_on;method;latitude;longitude",
				"Stockholm Importen" + run + " 2:7;Farsta;Importvägen" + run + ";3-7;123 49;Farsta;260;2024-02-11;long-term;59.245;18.09",
				"\"Stockholm Importen" + run + " 2:8\";Farsta;Importvägen" + run + ";9;12349;Farsta;80;2024-02-11;LONG-TERM;59.2451;18.0902");
		var id = imports.start(Register.RADON, "radon.csv", csv.getBytes(StandardCharsets.UTF_8), "staff-y");
		Awaitility.await().atMost(Duration.ofSeconds(20))
				.until(() -> imports.record(id).map(RegisterImports.ImportRecord::status).orElse(""), "done"::equals);
		List<RadonReadings.Building> found = radon.search("importvagen" + run + " 5", 1).buildings();
		assertThat(found).extracting(b -> b.property().designation()).containsExactly("Stockholm Importen" + run + " 2:7");
		assertThat(found.get(0).latest().actionNeeded()).isTrue();
	}

	@Test
	void aFileWithoutTheRegistersColumnsIsReportedOnItsHeader() {
		ImportReport report = imports.dryRun(Register.PLANS, "plans.csv", "plan;name\nDp 1;X".getBytes(StandardCharsets.UTF_8));
		assertThat(report.problems()).extracting(p -> p.line() + " " + p.field())
				.contains("1 plan_number", "1 status", "1 property_designation");
	}
}
