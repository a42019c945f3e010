package org.cityhall.cases.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox is emptied on a schedule: webhooks and broker messages are sent by every node, each taking
 * what no other has locked, and old idempotency keys are forgotten.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CasesApiScheduling {
}
