package org.cityhall.feedback.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2's two formats from one shape: maps (their keys in order) and lists. JSON writes them as they
 * are, absent values as {@code null}; XML names a list's items by the specification's singular
 * ({@code services/service}, {@code service_requests/request}, {@code attributes/attribute}) and writes an
 * absent value as an empty element. Both are UTF-8.
 */
enum Open311Format {

	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

	private static final JsonMapper MAPPER = JsonMapper.builder().build();
	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();
	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request", "errors", "error",
			"attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format");

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static Open311Format of(String extension) {
		return "xml".equals(extension) ? XML : JSON;
	}

	/**
	 * @param root the XML root element ({@code services}, {@code service_requests}, {@code discovery}); JSON has none
	 * @param body a list or a map
	 */
	ResponseEntity<String> answer(HttpStatus status, String root, Object body) {
		return ResponseEntity.status(status).contentType(mediaType).body(write(root, body));
	}

	String write(String root, Object body) {
		if (this == JSON) {
			return MAPPER.writeValueAsString(body);
		}
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("utf-8", "1.0");
			element(xml, root, body);
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("writing Open311 XML", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		if (value == null) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				element(xml, entry.getKey().toString(), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String item = ITEMS.getOrDefault(name, "item");
			for (Object each : list) {
				element(xml, item, each);
			}
		}
		else {
			xml.writeCharacters(value.toString());
		}
		xml.writeEndElement();
	}
}
