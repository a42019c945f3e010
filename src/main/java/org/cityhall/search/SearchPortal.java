package org.cityhall.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cityhall.audit.AuditLog;
import org.cityhall.identity.Actors;
import org.cityhall.identity.StaffRoles;
import org.cityhall.search.index.Access;
import org.cityhall.search.index.Searching;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.cityhall.shared.ScopedRole;
import org.springframework.stereotype.Service;

/**
 * The search portal: finds what the searcher may see, checked at the moment of the query. Everyone
 * finds the public documents; a signed-in resident also their own records and those of everyone they
 * act for today (a child under 18 in their custody, a person whose consent holds now, a company they
 * sign for); staff the records of the departments their roles reach (every department's with a
 * city-wide role), never a record the archive says is never to be indexed. Every result about a
 * person shown to staff is a read of personal data in the audit log, written before the results are
 * returned.
 */
@Service
public class SearchPortal {

	public static final int PAGE_SIZE = 10;
	public static final int MAX_PAGES = 50;
	/** The longest query accepted; a longer one is refused with a message, never cut silently. */
	public static final int MAX_QUERY_LENGTH = 200;
	public static final int SUGGESTIONS = 8;

	/** The staff roles that reach the archive's records through the portal, in the departments they are held in. */
	public static final Set<String> ROLES_THAT_READ_RECORDS = Set.of(StaffRoles.OFFICER, StaffRoles.ARCHIVIST,
			StaffRoles.CONTACT_CENTRE_AGENT);

	private static final String RESIDENTS_CASE = "/my-pages/cases/";
	private static final String STAFF_CASE = "/staff/cases/";

	private final Searching searching;
	private final Actors actors;
	private final AuditLog audit;

	SearchPortal(Searching searching, Actors actors, AuditLog audit) {
		this.searching = searching;
		this.actors = actors;
		this.audit = audit;
	}

	/**
	 * A page of results.
	 * @param searcher who searches, empty when no one is signed in
	 * @param kind only this kind of result, if given
	 * @param department only this department's results, if given
	 * @param page from 1
	 * @throws IllegalArgumentException when the query is longer than {@link #MAX_QUERY_LENGTH}
	 */
	public SearchResults search(Optional<Actor> searcher, String query, Optional<String> kind, Optional<String> department,
			int page, Locale locale) {
		checkLength(query);
		if (query == null || query.isBlank()) {
			return SearchResults.none(query == null ? "" : query);
		}
		Access access = accessOf(searcher);
		SearchResults results = searching.search(query, access, kind, department, page, locale);
		if (access.isStaff()) {
			recordReads(searcher.orElseThrow(), results);
			return forStaff(results);
		}
		return results;
	}

	/** Titles that complete what is typed, among what the searcher may see; at most {@value #SUGGESTIONS}. */
	public List<String> suggest(Optional<Actor> searcher, String typed, Locale locale) {
		if (typed == null || typed.isBlank() || typed.length() > MAX_QUERY_LENGTH) {
			return List.of();
		}
		// Staff get suggestions from public documents only: a title about a person is not shown before it is searched for and audited.
		Access access = searcher.filter(actor -> actor.who() instanceof Party.Staff).isPresent()
				? Access.publicOnly() : accessOf(searcher);
		return searching.suggest(typed, access, SUGGESTIONS, locale);
	}

	/** What the searcher may find, asked of the registers and consents now. */
	Access accessOf(Optional<Actor> searcher) {
		if (searcher.isEmpty()) {
			return Access.publicOnly();
		}
		Actor actor = searcher.get();
		if (actor.who() instanceof Party.Staff) {
			Set<String> departments = new LinkedHashSet<>();
			boolean every = false;
			for (ScopedRole role : actor.roles()) {
				if (ROLES_THAT_READ_RECORDS.contains(role.role())) {
					if (ScopedRole.CITY.equals(role.scope())) {
						every = true;
					}
					else if (role.scope().startsWith("department:")) {
						departments.add(role.scope().substring("department:".length()));
					}
				}
			}
			return every || !departments.isEmpty() ? Access.staff(departments, every) : Access.publicOnly();
		}
		return Access.subjects(actors.representedBy(actor.who()).stream().map(Party::id).toList());
	}

	private void recordReads(Actor staff, SearchResults results) {
		Party.Staff who = (Party.Staff) staff.who();
		String role = staff.roles().stream().map(ScopedRole::role).filter(ROLES_THAT_READ_RECORDS::contains).findFirst()
				.orElse(StaffRoles.OFFICER);
		audit.recordReads(results.hits().stream()
				.filter(hit -> hit.subject().isPresent())
				.map(hit -> new AuditLog.Read(who.id(), who.displayName(), role, hit.subject().get(),
						"search:" + hit.matter().orElse(hit.kind()), "search", "web"))
				.toList());
	}

	/** Staff follow a case's records to the officers' page of the case, not to the resident's. */
	private static SearchResults forStaff(SearchResults results) {
		List<SearchResults.Hit> hits = results.hits().stream().map(hit -> hit.url().startsWith(RESIDENTS_CASE)
				? new SearchResults.Hit(hit.kind(), hit.titleHtml(), hit.snippetHtml(),
						STAFF_CASE + hit.url().substring(RESIDENTS_CASE.length()), hit.department(), hit.updatedAt(),
						hit.matter(), hit.subject())
				: hit).toList();
		return new SearchResults(results.query(), results.total(), results.page(), results.pageSize(), hits, results.kinds(),
				results.departments(), results.someWords());
	}

	private static void checkLength(String query) {
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			throw new IllegalArgumentException("a search may be at most " + MAX_QUERY_LENGTH + " characters");
		}
	}
}
