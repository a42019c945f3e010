package org.cityhall.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityhall.catalogue.information.InformationPage;
import org.cityhall.catalogue.information.PageContent;
import org.cityhall.shared.LocalizedText;

/**
 * What an editor typed into an information page's form, kept as typed so the form can show it
 * again, with the problems found, each as a message key and its arguments, in the order of the form.
 */
class PageForm {

	private String slug = "";
	private String department = "";
	private String titleSv = "";
	private String titleEn = "";
	private String summarySv = "";
	private String summaryEn = "";
	private String bodySv = "";
	private String bodyEn = "";
	private List<String> eservices = new ArrayList<>();
	private List<String> lifeSituations = new ArrayList<>();

	static PageForm of(String slug, String department, PageContent content) {
		PageForm form = new PageForm();
		form.slug = slug;
		form.department = department;
		form.titleSv = content.title().sv();
		form.titleEn = content.title().en();
		form.summarySv = content.summary().sv();
		form.summaryEn = content.summary().en();
		form.bodySv = content.body().sv();
		form.bodyEn = content.body().en();
		form.eservices = new ArrayList<>(content.eservices());
		form.lifeSituations = new ArrayList<>(content.lifeSituations());
		return form;
	}

	/**
	 * The problems, by field id, as a message key and arguments; empty when the texts can be saved.
	 * Links to ids the catalogue does not know are dropped, not reported: only a forged form sends them.
	 */
	Map<String, Problem> problems(boolean checkSlug, Set<String> departments, Set<String> knownEServices,
			Set<String> knownLifeSituations) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (checkSlug) {
			if (slug.isBlank()) {
				problems.put("slug", new Problem("catalogue.information.error.slug.missing"));
			}
			else if (!InformationPage.SLUG.matcher(slug).matches()) {
				problems.put("slug", new Problem("catalogue.information.error.slug.invalid"));
			}
			if (!departments.contains(department)) {
				problems.put("department", new Problem("catalogue.information.error.department.missing"));
			}
		}
		text(problems, "titleSv", titleSv, "title", "sv", PageContent.TITLE_MAX);
		text(problems, "titleEn", titleEn, "title", "en", PageContent.TITLE_MAX);
		text(problems, "summarySv", summarySv, "summary", "sv", PageContent.SUMMARY_MAX);
		text(problems, "summaryEn", summaryEn, "summary", "en", PageContent.SUMMARY_MAX);
		text(problems, "bodySv", bodySv, "body", "sv", PageContent.BODY_MAX);
		text(problems, "bodyEn", bodyEn, "body", "en", PageContent.BODY_MAX);
		eservices = eservices.stream().filter(knownEServices::contains).distinct().toList();
		lifeSituations = lifeSituations.stream().filter(knownLifeSituations::contains).distinct().toList();
		return problems;
	}

	private static void text(Map<String, Problem> problems, String field, String value, String what, String language, int max) {
		if (value.isBlank()) {
			problems.put(field, new Problem("catalogue.information.error." + what + ".missing." + language));
		}
		else if (value.length() > max) {
			problems.put(field, new Problem("catalogue.information.error." + what + ".too-long." + language, max, value.length()));
		}
	}

	/** The texts as a version holds them; only once {@link #problems} found none. */
	PageContent content() {
		return new PageContent(new LocalizedText(titleSv.strip(), titleEn.strip()),
				new LocalizedText(summarySv.strip(), summaryEn.strip()), new LocalizedText(bodySv, bodyEn), eservices,
				lifeSituations);
	}

	/** A problem with a field: its message key and the message's arguments. */
	record Problem(String key, Object... args) {
	}

	private static String typed(String value) {
		return value == null ? "" : value;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = typed(slug).strip();
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = typed(department);
	}

	public String getTitleSv() {
		return titleSv;
	}

	public void setTitleSv(String titleSv) {
		this.titleSv = typed(titleSv);
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = typed(titleEn);
	}

	public String getSummarySv() {
		return summarySv;
	}

	public void setSummarySv(String summarySv) {
		this.summarySv = typed(summarySv);
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = typed(summaryEn);
	}

	public String getBodySv() {
		return bodySv;
	}

	public void setBodySv(String bodySv) {
		this.bodySv = typed(bodySv).replace("\r\n", "\n");
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = typed(bodyEn).replace("\r\n", "\n");
	}

	public List<String> getEservices() {
		return eservices;
	}

	public void setEservices(List<String> eservices) {
		this.eservices = eservices == null ? new ArrayList<>() : new ArrayList<>(eservices);
	}

	public List<String> getLifeSituations() {
		return lifeSituations;
	}

	public void setLifeSituations(List<String> lifeSituations) {
		this.lifeSituations = lifeSituations == null ? new ArrayList<>() : new ArrayList<>(lifeSituations);
	}
}
