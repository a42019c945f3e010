package org.cityhall.billing;

/** Where a fee stands. */
public enum FeeStatus {

	/** Incurred and not yet paid. */
	UNPAID,

	/** Paid in full; a {@link PaymentSettled} was published. */
	PAID
}
