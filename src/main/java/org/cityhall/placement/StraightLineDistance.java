package org.cityhall.placement;

import org.cityhall.shared.Position;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default distance: the straight line in SWEREF 99 TM, unless another {@link DistanceProvider} is configured. */
public final class StraightLineDistance implements DistanceProvider {

	@Override
	public double metres(Position home, Position school) {
		return home.distanceTo(school);
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
