package org.cityhall.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cityhall.catalogue.Catalogue;
import org.cityhall.catalogue.Department;
import org.cityhall.catalogue.EService;
import org.cityhall.insights.EServiceFigures.AbandonedStep;
import org.cityhall.insights.EServiceFigures.ChannelMonth;
import org.cityhall.insights.EServiceFigures.HandlingMonth;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The programme's figures, from the facts the events left: per e-service, per department and in the
 * headline the public page shows. Four queries over the monthly rollups, however many cases.
 */
@Service
public class Insights {

	private final JdbcClient jdbc;
	private final Catalogue catalogue;
	private final Clock clock;

	Insights(JdbcClient jdbc, Catalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** One e-service's figures; empty when the catalogue has no such e-service. */
	public Optional<EServiceFigures> of(String eserviceId) {
		return catalogue.find(eserviceId).map(eservice -> figures(List.of(eservice)).get(0));
	}

	/** Every e-service of the catalogue, ordered by title in the language given. */
	public List<EServiceFigures> all(Locale locale) {
		return figures(catalogue.all(locale));
	}

	/** The figures of these e-services, in the order given. */
	public List<EServiceFigures> figures(List<EService> eservices) {
		String[] ids = eservices.stream().map(EService::id).toArray(String[]::new);
		YearMonth current = YearMonth.now(clock.withZone(AdoptionFacts.STOCKHOLM));
		Map<String, SortedMap<YearMonth, long[]>> channels = new HashMap<>();
		jdbc.sql("SELECT eservice_id, month, channel, cases FROM insights_month WHERE eservice_id = ANY(?)").param(ids)
				.query((RowCallbackHandler) rs -> {
					long[] counts = channels.computeIfAbsent(rs.getString(1), id -> new TreeMap<>())
							.computeIfAbsent(YearMonth.from(rs.getObject(2, LocalDate.class)), m -> new long[4]);
					counts[EService.Channel.valueOf(rs.getString(3)).ordinal()] += rs.getLong(4);
				});
		Map<String, List<HandlingMonth>> handling = new HashMap<>();
		jdbc.sql("""
				SELECT eservice_id, month, decided, days_total, within_target FROM insights_handling_month
				WHERE eservice_id = ANY(?) ORDER BY month""").param(ids)
				.query((RowCallbackHandler) rs -> handling.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
						.add(new HandlingMonth(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getLong(4), rs.getLong(5))));
		Map<String, List<AbandonedStep>> abandoned = new HashMap<>();
		jdbc.sql("""
				SELECT eservice_id, step_id, step_index, drafts FROM insights_abandoned_step
				WHERE eservice_id = ANY(?) ORDER BY step_index, step_id""").param(ids)
				.query((RowCallbackHandler) rs -> abandoned.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
						.add(new AbandonedStep(rs.getString(2), rs.getInt(3), rs.getLong(4))));
		List<EServiceFigures> figures = new ArrayList<>();
		for (EService eservice : eservices) {
			SortedMap<YearMonth, long[]> counted = channels.getOrDefault(eservice.id(), new TreeMap<>());
			List<ChannelMonth> months = new ArrayList<>();
			SortedMap<YearMonth, Long> digital = new TreeMap<>();
			if (!counted.isEmpty()) {
				for (YearMonth month = counted.firstKey(); !month.isAfter(current); month = month.plusMonths(1)) {
					long[] c = counted.getOrDefault(month, new long[4]);
					months.add(new ChannelMonth(month, c[0], c[1], c[2], c[3]));
					digital.put(month, c[EService.Channel.WEB.ordinal()]);
				}
			}
			figures.add(new EServiceFigures(eservice, months, handling.getOrDefault(eservice.id(), List.of()),
					abandoned.getOrDefault(eservice.id(), List.of()), Payback.of(eservice.benefit(), digital, current)));
		}
		return figures;
	}

	/**
	 * Per department: the yearly rationalisation its e-services' estimates promised (which the programme
	 * deducts from its future budget) beside the yearly pace realised over the last twelve months.
	 */
	public List<DepartmentFigures> departments(List<EServiceFigures> figures) {
		Map<String, DepartmentFigures> byDepartment = new LinkedHashMap<>();
		for (Department department : catalogue.departments()) {
			byDepartment.put(department.id(), new DepartmentFigures(department, 0, 0, 0, 0));
		}
		for (EServiceFigures f : figures) {
			Department department = f.eservice().department();
			byDepartment.merge(department.id(), new DepartmentFigures(department, 1, f.payback().estimatedYearly(),
					f.payback().yearlyPace(), f.payback().realised()), DepartmentFigures::plus);
		}
		return byDepartment.values().stream().filter(d -> d.eservices() > 0).toList();
	}

	/** The figures the public page leads with, over every e-service. */
	public Headline headline(List<EServiceFigures> figures) {
		long cases = figures.stream().mapToLong(EServiceFigures::casesLastYear).sum();
		long digital = figures.stream().mapToLong(f -> f.months().subList(Math.max(0, f.months().size() - 12), f.months().size())
				.stream().mapToLong(ChannelMonth::web).sum()).sum();
		long paidBack = figures.stream().filter(f -> f.payback().paidBackIn().isPresent()).count();
		return new Headline(figures.size(), cases, EServiceFigures.share(digital, cases),
				figures.stream().mapToLong(f -> f.payback().realised()).sum(),
				figures.stream().mapToLong(f -> f.payback().estimatedYearly()).sum(),
				figures.stream().mapToLong(f -> f.payback().yearlyPace()).sum(), paidBack);
	}

	/** A department's promised and realised rationalisation, in SEK a year, and what it realised so far. */
	public record DepartmentFigures(Department department, int eservices, long estimatedYearly, long realisedYearly,
			long realisedToDate) {

		DepartmentFigures plus(DepartmentFigures other) {
			return new DepartmentFigures(department, eservices + other.eservices, estimatedYearly + other.estimatedYearly,
					realisedYearly + other.realisedYearly, realisedToDate + other.realisedToDate);
		}
	}

	/**
	 * @param casesLastYear cases in the last twelve months, every channel
	 * @param digitalShare their digital share in per cent
	 * @param realised the benefit realised so far, in SEK
	 * @param estimatedYearly the yearly saving the estimates promised, in SEK
	 * @param realisedYearly the yearly pace of the last twelve months, in SEK
	 * @param paidBack how many e-services have paid back their development
	 */
	public record Headline(int eservices, long casesLastYear, Optional<BigDecimal> digitalShare, long realised,
			long estimatedYearly, long realisedYearly, long paidBack) {
	}
}
