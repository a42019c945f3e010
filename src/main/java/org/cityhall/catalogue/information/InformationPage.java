package org.cityhall.catalogue.information;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.catalogue.InformationPagePublished;
import org.cityhall.catalogue.InformationPageWithdrawn;
import org.cityhall.shared.Party;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An information page of a department: a stable slug, and its versions, of which at most one is in
 * work (a draft, in review or sent back) and at most one is published. Publishing a version keeps
 * the earlier ones; the writer of a version can never approve it (four eyes). Its events are
 * published when the page is saved, in the saving transaction.
 */
@Table("catalogue_information_page")
public class InformationPage {

	/** Lower-case letters a–z, digits and single hyphens between them, 3 to 80 characters. */
	public static final Pattern SLUG = Pattern.compile("(?=.{3,80}$)[a-z0-9]+(-[a-z0-9]+)*");

	@Id
	private final UUID id;
	@Version
	private Long version;
	private final String slug;
	private final String department;
	private final Instant createdAt;
	@MappedCollection(idColumn = "page_id", keyColumn = "position")
	private final List<PageVersion> versions;
	@Transient
	private final List<Object> events = new ArrayList<>();

	@PersistenceCreator
	InformationPage(UUID id, Long version, String slug, String department, Instant createdAt, List<PageVersion> versions) {
		this.id = id;
		this.version = version;
		this.slug = slug;
		this.department = department;
		this.createdAt = createdAt;
		this.versions = new ArrayList<>(versions);
		this.versions.sort(Comparator.comparingInt(PageVersion::number));
	}

	/** A new page with its first version as a draft. */
	public static InformationPage start(String slug, String department, PageContent content, Party.Staff author, Instant at) {
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("a slug has 3 to 80 lower-case letters a-z, digits and single hyphens, was '" + slug + "'");
		}
		InformationPage page = new InformationPage(UuidCreator.getTimeOrderedEpoch(), null, slug, department, at, List.of());
		page.versions.add(PageVersion.draft(1, content, author, at));
		return page;
	}

	/**
	 * Writes the page's texts: into the version in work, which becomes a draft again if it was sent
	 * back, or into a new draft after the last version.
	 * @throws IllegalStateException while a version is in review
	 */
	public void write(PageContent content, Party.Staff author, Instant at) {
		Optional<PageVersion> working = inWork();
		if (working.isPresent()) {
			if (working.get().state() == VersionState.IN_REVIEW) {
				throw new IllegalStateException("version " + working.get().number() + " of page " + slug
						+ " is in review; it can be changed once a publisher sends it back");
			}
			working.get().write(content, author, at);
			return;
		}
		versions.add(PageVersion.draft(latest().number() + 1, content, author, at));
	}

	/** Sends the version in work to review. */
	public void submitForReview(Party.Staff by, Instant at) {
		PageVersion working = inWork().filter(v -> v.state() != VersionState.IN_REVIEW)
				.orElseThrow(() -> new IllegalStateException("page " + slug + " has no draft to submit; write one first"));
		working.submit(by, at);
	}

	/** Sends the version in review back to its writer with what to change. */
	public void sendBack(Party.Staff reviewer, String comment, Instant at) {
		if (comment == null || comment.isBlank()) {
			throw new IllegalArgumentException("sending a version back needs a comment saying what to change");
		}
		inReview().review(reviewer, at, VersionState.SENT_BACK, comment.strip());
	}

	/**
	 * Publishes the version in review, replacing the published one, which is kept.
	 * @throws IllegalStateException when the approver wrote or submitted the version
	 */
	public void approve(Party.Staff approver, Instant at) {
		PageVersion candidate = inReview();
		if (candidate.isTheWorkOf(approver)) {
			throw new IllegalStateException("version " + candidate.number() + " of page " + slug
					+ " was written by the approver; someone else must approve it");
		}
		published().ifPresent(PageVersion::supersede);
		candidate.review(approver, at, VersionState.PUBLISHED, null);
		PageContent content = candidate.content();
		events.add(new InformationPagePublished(UuidCreator.getTimeOrderedEpoch(), id, slug, department, candidate.number(),
				content.title(), content.summary(), content.body(), content.eservices(), content.lifeSituations(),
				candidate.writtenBy(), approver.staffId(), at));
	}

	/** Unpublishes the page; its versions are kept and a new one may be published later. */
	public void withdraw(Party.Staff by, Instant at) {
		PageVersion current = published()
				.orElseThrow(() -> new IllegalStateException("page " + slug + " is not published, so it cannot be withdrawn"));
		current.withdraw(by, at);
		events.add(new InformationPageWithdrawn(UuidCreator.getTimeOrderedEpoch(), id, slug, department, current.number(),
				current.title(), by.staffId(), at));
	}

	private PageVersion inReview() {
		return inWork().filter(v -> v.state() == VersionState.IN_REVIEW)
				.orElseThrow(() -> new IllegalStateException("page " + slug + " has no version in review"));
	}

	public Optional<PageVersion> inWork() {
		return versions.stream().filter(v -> v.state().inWork()).findFirst();
	}

	public Optional<PageVersion> published() {
		return versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
	}

	/** The newest version, whatever its state. */
	public PageVersion latest() {
		return versions.get(versions.size() - 1);
	}

	/** Every version, newest first. */
	public List<PageVersion> history() {
		return versions.stream().sorted(Comparator.comparingInt(PageVersion::number).reversed()).toList();
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public String department() {
		return department;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@DomainEvents
	Collection<Object> events() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}
}
