package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.partyadmission.admission.AdmissionCases;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Http;
import vn.partyadmission.support.PostgresHttpTest;
import vn.partyadmission.support.TestClockConfiguration;

/**
 * Malformed, oversized, wrongly typed and injection-style values thrown at the project's API and at
 * task completion over HTTP on PostgreSQL, from generators with a fixed seed (the same inputs every
 * run, so a failure can be replayed): no answer is a 5xx, a refused write changes no row of the
 * project's tables and starts no process, and Vietnamese text comes back byte for byte.
 */
@PostgresHttpTest
class HostileInputOnPostgresTest {

	static final Logger log = LoggerFactory.getLogger(HostileInputOnPostgresTest.class);

	static final long SEED = 20261126L;

	/**
	 * How many values are drawn per field beyond those always tried; each request costs a password
	 * check (BCrypt), so the default keeps the class short. Run with -Dhostile.draws=20 for a long run.
	 */
	static final int DRAWS = Integer.getInteger("hostile.draws", 2);

	static final String PASSWORD = "Hostile-Input-pw1";

	static final List<String> TABLES = List.of("organization", "person", "member_record", "member_journal",
			"admission_case", "case_introducer", "calendar_day", "admission_target", "mentor_note", "member_discipline");

	@LocalServerPort
	int port;

	@Autowired
	Fixture fixture;

	@Autowired
	AdmissionCases cases;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	final Random random = new Random(SEED);

	final List<String> serverErrors = new ArrayList<>();

	int tried;

	Http http;

	Fixture.Units u;

	String secretary;

	String organizing;

	String admin;

