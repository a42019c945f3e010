package org.cityhall.permits;

import org.cityhall.billing.PaymentSettled;
import org.cityhall.identity.PersonMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What permits hears from the platform: a settled payment makes a period paid; a move out of the zone
 * ends the permit at the end of its paid period. Both are idempotent, so a redelivered event changes
 * nothing.
 */
@Component
class PermitListeners {

	private final Permits permits;

	PermitListeners(Permits permits) {
		this.permits = permits;
	}

	@ApplicationModuleListener
	void on(PaymentSettled settled) {
		permits.paymentSettled(settled.feeId(), settled.at());
	}

	@ApplicationModuleListener
	void on(PersonMoved moved) {
		permits.holderMoved(moved.number());
	}
}
