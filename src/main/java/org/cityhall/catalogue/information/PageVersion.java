package org.cityhall.catalogue.information;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of an information page: its texts, who wrote them and when, and its review. Changed
 * only through its {@link InformationPage}.
 */
@Table("catalogue_information_page_version")
public class PageVersion {

	private final int number;
	private VersionState state;
	@Embedded.Nullable(prefix = "title_")
	private LocalizedText title;
	@Embedded.Nullable(prefix = "summary_")
	private LocalizedText summary;
	@Embedded.Nullable(prefix = "body_")
	private LocalizedText body;
	private List<String> eservices;
	private List<String> lifeSituations;
	private String writtenBy;
	private String writtenByName;
	private Instant writtenAt;
	private String submittedBy;
	private Instant submittedAt;
	private String reviewedBy;
	private String reviewedByName;
	private Instant reviewedAt;
	private String reviewComment;
	private Instant publishedAt;
	private String withdrawnBy;
	private Instant withdrawnAt;

	@PersistenceCreator
	PageVersion(int number, VersionState state, LocalizedText title, LocalizedText summary, LocalizedText body,
			List<String> eservices, List<String> lifeSituations, String writtenBy, String writtenByName, Instant writtenAt,
			String submittedBy, Instant submittedAt, String reviewedBy, String reviewedByName, Instant reviewedAt,
			String reviewComment, Instant publishedAt, String withdrawnBy, Instant withdrawnAt) {
		this.number = number;
		this.state = state;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.eservices = eservices == null ? List.of() : List.copyOf(eservices);
		this.lifeSituations = lifeSituations == null ? List.of() : List.copyOf(lifeSituations);
		this.writtenBy = writtenBy;
		this.writtenByName = writtenByName;
		this.writtenAt = writtenAt;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.reviewedBy = reviewedBy;
		this.reviewedByName = reviewedByName;
		this.reviewedAt = reviewedAt;
		this.reviewComment = reviewComment;
		this.publishedAt = publishedAt;
		this.withdrawnBy = withdrawnBy;
		this.withdrawnAt = withdrawnAt;
	}

	static PageVersion draft(int number, PageContent content, Party.Staff author, Instant at) {
		PageVersion version = new PageVersion(number, VersionState.DRAFT, null, null, null, List.of(), List.of(), null, null,
				null, null, null, null, null, null, null, null, null, null);
		version.write(content, author, at);
		return version;
	}

	void write(PageContent content, Party.Staff author, Instant at) {
		title = content.title();
		summary = content.summary();
		body = content.body();
		eservices = content.eservices();
		lifeSituations = content.lifeSituations();
		writtenBy = author.staffId();
		writtenByName = author.name();
		writtenAt = at;
		state = VersionState.DRAFT;
	}

	void submit(Party.Staff by, Instant at) {
		submittedBy = by.staffId();
		submittedAt = at;
		state = VersionState.IN_REVIEW;
	}

	void review(Party.Staff reviewer, Instant at, VersionState outcome, String comment) {
		reviewedBy = reviewer.staffId();
		reviewedByName = reviewer.name();
		reviewedAt = at;
		reviewComment = comment;
		state = outcome;
		if (outcome == VersionState.PUBLISHED) {
			publishedAt = at;
		}
	}

	void supersede() {
		state = VersionState.SUPERSEDED;
	}

	void withdraw(Party.Staff by, Instant at) {
		withdrawnBy = by.staffId();
		withdrawnAt = at;
		state = VersionState.WITHDRAWN;
	}

	/** Whether this member of staff wrote or submitted the version, and so may not approve it. */
	boolean isTheWorkOf(Party.Staff staff) {
		return staff.staffId().equals(writtenBy) || staff.staffId().equals(submittedBy);
	}

	public PageContent content() {
		return new PageContent(title, summary, body, eservices, lifeSituations);
	}

	public int number() {
		return number;
	}

	public VersionState state() {
		return state;
	}

	public LocalizedText title() {
		return title;
	}

	public String writtenBy() {
		return writtenBy;
	}

	public String writtenByName() {
		return writtenByName;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

	public Optional<Instant> submittedAt() {
		return Optional.ofNullable(submittedAt);
	}

	public Optional<String> reviewedByName() {
		return Optional.ofNullable(reviewedByName);
	}

	public Optional<Instant> reviewedAt() {
		return Optional.ofNullable(reviewedAt);
	}

	public Optional<String> reviewComment() {
		return Optional.ofNullable(reviewComment);
	}

	public Optional<Instant> publishedAt() {
		return Optional.ofNullable(publishedAt);
	}

	public Optional<Instant> withdrawnAt() {
		return Optional.ofNullable(withdrawnAt);
	}
}
