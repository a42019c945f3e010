/**
 * Fees and their payment: what a fee incurred and a payment settled are, for every module that
 * charges (a map order, a licence), and card payment through a payment provider. Invoices,
 * e-invoicing and reconciliation come later.
 * <p>
 * The API: {@link org.cityhall.billing.Fees} to incur and look up fees, the events
 * {@link org.cityhall.billing.FeeIncurred} and {@link org.cityhall.billing.PaymentSettled}, and the
 * {@link org.cityhall.billing.PaymentProvider} port that a card provider's adapter implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing", allowedDependencies = {"shared", "web", "audit", "identity", "archive", "documents", "notifications"})
package org.cityhall.billing;
