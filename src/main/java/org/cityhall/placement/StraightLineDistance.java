package org.cityhall.placement;

import org.cityhall.shared.Position;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default distance: the straight line in SWEREF 99 TM, unless another {@link DistanceProvider} is configured. */
public final class StraightLineDistance implements DistanceProvider {

	@Override
	public double metres(Position home, Position school) {
		// The same as Position.distanceTo, without Math.hypot's care for overflow, which metres in Sweden
		// never need: a round computes millions of these.
		double east = home.easting() - school.easting();
		double north = home.northing() - school.northing();
		return Math.sqrt(east * east + north * north);
	}

	@Configuration(proxyBeanMethods = false)
	static class Default {

		@Bean
		@ConditionalOnMissingBean(DistanceProvider.class)
		DistanceProvider straightLineDistance() {
			return new StraightLineDistance();
		}
	}
}
