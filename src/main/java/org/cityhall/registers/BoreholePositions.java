package org.cityhall.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.shared.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every borehole lies, held in memory on each node and sorted by easting, so a box on the map is counted and
 * clustered without reading the table. The table's version (moved by a statement trigger on every change, whoever
 * writes) is read first; when it has moved, the positions are read again together with the version in one
 * repeatable-read transaction, so what is held always belongs to the version it is held under.
 */
@Component
class BoreholePositions {

	private final JdbcClient jdbc;
	private final TransactionTemplate snapshotReads;
	private volatile Snapshot held = new Snapshot(-1, new double[0], new double[0]);

	BoreholePositions(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.snapshotReads = new TransactionTemplate(transactions.getTransactionManager());
		snapshotReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshotReads.setReadOnly(true);
		snapshotReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The positions as the database has them now. */
	Snapshot current() {
		long version = version();
		Snapshot snapshot = held;
		if (snapshot.version == version) {
			return snapshot;
		}
		synchronized (this) {
			if (held.version != version) {
				held = snapshotReads.execute(status -> read());
			}
			return held;
		}
	}

	private long version() {
		return jdbc.sql("select version from registers_layer_version where layer = 'borehole'").query(Long.class).single();
	}

	private Snapshot read() {
		long version = version();
		int count = jdbc.sql("select count(*) from registers_borehole").query(Integer.class).single();
		double[] eastings = new double[count];
		double[] northings = new double[count];
		int[] n = {0};
		jdbc.sql("select easting, northing from registers_borehole order by easting").query(rs -> {
			if (n[0] < count) {
				eastings[n[0]] = rs.getDouble(1);
				northings[n[0]] = rs.getDouble(2);
				n[0]++;
			}
		});
		return new Snapshot(version, eastings, northings);
	}

	/** The boreholes' positions under one version of the table, sorted by easting. */
	static final class Snapshot {

		private final long version;
		private final double[] eastings;
		private final double[] northings;

		Snapshot(long version, double[] eastings, double[] northings) {
			this.version = version;
			this.eastings = eastings;
			this.northings = northings;
		}

		/** How many lie in the box, edges included. */
		int count(Box box) {
			int count = 0;
			for (int i = first(box.minEasting()); i < eastings.length && eastings[i] <= box.maxEasting(); i++) {
				if (northings[i] >= box.minNorthing() && northings[i] <= box.maxNorthing()) {
					count++;
				}
			}
			return count;
		}

		/**
		 * Those in the box grouped by square cells of the grid ({@code floor(coordinate / cell)}), each drawn at the
		 * mean of its members, the largest first.
		 */
		List<Boreholes.Cluster> clusters(Box box, double cell) {
			Map<Long, double[]> cells = new HashMap<>();
			for (int i = first(box.minEasting()); i < eastings.length && eastings[i] <= box.maxEasting(); i++) {
				double northing = northings[i];
				if (northing >= box.minNorthing() && northing <= box.maxNorthing()) {
					long key = (long) Math.floor(eastings[i] / cell) << 32 ^ ((long) Math.floor(northing / cell) & 0xffffffffL);
					double[] sums = cells.computeIfAbsent(key, k -> new double[3]);
					sums[0] += eastings[i];
					sums[1] += northing;
					sums[2]++;
				}
			}
			List<Boreholes.Cluster> clusters = new ArrayList<>(cells.size());
			for (double[] sums : cells.values()) {
				clusters.add(new Boreholes.Cluster(new Position(sums[0] / sums[2], sums[1] / sums[2]), (int) sums[2]));
			}
			clusters.sort((a, b) -> Integer.compare(b.count(), a.count()));
			return clusters;
		}

		/** The first index whose easting is at least {@code easting}. */
		private int first(double easting) {
			int low = 0;
			int high = eastings.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (eastings[middle] < easting) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}
	}
}
