package org.cityhall.search.index;

import java.util.Collection;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.cityhall.search.Searchable.Visibility;

/**
 * What a searcher may find, as a filter the query runs with: made afresh for every query from who
 * the searcher is and whom they act for at that moment, never stored in the index.
 *
 * @param subjects the party ids whose documents for their subject's eyes the searcher may find:
 *        themselves and whom they act for today; empty for staff and for no one signed in
 * @param departments the departments whose non-public documents a member of staff may find
 * @param everyDepartment whether the staff member's role is city-wide: every non-public document
 */
public record Access(Set<String> subjects, Set<String> departments, boolean everyDepartment) {

	public Access {
		subjects = Set.copyOf(subjects);
		departments = Set.copyOf(departments);
	}

	/** Public documents only: no one is signed in. */
	public static Access publicOnly() {
		return new Access(Set.of(), Set.of(), false);
	}

	/** A resident: public documents, and documents for the eyes of the given parties. */
	public static Access subjects(Collection<String> partyIds) {
		return new Access(Set.copyOf(partyIds), Set.of(), false);
	}

	/** Staff: public documents and every non-public document of the departments (or of all). */
	public static Access staff(Collection<String> departments, boolean everyDepartment) {
		return new Access(Set.of(), Set.copyOf(departments), everyDepartment);
	}

	/** Whether the searcher may find more than public documents. */
	public boolean seesPersonalData() {
		return !subjects.isEmpty() || !departments.isEmpty() || everyDepartment;
	}

	/** Whether the searcher is staff reading within their rights, whose reads are audited. */
	public boolean isStaff() {
		return !departments.isEmpty() || everyDepartment;
	}

	Query filter() {
		BooleanQuery.Builder any = new BooleanQuery.Builder()
				.add(visibility(Visibility.PUBLIC), Occur.SHOULD);
		if (!subjects.isEmpty()) {
			any.add(new BooleanQuery.Builder()
					.add(visibility(Visibility.SUBJECT), Occur.FILTER)
					.add(new TermInSetQuery(Fields.SUBJECT, subjects.stream().map(BytesRef::new).toList()), Occur.FILTER)
					.build(), Occur.SHOULD);
		}
		if (everyDepartment || !departments.isEmpty()) {
			BooleanQuery.Builder staff = new BooleanQuery.Builder().add(new BooleanQuery.Builder()
					.add(visibility(Visibility.SUBJECT), Occur.SHOULD)
					.add(visibility(Visibility.STAFF), Occur.SHOULD)
					.build(), Occur.FILTER);
			if (!everyDepartment) {
				staff.add(new TermInSetQuery(Fields.DEPARTMENT, departments.stream().map(BytesRef::new).toList()), Occur.FILTER);
			}
			any.add(staff.build(), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query visibility(Visibility visibility) {
		return new TermQuery(new Term(Fields.VISIBILITY, IndexedDocument.visibility(visibility)));
	}
}
