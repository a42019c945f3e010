package org.cityhall.forms;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a choice field's options come from when they are the city's current ones rather than written in
 * the definition: the pre-schools that take applications, the schools of the open round, the courses
 * and camp weeks one can book. A definition names the source with {@code optionsFrom: name} or
 * {@code optionsFrom: name/argument} ({@code bookables/swimming}); the module that owns the units declares
 * a Spring bean implementing this interface, and the catalogue fills the field's options from it each
 * time the form is used, so a unit added by an administrator can be chosen at once. A definition naming a
 * source no module gives stops the start, naming the file and the field.
 */
public interface OptionSource {

	/** The name definitions use: lower-case letters, digits and hyphens. */
	String name();

	/**
	 * The options as they stand now, in the order to show them.
	 *
	 * @param argument what follows the name after a slash in the definition, or the empty string
	 */
	List<Option> options(String argument);

	/** A source as a definition names it. */
	record Reference(String name, String argument) {

		private static final Pattern WRITTEN = Pattern.compile("([a-z][a-z0-9-]*)(?:/([a-z0-9][a-z0-9-]*))?");

		public Reference {
			if (!WRITTEN.matcher(argument.isEmpty() ? name : name + "/" + argument).matches()) {
				throw new IllegalArgumentException("a source is named like 'bookables' or 'bookables/swimming', not '" + name
						+ (argument.isEmpty() ? "" : "/" + argument) + "'");
			}
		}

		/** The reference as written: {@code name} or {@code name/argument}. */
		public static Reference parse(String written) {
			int slash = written.indexOf('/');
			return slash < 0 ? new Reference(written, "") : new Reference(written.substring(0, slash), written.substring(slash + 1));
		}

		@Override
		public String toString() {
			return argument.isEmpty() ? name : name + "/" + argument;
		}
	}
}
