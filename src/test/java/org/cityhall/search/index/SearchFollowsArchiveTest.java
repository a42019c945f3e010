package org.cityhall.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.cityhall.archive.ArchiveRecords;
import org.cityhall.archive.TestRecord;
import org.cityhall.identity.demo.DemoPersonas;
import org.cityhall.search.SearchResults;
import org.cityhall.search.SearchSource;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Each node's index follows the archive's sequence: a filed record is found on every node, a new node builds its index from the archive. */
@CityHallWebTest
class SearchFollowsArchiveTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArchiveRecords records;

	@Autowired
	Searching searching;

	@Autowired
	List<SearchSource> sources;

	@Autowired
	ApplicationContext context;

	@Test
	void aFiledRecordIsFoundByItsSubjectOnceTheNodeHasFollowedTheArchive() {
		TestRecord event = TestRecord.about(DemoPersonas.CAR_OWNER.party(), List.of());
		transactions.executeWithoutResult(status -> events.publishEvent(event));

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
				assertThat(found(searching, event.matter(), DemoPersonas.CAR_OWNER.id())).isEqualTo(1));
		assertThat(found(searching, event.matter(), DemoPersonas.PARENT.id())).isZero();
	}

	@Test
	void aNewNodeBuildsItsIndexFromTheArchiveAndKeepsItsPlaceAcrossARestart() throws Exception {
		TestRecord event = TestRecord.about(DemoPersonas.ELDERLY.party(), List.of());
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !records.ofMatter(event.matter()).isEmpty());
		long filed = records.ofMatter(event.matter()).get(0).sequence();
		Path directory = Files.createTempDirectory("cityhall-search-node-");

		try (SearchIndex node = SearchIndex.open(directory)) {
			IndexKeeping keeping = new IndexKeeping(node, sources, context.getBeanProvider(ArchiveRecords.class));
			assertThat(keeping.behind()).isTrue();
			keeping.catchUp();
			assertThat(node.archiveSequence()).isGreaterThanOrEqualTo(filed);
			// Other tests may file records meanwhile: the node is level with the archive once it has caught up with them too.
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
				keeping.catchUp();
				return !keeping.behind();
			});
			// Whatever merging the catching up started (on Lucene's merge threads) ends.
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !keeping.merging());
			assertThat(found(new Searching(node), event.matter(), DemoPersonas.ELDERLY.id())).isEqualTo(1);
			assertThat(new Searching(node).search("radon", Access.publicOnly(), Optional.empty(), Optional.empty(), 1, Locale.ENGLISH)
					.hits()).anyMatch(hit -> hit.url().equals("/eservices/radon-readings"));
		}
		try (SearchIndex restarted = SearchIndex.open(directory)) {
			assertThat(restarted.archiveSequence()).isGreaterThanOrEqualTo(filed);
			assertThat(found(new Searching(restarted), event.matter(), DemoPersonas.ELDERLY.id())).isEqualTo(1);
		}
	}

	private static long found(Searching searching, String query, String subject) {
		SearchResults results = searching.search(query, Access.subjects(List.of(subject)), Optional.empty(), Optional.empty(), 1,
				Locale.ENGLISH);
		return results.hits().stream().filter(hit -> hit.matter().isPresent()).count();
	}
}
