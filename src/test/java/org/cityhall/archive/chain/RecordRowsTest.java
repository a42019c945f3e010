package org.cityhall.archive.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A record's documents read back from PostgreSQL's text form of an array, quoted elements included. */
class RecordRowsTest {

	private static final String PLAIN = "0feda188118273e514ca983c085a3883f380f92406630d978a92c9cb319d67b3";
	private static final String LOOKS_NUMERIC = "34624f14ddda32322483ef39b7dce3965cd35e12764cd2c673e9d4d865576bda";

	@Test
	void documentsComeBackWithoutTheQuotesPostgresqlPutsAroundSomeElements() {
		assertThat(RecordRows.documents("{}")).isEmpty();
		assertThat(RecordRows.documents(null)).isEmpty();
		assertThat(RecordRows.documents("{" + PLAIN + "}")).containsExactly(PLAIN);
		assertThat(RecordRows.documents("{\"" + LOOKS_NUMERIC + "\"," + PLAIN + "}")).containsExactly(LOOKS_NUMERIC, PLAIN);
	}
}
