package org.cityhall.catalogue.information;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.cityhall.shared.Actor;
import org.cityhall.shared.LocalizedText;
import org.cityhall.shared.Party;
import org.cityhall.web.PublicContentChanges;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reviewing and publishing information pages, for the staff of the page's department:
 * a {@value #EDITOR} writes versions and submits them; a {@value #PUBLISHER} approves them (never
 * their own), sends them back with a comment, or withdraws the page. Roles are data, scoped to a
 * department or to the whole city; anyone else gets {@link PageAccessDenied}.
 */
@Service
public class WritingInformationPages {

	/** The staff role that writes a department's information pages. */
	public static final String EDITOR = "content-editor";
	/** The staff role that approves, sends back and withdraws a department's information pages. */
	public static final String PUBLISHER = "content-publisher";

	private final Pages pages;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final PublicContentChanges publicContent;

	WritingInformationPages(Pages pages, JdbcClient jdbc, Clock clock, PublicContentChanges publicContent) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publicContent = publicContent;
	}

	/**
	 * Starts a page with its first draft.
	 * @throws SlugTaken when another page has the slug
	 */
	@Transactional
	public InformationPage start(Actor actor, String slug, String department, PageContent content) {
		require(actor, EDITOR, department);
		if (pages.existsBySlug(slug)) {
			throw new SlugTaken(slug);
		}
		try {
			return pages.save(InformationPage.start(slug, department, content, staff(actor), clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			throw new SlugTaken(slug);
		}
	}

	/** A page for its department's editors and publishers. */
	@Transactional(readOnly = true)
	public InformationPage open(Actor actor, String slug) {
		InformationPage page = pages.findBySlug(slug).orElseThrow(() -> new PageNotFound(slug));
		if (!mayEdit(actor, page.department()) && !mayPublish(actor, page.department())) {
			throw new PageAccessDenied();
		}
		return page;
	}

	@Transactional
	public InformationPage write(Actor actor, String slug, PageContent content) {
		InformationPage page = forRole(actor, slug, EDITOR);
		page.write(content, staff(actor), clock.instant());
		return pages.save(page);
	}

	@Transactional
	public InformationPage submitForReview(Actor actor, String slug) {
		InformationPage page = forRole(actor, slug, EDITOR);
		page.submitForReview(staff(actor), clock.instant());
		return pages.save(page);
	}

	@Transactional
	public InformationPage sendBack(Actor actor, String slug, String comment) {
		InformationPage page = forRole(actor, slug, PUBLISHER);
		page.sendBack(staff(actor), comment, clock.instant());
		return pages.save(page);
	}

	@Transactional
	public InformationPage approve(Actor actor, String slug) {
		InformationPage page = forRole(actor, slug, PUBLISHER);
		page.approve(staff(actor), clock.instant());
		// E-service and life-situation pages list the published pages under "Read more".
		publicContent.changed();
		return pages.save(page);
	}

	@Transactional
	public InformationPage withdraw(Actor actor, String slug) {
		InformationPage page = forRole(actor, slug, PUBLISHER);
		page.withdraw(staff(actor), clock.instant());
		publicContent.changed();
		return pages.save(page);
	}

	/** The pages of every department the actor writes or publishes for, with where each stands, by title. */
	@Transactional(readOnly = true)
	public List<PageRow> list(Actor actor) {
		return jdbc.sql("""
				SELECT p.slug, p.department, v.number, v.state, v.title_sv, v.title_en, v.written_at,
				       EXISTS (SELECT 1 FROM catalogue_information_page_version pv
				               WHERE pv.page_id = p.id AND pv.state = 'PUBLISHED') AS published
				FROM catalogue_information_page p
				JOIN catalogue_information_page_version v ON v.page_id = p.id
				WHERE v.number = (SELECT max(number) FROM catalogue_information_page_version m WHERE m.page_id = p.id)
				""")
				.query((rs, row) -> new PageRow(rs.getString("slug"), rs.getString("department"), rs.getInt("number"),
						VersionState.valueOf(rs.getString("state")),
						new LocalizedText(rs.getString("title_sv"), rs.getString("title_en")),
						rs.getTimestamp("written_at").toInstant(), rs.getBoolean("published")))
				.list().stream()
				.filter(row -> mayEdit(actor, row.department()) || mayPublish(actor, row.department()))
				.sorted(Comparator.comparing(row -> row.title().sv()))
				.toList();
	}

	public boolean mayEdit(Actor actor, String department) {
		return actor.hasRoleIn(EDITOR, department);
	}

	public boolean mayPublish(Actor actor, String department) {
		return actor.hasRoleIn(PUBLISHER, department);
	}

	/** Whether the actor writes or publishes information pages anywhere. */
	public boolean writesOrPublishes(Actor actor) {
		return actor.hasRole(EDITOR) || actor.hasRole(PUBLISHER);
	}

	private InformationPage forRole(Actor actor, String slug, String role) {
		InformationPage page = pages.findBySlug(slug).orElseThrow(() -> new PageNotFound(slug));
		require(actor, role, page.department());
		return page;
	}

	private static void require(Actor actor, String role, String department) {
		if (!actor.hasRoleIn(role, department)) {
			throw new PageAccessDenied();
		}
	}

	private static Party.Staff staff(Actor actor) {
		if (actor.who() instanceof Party.Staff staff) {
			return staff;
		}
		throw new PageAccessDenied();
	}

	/** A page as the staff list shows it: its newest version's title and state, and whether any version is public. */
	public record PageRow(String slug, String department, int latestVersion, VersionState latestState,
			LocalizedText title, Instant writtenAt, boolean published) {
	}

	/** The actor's roles do not reach the page's department. */
	public static class PageAccessDenied extends RuntimeException {

		PageAccessDenied() {
			super("the actor's roles do not reach this page's department");
		}
	}

	/** No information page has the slug. */
	public static class PageNotFound extends RuntimeException {

		PageNotFound(String slug) {
			super("no information page is called " + slug);
		}
	}

	/** Another page already has the slug. */
	public static class SlugTaken extends RuntimeException {

		SlugTaken(String slug) {
			super("another information page is already called " + slug);
		}
	}
}
