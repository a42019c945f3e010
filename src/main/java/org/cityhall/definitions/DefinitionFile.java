package org.cityhall.definitions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** One YAML definition file, read into nodes that remember their lines. */
public final class DefinitionFile {

	private DefinitionFile() {
	}

	/** The file's name as its author knows it: its folder and file name, e.g. {@code eservices/radon-readings.yml}. */
	public static String nameOf(Resource resource) {
		try {
			String path = URI.create(resource.getURL().toString().replace(" ", "%20")).getPath();
			if (path == null) {
				path = resource.getURL().toString();
			}
			String[] parts = path.split("[/!]");
			List<String> named = java.util.Arrays.stream(parts).filter(part -> !part.isEmpty()).toList();
			return named.size() >= 2 ? named.get(named.size() - 2) + "/" + named.get(named.size() - 1) : String.valueOf(resource.getFilename());
		}
		catch (IOException | IllegalArgumentException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	private static final Pattern KEY = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z][\\w-]*)\\s*:");

	/** The field written on a line (or the nearest line above it), to point at where the syntax broke. */
	private static String fieldOnLine(Resource resource, int line) {
		try (var in = resource.getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
				Matcher key = KEY.matcher(lines.get(i));
				if (key.find()) {
					return key.group(1);
				}
			}
		}
		catch (IOException ex) {
			// the line alone still points the author to the place
		}
		return "";
	}

	/** Reads a file, refusing anything that is not UTF-8 YAML with an {@link InvalidDefinitionException}. */
	public static DefinitionNode read(Resource resource) {
		String name = nameOf(resource);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true); // duplicates are reported by DefinitionNode, with their line
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(1024 * 1024);
		var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(resource.getInputStream(), decoder)) {
			Node root = new Yaml(new SafeConstructor(options)).compose(reader);
			if (root == null) {
				throw new InvalidDefinitionException(name, 1, "", "the file is empty");
			}
			return DefinitionNode.of(name, "", root);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			int line = mark == null ? 1 : mark.getLine() + 1;
			throw new InvalidDefinitionException(name, line, fieldOnLine(resource, line), "is not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new InvalidDefinitionException(name, 1, "", "is not UTF-8 text");
			}
			throw new InvalidDefinitionException(name, 1, "", "is not valid YAML: " + ex.getMessage());
		}
		catch (CharacterCodingException ex) {
			throw new InvalidDefinitionException(name, 1, "", "is not UTF-8 text");
		}
		catch (IOException ex) {
			throw new InvalidDefinitionException(name, 1, "", "could not be read: " + ex.getMessage());
		}
	}
}
