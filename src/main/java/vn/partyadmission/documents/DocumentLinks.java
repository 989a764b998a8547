package vn.partyadmission.documents;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import vn.partyadmission.casework.IssuedDocuments;

/** The timeline's links: the API download of the newest version, as the documents list gives it. */
@Component
class DocumentLinks implements IssuedDocuments {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final DocumentStore store;

	DocumentLinks(DocumentStore store) {
		this.store = store;
	}

	@Override
	public Optional<Issued> latest(String caseId, String formCode) {
		return store.latest(caseId, formCode).map(d -> new Issued(d.number(), d.date(), facts(d.facts())));
	}

	private static Map<String, String> facts(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<Map<String, String>>() {
			});
		}
		catch (java.io.IOException | RuntimeException e) {
			// figures only shown on a form: a stored document whose facts do not read shows none
			return Map.of();
		}
	}

	@Override
	public Optional<String> latestPdf(String caseId, String formCode) {
		if (Kind.ofCode(formCode).isEmpty()) {
			return Optional.empty();
		}
		return store.latest(caseId, formCode).map(d -> "/api/cases/" + caseId + "/documents/" + d.id() + ".pdf");
	}

}
