package org.cityhall.search.bench;

import org.cityhall.search.index.IndexKeeping;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bench/search/behind}, only with {@code cityhall.bench.baseline-endpoint=true}: 1 while the
 * archive holds records this node's index has not taken in, or Lucene is still merging the segments they
 * made, else 0. A scenario whose requests file records (a submission files several) waits on it after each
 * run, so that the next run is not measured beside the indexing and merging the last one left behind
 * (bench/README.md).
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BenchFollowingController {

	private final IndexKeeping keeping;

	BenchFollowingController(IndexKeeping keeping) {
		this.keeping = keeping;
	}

	@GetMapping(path = "/bench/search/behind", produces = MediaType.TEXT_PLAIN_VALUE)
	String behind() {
		return keeping.behind() || keeping.merging() ? "1" : "0";
	}
}
