package vn.partyadmission.documents;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.partyadmission.casework.IssuedDocuments;

/** The timeline's links: the API download of the newest version, as the documents list gives it. */
@Component
class DocumentLinks implements IssuedDocuments {

	private final DocumentStore store;

	DocumentLinks(DocumentStore store) {
		this.store = store;
	}

	@Override
	public Optional<String> latestPdf(String caseId, String formCode) {
		if (Kind.ofCode(formCode).isEmpty()) {
			return Optional.empty();
		}
		return store.latest(caseId, formCode).map(d -> "/api/cases/" + caseId + "/documents/" + d.id() + ".pdf");
	}

}
