package org.cityhall.placement;

import org.cityhall.shared.Position;

/**
 * How far a home is from a school, in metres, for relative proximity and the sibling rule. The city's
 * default is the straight line on the SWEREF 99 TM grid ({@link StraightLineDistance}); a walking-network
 * provider (the city's own routing service, say) plugs in as a Spring bean implementing this interface,
 * which then replaces the default.
 * <p>
 * A provider's distance is never shorter than the straight line between the two points: the allocation
 * finds the nearest schools by searching outwards from the home and stops where the straight line alone
 * is longer than what it has found.
 */
public interface DistanceProvider {

	double metres(Position home, Position school);
}
