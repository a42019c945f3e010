package org.cityhall.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityhall.billing.FeeView;
import org.cityhall.billing.InvoiceView.Line;

/**
 * Splits fees, whose amounts include VAT, into invoice lines with a net amount each, so that for every rate
 * the VAT is the rate times the lines' net sum, to the öre (the rule EN 16931 and Peppol check, BR-CO-17).
 * Per rate, the net sum N is the largest with N + round(N × r) at most the fees' total G; it is shared out
 * over the lines by their exact shares, G/(1+r) each, the öre left over going to the largest remainders.
 * Since N + round(N × r) rises by one or two öre as N rises by one, G is sometimes one öre more than that
 * sum: the öre is the invoice's rounding (öresavrundning), so the payer still pays exactly the fees. A
 * line's VAT is its gross less its net.
 */
public final class VatAllocation {

	private static final BigDecimal ORE = new BigDecimal("0.01");

	private VatAllocation() {
	}

	/** The fees' lines, in the fees' order. */
	public static List<Line> lines(List<FeeView> fees) {
		Map<BigDecimal, List<Integer>> byRate = new LinkedHashMap<>();
		for (int i = 0; i < fees.size(); i++) {
			byRate.computeIfAbsent(fees.get(i).vatRate().stripTrailingZeros(), rate -> new ArrayList<>()).add(i);
		}
		BigDecimal[] nets = new BigDecimal[fees.size()];
		byRate.forEach((rate, indexes) -> allocate(rate, indexes, fees, nets));
		List<Line> lines = new ArrayList<>(fees.size());
		for (int i = 0; i < fees.size(); i++) {
			FeeView fee = fees.get(i);
			BigDecimal gross = fee.amount().amount().setScale(2, RoundingMode.UNNECESSARY);
			lines.add(new Line(fee.id(), fee.matter(), fee.what(), fee.vatRate(), nets[i], gross.subtract(nets[i]), gross));
		}
		return lines;
	}

	/** The invoice's VAT: per rate, the lines' net sum times the rate, to the öre. */
	public static BigDecimal vatOf(List<Line> lines) {
		Map<BigDecimal, BigDecimal> nets = new LinkedHashMap<>();
		lines.forEach(line -> nets.merge(line.vatRate().stripTrailingZeros(), line.net(), BigDecimal::add));
		return nets.entrySet().stream().map(group -> vatOn(group.getValue(), group.getKey())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The VAT on a net amount at the rate, to the öre. */
	public static BigDecimal vatOn(BigDecimal net, BigDecimal rate) {
		return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	/** The largest net amount N with N + VAT on N at most the gross amount. */
	static BigDecimal netWithin(BigDecimal gross, BigDecimal rate) {
		BigDecimal net = gross.divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP);
		while (net.add(vatOn(net, rate)).compareTo(gross) > 0) {
			net = net.subtract(ORE);
		}
		while (net.add(ORE).add(vatOn(net.add(ORE), rate)).compareTo(gross) <= 0) {
			net = net.add(ORE);
		}
		return net;
	}

	private static void allocate(BigDecimal rate, List<Integer> indexes, List<FeeView> fees, BigDecimal[] nets) {
		BigDecimal total = indexes.stream().map(i -> fees.get(i).amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal groupNet = netWithin(total, rate);
		BigDecimal floors = BigDecimal.ZERO;
		BigDecimal[] remainders = new BigDecimal[fees.size()];
		for (int i : indexes) {
			BigDecimal exact = fees.get(i).amount().amount().divide(BigDecimal.ONE.add(rate), 10, RoundingMode.HALF_UP);
			nets[i] = exact.setScale(2, RoundingMode.FLOOR);
			remainders[i] = exact.subtract(nets[i]);
			floors = floors.add(nets[i]);
		}
		int leftOver = groupNet.subtract(floors).divide(ORE).intValueExact();
		List<Integer> byRemainder = new ArrayList<>(indexes);
		byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
		for (int k = 0; k < leftOver; k++) {
			int i = byRemainder.get(k % byRemainder.size());
			nets[i] = nets[i].add(ORE);
		}
		for (int k = 0; k < -leftOver; k++) {
			int i = byRemainder.get(byRemainder.size() - 1 - k % byRemainder.size());
			nets[i] = nets[i].subtract(ORE);
		}
	}
}
