package org.cityhall.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cityhall.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Why didn't my child get this school?": for every school ranked above the child's placement, in plain
 * words, the school's places and how the last child admitted compared with the child on the first rule
 * where they differ — sibling, relative proximity, queue date, or the lottery.
 */
@Component
public class PlacementReasons {

	private final JdbcClient jdbc;
	private final PlacementResults results;

	PlacementReasons(JdbcClient jdbc, PlacementResults results) {
		this.jdbc = jdbc;
		this.results = results;
	}

	/** Why not one school: its name and the reason. */
	public record Reason(int choice, String school, LocalizedText text) {
	}

	private record Standing(int choice, String school, String schoolName, List<PriorityRule> rules, boolean sibling,
			Optional<Integer> proximity, Optional<LocalDate> queueDate, int lottery, long key) {
	}

	public List<Reason> whyNot(SchoolApplication application) {
		Optional<PlacementResults.Result> result = results.result(application.id());
		if (result.isEmpty()) {
			return List.of();
		}
		int placedAt = result.get().choice().orElse(Integer.MAX_VALUE);
		List<Reason> reasons = new ArrayList<>();
		for (Standing own : standings("p.application_id = ?", application.id())) {
			if (own.choice() >= placedAt) {
				continue;
			}
			int places = jdbc.sql("SELECT places FROM placement_places WHERE round_id = ? AND school_code = ? AND grade = ?")
					.params(application.roundId(), own.school(), application.grade().code()).query(Integer.class).single();
			List<Standing> last = standings("""
					p.application_id = (SELECT p2.application_id FROM placement_priority p2
					    JOIN placement_result r2 ON r2.application_id = p2.application_id AND r2.school_code = p2.school_code
					        AND r2.outcome = 'choice'
					    JOIN placement_application a2 ON a2.id = p2.application_id
					    WHERE r2.round_id = ? AND p2.school_code = ? AND a2.grade = ?
					    ORDER BY p2.priority_key DESC LIMIT 1) AND p.school_code = ?""", application.roundId(), own.school(),
					application.grade().code(), own.school());
			reasons.add(new Reason(own.choice(), own.schoolName(), text(own, places, last.stream().findFirst())));
		}
		return reasons;
	}

	private static LocalizedText text(Standing own, int places, Optional<Standing> lastAdmitted) {
		String name = own.schoolName();
		if (lastAdmitted.isEmpty()) {
			return new LocalizedText(name + " hade inga platser kvar i årskursen.", name + " had no places left in the grade.");
		}
		Standing last = lastAdmitted.get();
		String filledSv = name + " fyllde alla " + places + " platser. ";
		String filledEn = name + " filled all " + places + " places. ";
		if (own.key() < last.key()) {
			return new LocalizedText(filledSv + "Platsen gick till ett barn på väntelistan innan ditt barn kom i fråga.",
					filledEn + "The place went to a child on the waiting list before your child's turn.");
		}
		for (PriorityRule rule : own.rules()) {
			switch (rule) {
				case SIBLING -> {
					if (last.sibling() && !own.sibling()) {
						return new LocalizedText(filledSv + "Alla platser gick till barn med syskonförtur; ditt barn har ingen syskonförtur där.",
								filledEn + "All places went to children with sibling priority; your child has no sibling priority there.");
					}
				}
				case PROXIMITY -> {
					int theirs = last.proximity().orElse(0);
					int yours = own.proximity().orElse(0);
					if (theirs != yours) {
						return new LocalizedText(
								filledSv + "Det sista barnet som antogs hade relativ närhet " + theirs + " m; ditt barns var " + yours + " m.",
								filledEn + "The last child admitted had relative proximity " + theirs + " m; your child's was " + yours + " m.");
					}
				}
				case QUEUE_DATE -> {
					if (!last.queueDate().equals(own.queueDate())) {
						String theirs = last.queueDate().map(Object::toString).orElse("-");
						String yours = own.queueDate().map(Object::toString).orElse("-");
						return new LocalizedText(
								filledSv + "Det sista barnet som antogs hade ködatum " + theirs + "; ditt barns var " + yours + ".",
								filledEn + "The last child admitted had queue date " + theirs + "; your child's was " + yours + ".");
					}
				}
			}
		}
		return new LocalizedText(
				filledSv + "Det sista barnet som antogs hade samma förtur som ditt barn och gick före i lottningen (nummer "
						+ last.lottery() + "; ditt barns " + own.lottery() + ").",
				filledEn + "The last child admitted had the same priority as your child and came first in the lottery (number "
						+ last.lottery() + "; your child's " + own.lottery() + ").");
	}

	private List<Standing> standings(String where, Object... parameters) {
		return jdbc.sql("""
				SELECT p.choice, p.school_code, s.name, s.rules, p.sibling, p.proximity, p.queue_date, r.lottery, p.priority_key
				FROM placement_priority p JOIN placement_school s ON s.code = p.school_code
				JOIN placement_result r ON r.application_id = p.application_id
				""" + "WHERE " + where + " ORDER BY p.choice").params(parameters)
				.query((row, n) -> new Standing(row.getInt(1), row.getString(2), row.getString(3),
						PriorityRule.parse(row.getString(4)), row.getBoolean(5), Optional.ofNullable((Integer) row.getObject(6)),
						Optional.ofNullable(row.getDate(7)).map(java.sql.Date::toLocalDate), row.getInt(8), row.getLong(9)))
				.list();
	}
}
