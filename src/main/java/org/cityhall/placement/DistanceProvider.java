package org.cityhall.placement;

import org.cityhall.shared.Position;

/**
 * How far a home is from a school, in metres, for relative proximity and the sibling rule. The city's
 * default is the straight line on the SWEREF 99 TM grid ({@link StraightLineDistance}); a walking-network
 * provider (the city's own routing service, say) plugs in as a Spring bean implementing this interface,
 * which then replaces the default.
 */
public interface DistanceProvider {

	double metres(Position home, Position school);
}
