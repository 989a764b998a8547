/**
 * Official documents (issue 16): each resolution and decision of a case as the document the Party
 * files, rendered from a Vietnamese template into PDF/A and DOCX when its step completes, stored
 * with its hash in the member's journal, corrected only by a new version. Listens to the
 * admission steps' {@code DocumentIssued}; nothing depends on it but through its HTTP API and
 * casework's {@code IssuedDocuments} (the timeline's links), which it implements.
 */
package vn.partyadmission.documents;
