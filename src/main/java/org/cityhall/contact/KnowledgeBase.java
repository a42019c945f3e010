package org.cityhall.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.Actor;
import org.cityhall.shared.Party;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * The answers agents give, kept by the agents and the departments: a question's title and the answer in
 * Swedish and English, the department that owns it and words to find it by. Agents keep the answers of
 * every department, an officer those of their own; every change is a new version that says who made it
 * and when, and an answer no longer true is retired rather than removed.
 */
@Service
public class KnowledgeBase {

	private final JdbcClient jdbc;
	private final Clock clock;

	KnowledgeBase(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Someone tried to keep an answer of a department they do not keep answers for. */
	public static class NotYours extends RuntimeException {

		NotYours(String message) {
			super(message);
		}
	}

	/**
	 * What an answer says, in both languages. Answers written before there were two have no English yet.
	 */
	public record Texts(String titleSv, String bodySv, Optional<String> titleEn, Optional<String> bodyEn, String keywords) {

		public Texts {
			titleSv = titleSv.strip();
			bodySv = bodySv.strip();
			titleEn = titleEn.map(String::strip).filter(t -> !t.isEmpty());
			bodyEn = bodyEn.map(String::strip).filter(t -> !t.isEmpty());
			keywords = keywords.strip();
		}

		/** Both languages, as an agent or officer writes them now. */
		public static Texts of(String titleSv, String bodySv, String titleEn, String bodyEn, String keywords) {
			Texts texts = new Texts(titleSv, bodySv, Optional.of(titleEn), Optional.of(bodyEn), keywords);
			if (texts.titleSv().isEmpty() || texts.bodySv().isEmpty() || texts.titleEn().isEmpty() || texts.bodyEn().isEmpty()) {
				throw new IllegalArgumentException("an answer has its question and its text in Swedish and in English");
			}
			return texts;
		}

		/** The question in the language asked for, Swedish when there is no English. */
		public String title(Locale locale) {
			return english(locale) ? titleEn.orElse(titleSv) : titleSv;
		}

		public String body(Locale locale) {
			return english(locale) ? bodyEn.orElse(bodySv) : bodySv;
		}

		/** Whether the text shown in that language is really in it: false for English not yet written. */
		public boolean in(Locale locale) {
			return !english(locale) || (titleEn.isPresent() && bodyEn.isPresent());
		}

		private static boolean english(Locale locale) {
			return "en".equals(locale.getLanguage());
		}
	}

	/**
	 * @param version the current version, 1 for a new answer
	 * @param updatedBy who made the current version, by staff id
	 */
	public record Answer(UUID id, Texts texts, String department, int version, String updatedBy, Instant updatedAt,
			Optional<String> retiredBy, Optional<Instant> retiredAt) {

		public boolean retired() {
			return retiredAt.isPresent();
		}
	}

	/** One version of an answer: written, edited or retired, by whom and when. */
	public record Revision(int version, String change, Texts texts, String changedBy, Instant changedAt) {
	}

	/**
	 * Answers in use with every typed word in their question, text (either language) or keywords (case
	 * ignored), newest first; all in use when nothing is typed.
	 */
	public List<Answer> search(String typed) {
		List<String> words = Arrays.stream((typed == null ? "" : typed).toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank())
				.limit(8).toList();
		StringBuilder sql = new StringBuilder("SELECT * FROM contact_answer WHERE retired_at IS NULL");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" AND lower(concat_ws(' ', title_sv, body_sv, title_en, body_en, keywords)) LIKE :w").append(i);
		}
		var statement = jdbc.sql(sql.append(" ORDER BY updated_at DESC LIMIT 50").toString());
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return statement.query(KnowledgeBase::answer).list();
	}

	public Optional<Answer> find(UUID id) {
		return jdbc.sql("SELECT * FROM contact_answer WHERE id = :id").param("id", id).query(KnowledgeBase::answer).optional();
	}

	/** Every version of the answer, newest first. */
	public List<Revision> history(UUID id) {
		return jdbc.sql("SELECT * FROM contact_answer_revision WHERE answer_id = :id ORDER BY version DESC").param("id", id)
				.query((rs, n) -> new Revision(rs.getInt("version"), rs.getString("change"), texts(rs), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()))
				.list();
	}

	/** Whether the member of staff keeps the department's answers: an agent any department's, an officer their own's. */
	public static boolean keeps(Actor staff, String department) {
		return staff.who() instanceof Party.Staff
				&& (staff.hasRole(StaffRoles.CONTACT_CENTRE_AGENT) || staff.hasRoleIn(StaffRoles.OFFICER, department));
	}

	@Transactional
	public UUID write(Actor staff, Texts texts, String department) {
		if (department.isBlank() || texts.titleEn().isEmpty() || texts.bodyEn().isEmpty()) {
			throw new IllegalArgumentException("an answer has a department, and its question and text in both languages");
		}
		allowed(staff, department);
		UUID id = UuidCreator.getTimeOrderedEpoch();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO contact_answer (id, title_sv, body_sv, title_en, body_en, department, keywords, version, updated_by, updated_at)
				VALUES (:id, :titleSv, :bodySv, :titleEn, :bodyEn, :department, :keywords, 1, :by, :at)""")
				.paramSource(params(id, texts, staff.who().id(), now).addValue("department", department)).update();
		revision(id, 1, "written", staff.who().id(), now);
		return id;
	}

	/**
	 * Changes the texts of an answer in use, as the editor saw it.
	 *
	 * @param seen the version the editor changed
	 * @throws IllegalStateException when it was retired, or changed by someone else since it was seen
	 */
	@Transactional
	public void edit(Actor staff, UUID id, int seen, Texts texts) {
		Answer answer = current(staff, id, seen);
		if (texts.titleEn().isEmpty() || texts.bodyEn().isEmpty()) {
			throw new IllegalArgumentException("an answer has its question and text in both languages");
		}
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE contact_answer SET title_sv = :titleSv, body_sv = :bodySv, title_en = :titleEn, body_en = :bodyEn, keywords = :keywords,
				  version = version + 1, updated_by = :by, updated_at = :at
				WHERE id = :id""").paramSource(params(id, texts, staff.who().id(), now)).update();
		revision(id, answer.version() + 1, "edited", staff.who().id(), now);
	}

	/** Takes an answer out of use: no longer found, its history kept. */
	@Transactional
	public void retire(Actor staff, UUID id, int seen) {
		Answer answer = current(staff, id, seen);
		Instant now = clock.instant();
		jdbc.sql("UPDATE contact_answer SET version = version + 1, retired_by = :by, retired_at = :at WHERE id = :id")
				.param("by", staff.who().id()).param("at", Timestamp.from(now)).param("id", id).update();
		revision(id, answer.version() + 1, "retired", staff.who().id(), now);
	}

	private Answer current(Actor staff, UUID id, int seen) {
		Answer answer = jdbc.sql("SELECT * FROM contact_answer WHERE id = :id FOR UPDATE").param("id", id).query(KnowledgeBase::answer).optional()
				.orElseThrow(() -> new IllegalArgumentException("no answer " + id));
		allowed(staff, answer.department());
		if (answer.retired()) {
			throw new IllegalStateException("answer " + id + " is retired; it can no longer be changed");
		}
		if (answer.version() != seen) {
			throw new IllegalStateException("answer " + id + " is at version " + answer.version() + " since " + answer.updatedBy()
					+ " changed it; version " + seen + " was seen");
		}
		return answer;
	}

	private void revision(UUID id, int version, String change, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO contact_answer_revision (answer_id, version, change, title_sv, body_sv, title_en, body_en, keywords, changed_by, changed_at)
				SELECT id, :version, :change, title_sv, body_sv, title_en, body_en, keywords, :by, :at FROM contact_answer WHERE id = :id""")
				.param("version", version).param("change", change).param("by", by).param("at", Timestamp.from(at)).param("id", id).update();
	}

	private static void allowed(Actor staff, String department) {
		if (!keeps(staff, department)) {
			throw new NotYours(staff.who().id() + " does not keep the answers of " + department);
		}
	}

	private static MapSqlParameterSource params(UUID id, Texts texts, String by, Instant at) {
		return new MapSqlParameterSource().addValue("id", id).addValue("titleSv", texts.titleSv())
				.addValue("bodySv", texts.bodySv()).addValue("titleEn", texts.titleEn().orElse(null)).addValue("bodyEn", texts.bodyEn().orElse(null))
				.addValue("keywords", texts.keywords()).addValue("by", by).addValue("at", Timestamp.from(at));
	}

	private static Texts texts(ResultSet rs) throws SQLException {
		return new Texts(rs.getString("title_sv"), rs.getString("body_sv"), Optional.ofNullable(rs.getString("title_en")),
				Optional.ofNullable(rs.getString("body_en")), rs.getString("keywords"));
	}

	private static Answer answer(ResultSet rs, int row) throws SQLException {
		return new Answer(rs.getObject("id", UUID.class), texts(rs), rs.getString("department"), rs.getInt("version"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant(), Optional.ofNullable(rs.getString("retired_by")),
				Optional.ofNullable(rs.getTimestamp("retired_at")).map(Timestamp::toInstant));
	}
}