	@BeforeEach
	void users() {
		http = new Http(port);
		u = fixture.create();
		secretary = user("sec", vn.partyadmission.organization.Groups.cellSecretary(u.cell));
		organizing = user("org", vn.partyadmission.organization.Groups.organizingCommission(u.commune));
		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			identity.saveGroup(identity.newGroup(Groups.CAMUNDA_ADMIN));
		}
		admin = user("adm", Groups.CAMUNDA_ADMIN);
	}

	/** Values no form would send: injections, markup, paths, Unicode edge cases, sizes, numbers as text. */
	static final List<String> HOSTILE = List.of("' OR '1'='1", "'; drop table person; --", "\" OR \"\"=\"",
			"1; select pg_sleep(5)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
			"${7*7}", "#{7*7}", "{{7*7}}", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "C:\\Windows\\win.ini",
			"/dev/null", "\u0000", "a\u0000b", "\u202Egnp.exe", "\u200B", "\uFEFF", "\uD800", "\uDFFF", "👍🏽", "e\u0301\u0301\u0301",
			"\t\r\n", " ", "", "null", "true", "-1", "0", "1e309", "NaN", "99999999999999999999999", "2026-02-30",
			"2026-13-01", "0000-00-00", "+999999999-12-31", "%s%n%x", "\\", "\"", "'", "x".repeat(61),
			"x".repeat(1001), "Đ".repeat(5000), "ư".repeat(70_000));

	/** Always tried where a value is sampled: what PostgreSQL cannot store, or not in that column. */
	static final List<String> ALWAYS = List.of("a\u0000b", "\uD800", "x".repeat(61), "x".repeat(1001));

	/** JSON values of every type in place of a string. */
	static final List<String> WRONG_TYPES = List.of("1", "-1.5", "true", "false", "null", "[]", "[\"a\"]", "{}",
			"{\"value\": 1}", "1e400", "123456789012345678901234567890");

	@Test
	void hostileInputToTheApiAndToTaskCompletion_neverA5xx_neverAPartialWrite() throws Exception {
		long started = System.nanoTime();
		openCaseWithHostileFields();
		listsWithHostileParameters();
		calendarAndTargetsWithHostileValues();
		importsWithHostileRows();
		taskCompletionWithHostileVariables();
		log.info("hostile input: {} requests tried (seed {}), {} answered 5xx, in {} s", tried, SEED, serverErrors.size(),
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(serverErrors).isEmpty();
	}

	private void openCaseWithHostileFields() throws Exception {
		String person = candidate();
		List<String> fields = List.of("personId", "cellId", "introductionPath", "unionResolutionNumber",
				"certificateNumber", "certificateDate", "provincialConsentNumber");
		List<String> values = new ArrayList<>();
		HOSTILE.forEach(h -> values.add(jsonString(h)));
		values.addAll(WRONG_TYPES);
		for (String field : fields) {
			for (String value : sample(values, DRAWS)) {
				ObjectNode body = (ObjectNode) json.readTree(openCase(person));
				body.set(field, json.readTree(value));
				if (refusedChangesNothing(post("/api/cases", secretary, json.writeValueAsString(body)))) {
					person = candidate();
				}
			}
		}
		List<String> introducerFields = List.of("personId", "relation", "since");
		for (String field : introducerFields) {
			for (String value : sample(values, DRAWS)) {
				ObjectNode body = (ObjectNode) json.readTree(openCase(person));
				((ObjectNode) body.get("introducers").get(random.nextInt(2))).set(field, json.readTree(value));
				if (refusedChangesNothing(post("/api/cases", secretary, json.writeValueAsString(body)))) {
					person = candidate();
				}
			}
		}
		// malformed bodies: cut at a random place, wrong structure, not JSON, not UTF-8
		String valid = openCase(person);
		for (int i = 0; i < 2 * DRAWS; i++) {
			refusedChangesNothing(post("/api/cases", secretary, valid.substring(0, random.nextInt(valid.length()))));
		}
		for (String body : List.of("", "[]", "null", "\"text\"", "42", "{\"introducers\": {}}", "{\"introducers\": [1, 2]}",
				"{\"introducers\": [null]}", "{{}", "<xml/>", "{\"personId\": \"" + person + "\", \"personId\": \"x\"}")) {
			refusedChangesNothing(post("/api/cases", secretary, body));
		}
		refusedChangesNothing(send(HttpRequest.newBuilder(http.uri("/api/cases"))
			.header("Authorization", basic(secretary))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }))
			.build()));
		refusedChangesNothing(send(HttpRequest.newBuilder(http.uri("/api/cases"))
			.header("Authorization", basic(secretary))
			.header("Content-Type", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofString(valid))
			.build()));
	}

	private void listsWithHostileParameters() {
		List<String> values = new ArrayList<>(HOSTILE.subList(0, HOSTILE.size() - 1));
		values.addAll(List.of("-1", "-2147483649", "2147483648", "0", "1000000", "id;drop", "openedAt desc", "openedAt,id"));
		List<String> paths = new ArrayList<>();
		for (String parameter : List.of("unit", "status", "stage", "page", "size", "sort", "direction")) {
			paths.add("/api/cases?unit=" + u.commune + "&" + parameter + "=");
		}
		for (String parameter : List.of("unit", "status", "page", "size")) {
			paths.add("/api/members?unit=" + u.cell + "&" + parameter + "=");
		}
		paths.addAll(List.of("/api/members/", "/api/cases/", "/api/organizations/", "/api/calendar/", "/api/targets?unit=",
				"/api/targets?year=", "/api/probation/due?unit=" + u.commune + "&days=", "/api/probation/due?unit=",
				"/api/reports/" + u.commune + "?year=", "/api/reports/", "/api/members/imports/"));
		for (String path : paths) {
			for (String value : sample(values, DRAWS, List.of("a\u0000b"))) {
				get(path + URLEncoder.encode(value, StandardCharsets.UTF_8), organizing);
			}
		}
		for (int year : new int[] { Integer.MIN_VALUE, -1, 0, 1899, 2200, Integer.MAX_VALUE }) {
			get("/api/calendar/" + year, organizing);
		}
	}

	private void calendarAndTargetsWithHostileValues() throws Exception {
		List<String> values = new ArrayList<>();
		HOSTILE.forEach(h -> values.add(jsonString(h)));
		values.addAll(WRONG_TYPES);
		for (String value : sample(values, DRAWS, List.of("a\u0000b", "x".repeat(1001)))) {
			for (String field : List.of("working", "name", "source")) {
				ObjectNode body = JsonNodeFactory.instance.objectNode().put("working", false).put("name", "Nghỉ bù")
					.put("source", "Quyết định 1/QĐ-TTg");
				body.set(field, json.readTree(value));
				refusedChangesNothing(put("/api/calendar/days/2099-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
						admin, json.writeValueAsString(body)));
			}
			for (String field : List.of("admissions", "candidates", "awarenessClass", "anything")) {
				refusedChangesNothing(put("/api/targets/" + u.commune + "/2099", organizing, "{\"" + field + "\": " + value + "}"));
			}
			refusedChangesNothing(put("/api/targets/" + u.commune + "/" + URLEncoder.encode(textOf(value), StandardCharsets.UTF_8),
					organizing, "{\"admissions\": 5}"));
			refusedChangesNothing(put("/api/calendar/days/" + URLEncoder.encode(textOf(value), StandardCharsets.UTF_8), admin,
					"{\"working\": false, \"name\": \"x\", \"source\": \"y\"}"));
		}
	}

	private void importsWithHostileRows() throws Exception {
		String header = "id,full_name,date_of_birth,gender,ethnicity,education,workplace,residence,cell_id,"
				+ "youth_union_member,village_head,sector,status,admission_decision_date,ceremony_date,official_date\n";
		String valid = "%s,Nguyễn Văn A,1990-01-01,MALE,Kinh,HIGHER,UBND,Thôn Đông,%s,false,false,OTHER,SOURCE_CANDIDATE,,,";
		int columns = 16;
		for (int i = 0; i < 5 * DRAWS; i++) {
			String[] row = valid.formatted(u.id("imp" + i), u.cell).split(",", -1);
			row[random.nextInt(columns)] = csvField(HOSTILE.get(random.nextInt(HOSTILE.size() - 1)));
			refusedChangesNothing(csv("/api/members/imports", header + String.join(",", row) + "\n"));
		}
		for (String body : List.of("", "\n", "id\n", header, header.toUpperCase(), "\uFEFF" + header + "\"unclosed",
				header + "a,b\n", header + ",".repeat(200) + "\n")) {
			refusedChangesNothing(csv("/api/members/imports", body));
		}
	}

	private void taskCompletionWithHostileVariables() throws Exception {
		String task = newTask();
		List<String> values = new ArrayList<>();
		HOSTILE.forEach(h -> values.add("{\"value\": " + jsonString(h) + "}"));
		WRONG_TYPES.forEach(w -> values.add("{\"value\": " + w + "}"));
		for (String type : List.of("String", "Integer", "Long", "Double", "Boolean", "Date", "Short", "Null", "Object", "Json",
				"Xml", "Bytes", "File", "Foo", "")) {
			values.add("{\"value\": \"AAAA\", \"type\": \"" + type + "\"}");
			values.add("{\"value\": " + jsonString(HOSTILE.get(random.nextInt(HOSTILE.size() - 1))) + ", \"type\": \"" + type + "\"}");
		}
		values.add("{\"value\": \"rO0ABXQABGV2aWw=\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\","
				+ " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}");
		values.add("{\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.Runtime\","
				+ " \"serializationDataFormat\": \"application/json\"}}");
		values.add("{\"value\": \"x\", \"type\": \"File\", \"valueInfo\": {\"filename\": \"../../etc/passwd\"}}");
		values.add("{}");
		values.add("null");
		values.add("[]");
		String date = TestClockConfiguration.TODAY.minusMonths(2).toString();
		for (String variable : List.of("certificateNumber", "certificateDate", "extraField")) {
			for (String value : sample(values, 3 * DRAWS)) {
				Map<String, String> variables = new LinkedHashMap<>();
				variables.put("certificateNumber", "{\"value\": \"CN-1\"}");
				variables.put("certificateDate", "{\"value\": \"" + date + "\"}");
				variables.put(variable, value);
				StringBuilder body = new StringBuilder("{\"variables\": {");
				variables.forEach((k, v) -> body.append('"').append(k).append("\": ").append(v).append(','));
				body.setLength(body.length() - 1);
				body.append("}}");
				String action = random.nextBoolean() ? "complete" : "submit-form";
				if (refusedChangesNothing(post("/engine-rest/task/" + task + "/" + action, secretary, body.toString()))) {
					task = newTask();
				}
			}
		}
		for (String body : List.of("", "{", "[]", "{\"variables\": []}", "{\"variables\": {\"a\": 1}}", "{\"variables\": null}")) {
			refusedChangesNothing(post("/engine-rest/task/" + task + "/complete", secretary, body));
		}
	}

	/** What the generators found answering 5xx, each now refused with 4xx naming the value, nothing written. */
	@Test
	void serverErrorsFoundByTheGenerators_areRefusedAs400() throws Exception {
		String person = candidate();
		ObjectNode nullIntroducer = (ObjectNode) json.readTree(openCase(person));
		((com.fasterxml.jackson.databind.node.ArrayNode) nullIntroducer.get("introducers")).set(0, JsonNodeFactory.instance.nullNode());
		assertRefused(post("/api/cases", secretary, json.writeValueAsString(nullIntroducer)), "introducers[0]");
		assertRefused(get2("/api/cases?unit=" + u.commune + "&stage=a%00b"), "stage");
		assertRefused(get2("/api/members?unit=a%00b"), "unit");
		assertRefused(get2("/api/calendar/2147483647"), "year");
		assertRefused(put("/api/calendar/days/2099-05-19", admin, "{\"working\": false, \"name\": \"" + "x".repeat(201)
				+ "\", \"source\": \"QĐ 1\"}"), "name");
		assertRefused(put("/api/calendar/days/2099-05-19", admin, "{\"working\": false, \"name\": \"Nghỉ\", \"source\": \"a\\u0000b\"}"),
				"source");
		assertRefused(post("/api/cases", secretary, openCase(person).replace("\"TWO_MEMBERS\"",
				"\"TWO_MEMBERS\", \"certificateNumber\": \"" + "x".repeat(61) + "\", \"certificateDate\": \"2025-01-01\"")),
				"certificateNumber");

		String task = newTask();
		String valid = "\"certificateNumber\": {\"value\": \"CN-1\"}, \"certificateDate\": {\"value\": \""
				+ TestClockConfiguration.TODAY.minusMonths(2) + "\"}";
		for (String variable : List.of("null", "{\"value\": \"x\", \"type\": \"File\"}", "{\"value\": \"x\", \"type\": \"\"}",
				"{\"value\": \"AAAA\", \"type\": \"Object\"}")) {
			Sent refused = post("/engine-rest/task/" + task + (random.nextBoolean() ? "/complete" : "/submit-form"), secretary,
					"{\"variables\": {" + valid + ", \"extra\": " + variable + "}}");
			assertThat(refused.response.statusCode()).as(refused.response.body()).isEqualTo(400);
			assertThat(refused.response.body()).contains("variables.extra");
			refusedChangesNothing(refused);
		}
		for (String text : List.of("a\\u0000b", "Đ".repeat(5000))) {
			Sent extra = post("/engine-rest/task/" + task + "/complete", secretary,
					"{\"variables\": {" + valid.replace("CN-1", "CN-2") + ", \"extra\": {\"value\": \"" + text + "\"}}}");
			log.info("an extra variable of {} characters: {} {}", text.length(), extra.response.statusCode(),
					abbreviate(extra.response.body()));
			assertThat(extra.response.statusCode()).as(extra.response.body()).isLessThan(500);
			if (!refusedChangesNothing(extra)) {
				assertThat(extra.response.body()).contains("variables.extra");
			}
			else {
				task = newTask();
			}
		}
		Sent controlCharacter = post("/engine-rest/task/" + task + "/complete", secretary,
				"{\"variables\": {" + valid.replace("CN-1", "CN\\u0000") + "}}");
		assertThat(controlCharacter.response.statusCode()).as(controlCharacter.response.body()).isEqualTo(400);
		assertThat(controlCharacter.response.body()).contains("certificateNumber");
		assertThat(serverErrors).isEmpty();
	}

	private void assertRefused(Sent sent, String field) {
		assertThat(sent.response.statusCode()).as(sent.what + " " + sent.response.body()).isEqualTo(400);
		assertThat(sent.response.body()).contains("\"field\":\"" + field + "\"");
		refusedChangesNothing(sent);
	}

	private Sent get2(String path) {
		return send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", basic(organizing)).GET().build());
	}

	/**
	 * Every Vietnamese vowel with each of the five tones (and none), upper and lower case, and đ/Đ,
	 * sent composed (NFC) and decomposed (NFD): the application normalizes nothing, so each form is
	 * stored and answered exactly as sent, byte for byte (a name is text to show, never a key).
	 */
	@Test
	void vietnameseNamesWithEveryDiacritic_roundTripByteExact_composedAndDecomposed() throws Exception {
		List<String> letters = new ArrayList<>();
		for (char vowel : "aăâeêioôơuưy".toCharArray()) {
			for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
				String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
				letters.add(letter);
				letters.add(letter.toUpperCase(java.util.Locale.ROOT));
			}
		}
		letters.add("đ");
		letters.add("Đ");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < letters.size(); i += 30) {
			String name = "Đặng " + String.join("", letters.subList(i, Math.min(letters.size(), i + 30)));
			names.add(Normalizer.normalize(name, Normalizer.Form.NFC));
			names.add(nfd(name));
		}
		assertThat(String.join("", names)).contains(letters);
		StringBuilder csv = new StringBuilder("id,full_name,date_of_birth,gender,ethnicity,education,workplace,residence,"
				+ "cell_id,youth_union_member,village_head,sector,status,admission_decision_date,ceremony_date,official_date\n");
		for (int i = 0; i < names.size(); i++) {
			csv.append(u.id("vn" + i)).append(',').append(names.get(i)).append(",1990-01-01,FEMALE,Kinh,HIGHER,")
				.append(nfd("Ủy ban nhân dân")).append(",Thôn Đông,").append(u.cell)
				.append(",false,false,OTHER,SOURCE_CANDIDATE,,,\n");
		}
		Sent started = csv("/api/members/imports?dryRun=false", csv.toString());
		assertThat(started.response.statusCode()).as(started.response.body()).isEqualTo(202);
		String importId = json.readTree(started.response.body()).get("importId").asText();
		JsonNode status = null;
		for (int i = 0; i < 100; i++) {
			status = json.readTree(http.get("/api/members/imports/" + importId, organizing + ":" + PASSWORD).body());
			if (!status.get("status").asText().equals("RUNNING")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("IMPORTED");

		for (int i = 0; i < names.size(); i++) {
			String id = u.id("vn" + i);
			HttpResponse<String> record = http.get("/api/members/" + id, organizing + ":" + PASSWORD);
			JsonNode person = json.readTree(record.body()).get("person");
			assertThat(person.get("fullName").asText().getBytes(StandardCharsets.UTF_8))
				.as("name %d as answered", i).isEqualTo(names.get(i).getBytes(StandardCharsets.UTF_8));
			assertThat(person.get("workplace").asText()).isEqualTo(nfd("Ủy ban nhân dân"));
			assertThat(jdbc.sql("select full_name from person where id = ?").param(id).query(String.class).single()
				.getBytes(StandardCharsets.UTF_8)).as("name %d as stored", i).isEqualTo(names.get(i).getBytes(StandardCharsets.UTF_8));
		}
		assertThat(names.get(0)).isNotEqualTo(names.get(1));

		// the same through task completion: the certificate number lands in the record and the journal
		String task = newTask();
		String number = nfd("Số 12/QĐ-ĐU ẩm ướt");
		String person = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
		person = (String) runtime.getVariable(person, "personId");
		Sent done = post("/engine-rest/task/" + task + "/complete", secretary, "{\"variables\": {\"certificateNumber\": {\"value\": "
				+ jsonString(number) + "}, \"certificateDate\": {\"value\": \"" + TestClockConfiguration.TODAY.minusMonths(1) + "\"}}}");
		assertThat(done.response.statusCode()).as(done.response.body()).isEqualTo(204);
		JsonNode record = json.readTree(http.get("/api/members/" + person, organizing + ":" + PASSWORD).body());
		assertThat(record.get("record").get("awarenessCertificateNumber").asText()).isEqualTo(number);
		assertThat(record.get("journal").findValuesAsText("number")).contains(number);
	}

	/**
	 * Counts the rows of the project's tables and the running processes around the request: a refused
	 * write (4xx) must leave them as they were. Returns whether the request was accepted.
	 */
	private boolean refusedChangesNothing(Sent sent) {
		if (sent.response.statusCode() < 300) {
			return true;
		}
		assertThat(sent.after).as("rows after refused %s %s -> %d", sent.what, sent.response.statusCode(), sent.response.statusCode())
			.isEqualTo(sent.before);
		return false;
	}

	record Sent(String what, HttpResponse<String> response, Map<String, Long> before, Map<String, Long> after) {
	}

	private Sent post(String path, String user, String body) {
		return send(HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Sent put(String path, String user, String body) {
		return send(HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private Sent csv(String path, String body) {
		return send(HttpRequest.newBuilder(http.uri(path))
			.header("Authorization", basic(organizing))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private void get(String path, String user) {
		try {
			send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", basic(user)).GET().build());
		}
		catch (IllegalArgumentException e) {
			// not a URI the client can send; nothing reached the server
		}
	}

	private Sent send(HttpRequest request) {
		Map<String, Long> before = counts();
		HttpResponse<String> response = http.send(request);
		Map<String, Long> after = counts();
		tried++;
		String what = request.method() + " " + request.uri();
		if (response.statusCode() >= 500) {
			serverErrors.add(what + " -> " + response.statusCode() + " " + abbreviate(response.body()));
			log.warn("5xx: {} -> {} {}", abbreviate(what), response.statusCode(), abbreviate(response.body()));
		}
		return new Sent(abbreviate(what), response, before, after);
	}

	private Map<String, Long> counts() {
		StringBuilder sql = new StringBuilder("select ");
		TABLES.forEach(table -> sql.append("(select count(*) from ").append(table).append(") as ").append(table).append(", "));
		sql.append("(select count(*) from act_ru_execution where id_ = proc_inst_id_) as process_instances");
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).query().singleRow().forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
		return counts;
	}

	/** The values always tried, then {@code n} more drawn with the fixed seed. */
	private List<String> sample(List<String> values, int n) {
		return sample(values, n, ALWAYS);
	}

	private List<String> sample(List<String> values, int n, List<String> always) {
		List<String> picked = new ArrayList<>();
		values.stream().filter(v -> always.stream().anyMatch(a -> v.equals(a) || v.equals(jsonString(a)) || v.contains(
				jsonString(a)))).forEach(picked::add);
		for (int i = 0; i < n; i++) {
			picked.add(values.get(random.nextInt(values.size())));
		}
		return picked;
	}

	private String candidate() {
		String id = u.id("c" + random.nextInt(1_000_000));
		fixture.candidate(id, "Nguyễn Thị Thu Hường", LocalDate.of(2000, 1, 15), u.cell);
		return id;
	}

	private String newTask() {
		String person = candidate();
		String caseId = cases.start(u.startValues(person, u.cell, u.id("o1"), u.id("o2"))).id();
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
		return task.getId();
	}

	private String openCase(String person) {
		return """
				{"personId": "%s", "cellId": "%s", "introductionPath": "TWO_MEMBERS",
				 "introducers": [{"personId": "%s", "relation": "WORK", "since": "2019-01-01"},
				                 {"personId": "%s", "relation": "RESIDENCE", "since": "2019-01-01"}]}"""
			.formatted(person, u.cell, u.id("o1"), u.id("o2"));
	}

	private String jsonString(String value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String textOf(String jsonValue) {
		try {
			JsonNode node = json.readTree(jsonValue);
			return node.isTextual() ? node.asText() : node.toString();
		}
		catch (Exception e) {
			return jsonValue;
		}
	}

	private static String csvField(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private String user(String name, String group) {
		String id = name + "-" + u.prefix;
		User user = identity.newUser(id);
		user.setPassword(PASSWORD);
		user.setEmail(id + "@party-admission.invalid");
		identity.saveUser(user);
		identity.createMembership(id, group);
		return id;
	}

	private static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
