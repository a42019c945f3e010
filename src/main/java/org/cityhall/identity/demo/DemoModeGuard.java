package org.cityhall.identity.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo eID lets anyone sign in as anyone: it must never run where real residents are. With
 * the production profile active, demo mode stops the start.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoModeGuard {

	static final String PRODUCTION_PROFILE = "prod";

	DemoModeGuard(Environment environment) {
		if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
			throw new DemoModeInProductionException();
		}
	}

	/** Demo mode was switched on beside the production profile. */
	static final class DemoModeInProductionException extends IllegalStateException {

		DemoModeInProductionException() {
			super("Demo mode (cityhall.demo=true, with its test eID that signs anyone in as anyone) cannot run with the "
					+ "production profile '" + PRODUCTION_PROFILE + "'. Remove cityhall.demo, or the 'demo' profile, "
					+ "from this installation's configuration.");
		}
	}
}
