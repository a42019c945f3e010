package org.cityhall.web.frame;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trivial endpoint behind the same filters as every page (security, headers, session), against
 * which the benchmarks measure real pages in the same run. Off unless the benchmark asks for it.
 */
@RestController
@ConditionalOnBooleanProperty("cityhall.bench.baseline-endpoint")
class BaselineController {

	@GetMapping(path = "/bench/baseline", produces = MediaType.TEXT_PLAIN_VALUE)
	String baseline() {
		return "ok";
	}
}
