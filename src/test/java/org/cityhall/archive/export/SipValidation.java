package org.cityhall.archive.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.roda_project.commons_ip2.validator.EARKSIPValidator;
import org.roda_project.commons_ip2.validator.reporter.ValidationReportOutputJson;

/** Checks a package with the E-ARK validator of commons-ip2, and reads its entries. */
public final class SipValidation {

	private SipValidation() {
	}

	/** The validator's errors (its failed MUST requirements); its MAY and SHOULD advice is not counted. */
	public static List<String> errors(Path sip) throws Exception {
		ValidationReportOutputJson report = new ValidationReportOutputJson(sip, new ByteArrayOutputStream());
		boolean valid = new EARKSIPValidator(report, SipWriter.SPECIFICATION).validate(SipWriter.SPECIFICATION);
		if (valid && report.getErrors() == 0) {
			return List.of();
		}
		List<String> failures = new ArrayList<>();
		report.getResults().forEach((id, details) -> {
			if (!details.isValid() && !details.isSkipped()) {
				failures.add(id + ": " + details.getIssues());
			}
		});
		return failures;
	}

	public static Map<String, String> entries(byte[] zip) throws Exception {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}
