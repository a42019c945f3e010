package org.cityhall.queues;

import java.util.List;

import org.cityhall.forms.Option;
import org.cityhall.forms.OptionSource;
import org.cityhall.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The option source {@code queue-alternatives/<queue>}: the queue's published alternatives — the
 * pre-schools that take applications — by name, with their district, so a pre-school an administrator
 * adds can be chosen at once. The value is the alternative's id.
 */
@Component
class AlternativeOptions implements OptionSource {

	private final Queues queues;

	AlternativeOptions(Queues queues) {
		this.queues = queues;
	}

	@Override
	public String name() {
		return "queue-alternatives";
	}

	@Override
	public List<Option> options(String queue) {
		return queues.alternatives(queue).stream().map(alternative -> {
			String label = alternative.name() + " (" + alternative.district() + ")";
			return new Option(alternative.id(), new LocalizedText(label, label));
		}).toList();
	}
}
