package org.cityhall.registers;

import org.cityhall.shared.Position;
import org.cityhall.shared.Wgs84;

/** A rectangle on the city's grid (SWEREF 99 TM), west to east and south to north, in metres. */
public record Box(double minEasting, double minNorthing, double maxEasting, double maxNorthing) {

	/** The largest side a box may have, so one request never asks for the whole country. */
	public static final double MAX_SIDE = 60_000;

	public Box {
		if (!(minEasting <= maxEasting) || !(minNorthing <= maxNorthing)) {
			throw new IllegalArgumentException("a box runs from its south-west corner to its north-east one");
		}
		if (maxEasting - minEasting > MAX_SIDE || maxNorthing - minNorthing > MAX_SIDE) {
			throw new IllegalArgumentException("a box is at most " + (long) (MAX_SIDE / 1000) + " km on a side");
		}
	}

	/**
	 * The box on the grid that holds a box of longitudes and latitudes, as web maps ask for one
	 * ({@code west,south,east,north}): the grid is turned against the meridians, so every corner counts.
	 */
	public static Box ofWgs84(double west, double south, double east, double north) {
		Position[] corners = {Position.fromWgs84(new Wgs84(south, west)), Position.fromWgs84(new Wgs84(south, east)),
				Position.fromWgs84(new Wgs84(north, west)), Position.fromWgs84(new Wgs84(north, east))};
		double minE = Double.MAX_VALUE;
		double minN = Double.MAX_VALUE;
		double maxE = -Double.MAX_VALUE;
		double maxN = -Double.MAX_VALUE;
		for (Position corner : corners) {
			minE = Math.min(minE, corner.easting());
			minN = Math.min(minN, corner.northing());
			maxE = Math.max(maxE, corner.easting());
			maxN = Math.max(maxN, corner.northing());
		}
		return new Box(minE, minN, maxE, maxN);
	}

	public double width() {
		return maxEasting - minEasting;
	}
}
