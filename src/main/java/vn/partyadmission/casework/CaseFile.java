package vn.partyadmission.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.partyadmission.organization.CaseRouting;

/**
 * The record of one case that decides its workflow: whose case it is, its cell, the bodies that
 * act on it (its route, from the organization tree) and what its steps decided so far (its
 * progress: vote outcomes, counters, dates, the mentor). Read once per transaction by
 * {@link CaseFiles}; written only by the steps through {@link Step#set}.
 */
public final class CaseFile {

	private final String caseId;

	private final String personId;

	private final boolean open;

	private CaseRouting route;

	private final Map<String, Object> progress;

	CaseFile(String caseId, String personId, boolean open, CaseRouting route, Map<String, Object> progress) {
		this.caseId = caseId;
		this.personId = personId;
		this.open = open;
		this.route = route;
		this.progress = new LinkedHashMap<>(progress);
	}

	public String caseId() {
		return caseId;
	}

	public String personId() {
		return personId;
	}

	/** The cell the case belongs to now (a reorganisation moves it to the cell's successor). */
	public String cellId() {
		return route.cellId();
	}

	public boolean isOpen() {
		return open;
	}

	public CaseRouting route() {
		return route;
	}

	/** What the steps decided so far, by name; read-only. */
	public Map<String, Object> progress() {
		return Collections.unmodifiableMap(progress);
	}

	/** The bodies and users that may see the case: its route's groups and its mentor. */
	CaseRouted routedTo(String processInstanceId) {
		Set<String> groups = groupsOf(route);
		Object mentor = progress.get(CaseFiles.MENTOR);
		return new CaseRouted(processInstanceId, groups, mentor instanceof String m ? Set.of(m) : Set.of());
	}

	/** The candidate groups a route names: its {@code …Group} values. */
	static Set<String> groupsOf(CaseRouting route) {
		Set<String> groups = new TreeSet<>();
		route.asVariables().forEach((name, value) -> {
			if (name.endsWith("Group") && value instanceof String group) {
				groups.add(group);
			}
		});
		return groups;
	}

	void put(String name, Object value) {
		progress.put(name, value);
	}

	void reroute(CaseRouting routing) {
		this.route = routing;
	}

	Map<String, Object> progressForStorage() {
		return progress;
	}

}
