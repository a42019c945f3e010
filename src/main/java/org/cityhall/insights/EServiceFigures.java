package org.cityhall.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cityhall.catalogue.EService;
import org.cityhall.forms.Step;
import org.cityhall.shared.LocalizedText;

/**
 * One e-service's figures as its events tell them.
 *
 * @param months cases per channel for each month from the first case to the current month
 * @param handling decisions per month with the days they took, for months with decisions
 * @param abandoned drafts that expired unsubmitted, by the step they had reached, in the form's order
 * @param payback the benefit realised against the estimate
 */
public record EServiceFigures(EService eservice, List<ChannelMonth> months, List<HandlingMonth> handling,
		List<AbandonedStep> abandoned, Payback payback) {

	public EServiceFigures {
		months = List.copyOf(months);
		handling = List.copyOf(handling);
		abandoned = List.copyOf(abandoned);
	}

	/** A month's cases by the channel they came in by: web (digital), phone, e-mail, paper. */
	public record ChannelMonth(YearMonth month, long web, long phone, long email, long paper) {

		public long total() {
			return web + phone + email + paper;
		}

		/** The digital share in per cent, to one decimal; empty in a month without cases. */
		public Optional<BigDecimal> digitalShare() {
			return share(web, total());
		}
	}

	/** A month's decisions: how many, their average handling time and how many were within the target. */
	public record HandlingMonth(YearMonth month, long decided, long daysTotal, long withinTarget) {

		public BigDecimal averageDays() {
			return decided == 0 ? BigDecimal.ZERO
					: BigDecimal.valueOf(daysTotal).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
		}

		public Optional<BigDecimal> withinTargetShare() {
			return share(withinTarget, decided);
		}
	}

	/** Drafts abandoned at a step. */
	public record AbandonedStep(String stepId, int stepIndex, long drafts) {
	}

	public OptionalInt targetDays() {
		return eservice.handlingTargetDays();
	}

	/** Cases in the last twelve months (the current one included). */
	public long casesLastYear() {
		return lastYear().stream().mapToLong(ChannelMonth::total).sum();
	}

	/** The digital share of the last twelve months, in per cent; empty without cases. */
	public Optional<BigDecimal> digitalShareLastYear() {
		List<ChannelMonth> recent = lastYear();
		return share(recent.stream().mapToLong(ChannelMonth::web).sum(), recent.stream().mapToLong(ChannelMonth::total).sum());
	}

	/** The average handling time of every decision counted, in days; empty without decisions. */
	public Optional<BigDecimal> averageHandlingDays() {
		long decided = handling.stream().mapToLong(HandlingMonth::decided).sum();
		long days = handling.stream().mapToLong(HandlingMonth::daysTotal).sum();
		return decided == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
	}

	/** A step's title in the e-service's form as it is now; the step's id for a step the form no longer has. */
	public LocalizedText stepTitle(String stepId) {
		return eservice.form().flatMap(form -> form.steps().stream().filter(step -> step.id().equals(stepId)).findFirst())
				.map(Step::title).orElse(new LocalizedText(stepId, stepId));
	}

	public long abandonedDrafts() {
		return abandoned.stream().mapToLong(AbandonedStep::drafts).sum();
	}

	private List<ChannelMonth> lastYear() {
		return months.subList(Math.max(0, months.size() - 12), months.size());
	}

	static Optional<BigDecimal> share(long part, long whole) {
		return whole == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
	}
}
