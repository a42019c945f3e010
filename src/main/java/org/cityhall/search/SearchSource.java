package org.cityhall.search;

import java.util.List;

/**
 * A module's documents for the search portal: public registers, the provider directory, anything a
 * module above {@code search} wants found. Declare an implementation as a bean; every node asks each
 * source for its {@link #version()} now and then, and when it changed replaces all the source's
 * documents in its index with {@link #documents()}. Nothing else is needed: the portal never knows
 * the module.
 * <pre>{@code
 * @Component
 * class RadonReadingsSearch implements SearchSource {
 *     public String name() { return "registers.radon"; }
 *     public String version() { return readings.lastChangedAt().toString(); }
 *     public List<Searchable> documents() {
 *         return readings.all().stream().map(r -> Searchable.publicDocument("radon:" + r.id(), "radon-reading",
 *                 r.title(), r.summary(), "/registers/radon/" + r.id(), Optional.of("environment"))).toList();
 *     }
 * }
 * }</pre>
 * The archive's records (cases, messages, decisions, consents) are not a source: the portal follows
 * the archive itself.
 */
public interface SearchSource {

	/** Unique among sources, {@code <module>.<what>} ({@code registers.radon}); at most 60 characters. */
	String name();

	/**
	 * A short value that changes whenever {@link #documents()} would answer differently: a count
	 * and the last change's time, a content hash. Asked often; make it cheap.
	 */
	String version();

	/** Every document of the source, as it is now. */
	List<Searchable> documents();
}
