package org.cityhall.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.shared.Position;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boreholes in a box and near a point, on a patch of the grid far north of the city that each run picks
 * for itself, so the demo city's boreholes and other runs never mix in.
 */
@CityHallWebTest
class BoreholeGeographyTest {

	@Autowired
	Boreholes boreholes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String prefix;
	double e0;
	double n0;

	@BeforeEach
	void patch() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		prefix = "T" + Long.toString(random.nextLong(1L << 40), 36) + "-";
		e0 = 600_000 + random.nextInt(200) * 1_000;
		n0 = 7_300_000 + random.nextInt(200) * 1_000;
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from registers_borehole where licence_number like :p").param("p", prefix + "%").update();
	}

	private void drill(String name, double de, double dn) {
		boreholes.register(prefix + name, "Test " + name, 120, LocalDate.of(2024, 5, 1), new Position(e0 + de, n0 + dn));
	}

	@Test
	void aBoxHoldsWhatLiesInsideItAndNothingElse() {
		drill("inside-sw", 1, 1);
		drill("inside-ne", 99, 99);
		drill("on-edge", 100, 50);
		drill("east", 101, 50);
		drill("north", 50, 101);
		drill("south-west", -1, -1);
		Boreholes.InBox in = boreholes.within(new Box(e0, n0, e0 + 100, n0 + 100));
		assertThat(in.clustered()).isFalse();
		assertThat(in.boreholes()).extracting(Borehole::licenceNumber)
				.containsExactlyInAnyOrder(prefix + "inside-sw", prefix + "inside-ne", prefix + "on-edge");
		assertThat(in.total()).isEqualTo(3);
	}

	@Test
	void aBoxWithMoreThanCanBeDrawnOneByOneAnswersClustersThatCountThemAll() {
		int count = Boreholes.MAX_SINGLE + 40;
		for (int i = 0; i < count; i++) {
			drill("c" + i, (i % 30) * 30, (i / 30) * 30);
		}
		Boreholes.InBox in = boreholes.within(new Box(e0 - 10, n0 - 10, e0 + 1_000, n0 + 1_000));
		assertThat(in.clustered()).isTrue();
		assertThat(in.boreholes()).isEmpty();
		assertThat(in.total()).isEqualTo(count);
		assertThat(in.clusters().stream().mapToInt(Boreholes.Cluster::count).sum()).isEqualTo(count);
		assertThat(in.clusters()).allSatisfy(c -> {
			assertThat(c.centre().easting()).isBetween(e0, e0 + 870);
			assertThat(c.centre().northing()).isBetween(n0, n0 + 540);
		});
	}

	@Test
	void theClustersHeldInMemoryAreTheOnesTheTableGroups() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < Boreholes.MAX_SINGLE + 200; i++) {
			drill("r" + i, random.nextInt(2_000), random.nextInt(1_500));
		}
		Box box = new Box(e0 + 100, n0 + 50, e0 + 1_900, n0 + 1_400);
		Boreholes.InBox fromMemory = boreholes.within(box);
		Boreholes.InBox fromTable = transactions.execute(status -> boreholes.within(box));
		assertThat(fromMemory.clustered()).isTrue();
		assertThat(fromMemory.total()).isEqualTo(fromTable.total());
		assertThat(clusterKeys(fromMemory)).containsExactlyInAnyOrderElementsOf(clusterKeys(fromTable));
	}

	@Test
	void aBoreholeAnotherNodeWritesIsCountedInTheNextBox() {
		for (int i = 0; i < Boreholes.MAX_SINGLE + 1; i++) {
			drill("n" + i, i % 40, i / 40);
		}
		Box box = new Box(e0 - 1, n0 - 1, e0 + 100, n0 + 100);
		assertThat(boreholes.within(box).total()).isEqualTo(Boreholes.MAX_SINGLE + 1);
		jdbc.sql("""
				insert into registers_borehole (id, licence_number, property_designation, depth_metres, licensed_on, district,
				    easting, northing) values (gen_random_uuid(), :number, 'Test other node', 90, date '2024-05-01', '', :e, :n)""")
				.param("number", prefix + "other-node").param("e", e0 + 99).param("n", n0 + 99).update();
		assertThat(boreholes.within(box).total()).isEqualTo(Boreholes.MAX_SINGLE + 2);
		jdbc.sql("delete from registers_borehole where licence_number = :number").param("number", prefix + "n0").update();
		assertThat(boreholes.within(box).total()).isEqualTo(Boreholes.MAX_SINGLE + 1);
	}

	private static List<String> clusterKeys(Boreholes.InBox in) {
		return in.clusters().stream()
				.map(c -> Math.round(c.centre().easting() * 1000) + "/" + Math.round(c.centre().northing() * 1000) + "/" + c.count())
				.toList();
	}

	@Test
	void theVicinityIsNearestFirstWithinTheDistanceAsked() {
		drill("far", 60, 80); // 100 m
		drill("near", 3, 4); // 5 m
		drill("middle", 0, -30); // 30 m
		drill("corner", 80, 80); // 113 m: inside the square searched, outside the circle
		drill("out", 0, 150);
		List<Boreholes.Near> near = boreholes.near(new Position(e0, n0), 100, 10);
		assertThat(near).extracting(n -> n.borehole().licenceNumber())
				.containsExactly(prefix + "near", prefix + "middle", prefix + "far");
		assertThat(near).extracting(Boreholes.Near::distance).containsExactly(5.0, 30.0, 100.0);
		assertThat(boreholes.near(new Position(e0, n0), 100, 2)).hasSize(2);
	}

	@Test
	void aVicinityBeyondFiveKilometresIsRefused() {
		assertThatThrownBy(() -> boreholes.near(new Position(e0, n0), 5_001, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}
