package org.cityhall.documents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default store, on PostgreSQL. Every test stores random bytes of its own. */
@CityHallWebTest
class DocumentStoreTest {

	@Autowired
	DocumentStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aStoredDocumentIsFoundAndReadUnderTheSha256OfItsBytes() {
		byte[] content = randomBytes(10_000);
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

		StoredDocument stored = store.store(content, "application/pdf");

		assertThat(stored.id()).isEqualTo(DocumentId.of(content));
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(10_000);
		assertThat(stored.storedAt()).isBetween(before, Instant.now());
		assertThat(store.find(stored.id())).contains(stored);
		assertThat(store.content(stored.id())).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
	}

	@Test
	void theSameBytesAreStoredOnceAndStoringThemAgainGivesTheFirstEntry() {
		byte[] content = randomBytes(2_000);
		StoredDocument first = store.store(content, "image/png");

		StoredDocument again = store.store(content.clone(), "application/octet-stream");

		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM documents_content WHERE sha256 = :sha256")
				.param("sha256", first.id().sha256()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void twoRequestsStoringTheSameBytesAtOnceBothGetTheOneEntry() {
		byte[] content = randomBytes(50_000);

		List<StoredDocument> stored = List.of(
				CompletableFuture.supplyAsync(() -> store.store(content, "application/pdf")),
				CompletableFuture.supplyAsync(() -> store.store(content, "application/pdf")))
				.stream().map(CompletableFuture::join).toList();

		assertThat(stored.get(0)).isEqualTo(stored.get(1));
		assertThat(store.content(stored.get(0).id())).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
	}

	@Test
	void aDocumentNeverStoredIsNotFound() {
		DocumentId unknown = DocumentId.of(randomBytes(64));

		assertThat(store.find(unknown)).isEmpty();
		assertThat(store.content(unknown)).isEmpty();
	}

	@Test
	void aLargeDocumentComesBackWhole() {
		byte[] content = randomBytes(8 * 1024 * 1024);

		StoredDocument stored = store.store(content, "application/pdf");

		assertThat(store.content(stored.id())).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
	}

	@Test
	void bytesThatNoLongerMatchTheirIdAreNeverGivenOut() {
		byte[] original = randomBytes(1_000);
		byte[] tampered = original.clone();
		tampered[500] ^= 1;
		DocumentId id = DocumentId.of(original);
		jdbc.sql("INSERT INTO documents_content (sha256, media_type, size, content, stored_at) "
						+ "VALUES (:sha256, 'application/pdf', :size, :content, :at)")
				.param("sha256", id.sha256()).param("size", (long) tampered.length).param("content", tampered)
				.param("at", OffsetDateTime.now(ZoneOffset.UTC))
				.update();

		assertThat(store.find(id)).isPresent();
		assertThatThrownBy(() -> store.content(id))
				.isInstanceOf(DocumentCorruptedException.class)
				.hasMessageContaining(id.sha256())
				.satisfies(ex -> assertThat(((DocumentCorruptedException) ex).id()).isEqualTo(id));
	}

	@Test
	void theDatabaseRefusesToChangeAStoredDocument() {
		StoredDocument stored = store.store(randomBytes(100), "application/pdf");

		assertThatThrownBy(() -> jdbc.sql("UPDATE documents_content SET content = :content, size = 3 WHERE sha256 = :sha256")
				.param("content", new byte[] {1, 2, 3}).param("sha256", stored.id().sha256()).update())
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("documents_content never changes");
	}

	@Test
	void aDocumentStoredInATransactionThatRollsBackIsNotKept() {
		byte[] content = randomBytes(300);
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		transaction.executeWithoutResult(status -> {
			store.store(content, "application/pdf");
			status.setRollbackOnly();
		});

		assertThat(store.find(DocumentId.of(content))).isEmpty();
	}

	@Test
	void aDocumentIsStoredWithItsMediaType() {
		assertThatThrownBy(() -> store.store(randomBytes(10), " ")).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}
}
