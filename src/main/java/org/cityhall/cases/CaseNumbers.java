package org.cityhall.cases;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers. The counters per prefix and year live in {@code cases_number}; this takes a
 * block of numbers from a counter at a time, in a transaction of its own, and hands them out one by one,
 * so a submission takes its number without a trip to the database or a lock that others wait for (the
 * counter's row was locked for every submission before, in a transaction of its own).
 * <p>
 * Numbers stay unique: each block is taken once, whichever node takes it. They may have gaps, as
 * {@link CaseNumber} allows: a number taken by a submission that then failed is not used, and neither
 * are the rest of a node's block when it stops. Several nodes hand out from their own blocks, so
 * numbers follow the order of submission on each node rather than across them.
 */
@Component
class CaseNumbers {

	/** Numbers taken at a time: at most this many minus one are left unused when a node stops. */
	static final int BLOCK = 10;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Map<String, Block> blocks = new ConcurrentHashMap<>();

	CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number of a prefix and year. */
	CaseNumber next(String prefix, int year) {
		Block block = blocks.computeIfAbsent(prefix + "-" + year, key -> new Block());
		synchronized (block) {
			if (block.next > block.last) {
				block.last = take(prefix, year);
				block.next = block.last - BLOCK + 1;
			}
			return CaseNumber.of(prefix, year, block.next++);
		}
	}

	/** Takes the next block of a counter and returns its last number. */
	private long take(String prefix, int year) {
		Long last = ownTransaction.execute(status -> jdbc.sql("INSERT INTO cases_number (prefix, year, last) VALUES (?, ?, ?) "
				+ "ON CONFLICT (prefix, year) DO UPDATE SET last = cases_number.last + EXCLUDED.last RETURNING last")
				.params(prefix, year, BLOCK).query(Long.class).single());
		return last;
	}

	private static final class Block {

		private long next = 1;
		private long last;
	}
}
