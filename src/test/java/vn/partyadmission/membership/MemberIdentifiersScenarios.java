package vn.partyadmission.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.partyadmission.organization.Groups;
import vn.partyadmission.support.Fixture;
import vn.partyadmission.support.Fixture.Units;

/**
 * The national-register identifiers through the API (issue 15, item 5): set by the organizing
 * commission of the member's committee, searched within the user's units, refused without writing
 * anything and without naming anyone of another unit. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class MemberIdentifiersScenarios {

	/** Unique numbers across the tests of one database: the nanoseconds at start, counted up. */
	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 100_000_000L);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Fixture fixture;

	@Autowired
	MemberRegister members;

	final ObjectMapper json = new ObjectMapper();

	MockMvc mvc;

	Units u;

	/** The other tree: another commune with its own organizing commission and members. */
	Units other;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		other = fixture.create();
		u = fixture.create();
	}

	static String citizenId() {
		return "001" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L);
	}

	static String digits(int length) {
		String n = Long.toString(NEXT.incrementAndGet());
		return "9".repeat(Math.max(0, length - n.length())) + n.substring(Math.max(0, n.length() - length));
	}

	UserRequestPostProcessor organizing(Units units) {
		return user("org-" + units.prefix).authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority(Groups.organizingCommission(units.commune)));
	}

	UserRequestPostProcessor secretary(Units units) {
		return user("sec-" + units.prefix).authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority(Groups.cellSecretary(units.cell)));
	}

	MvcResult putIds(String personId, UserRequestPostProcessor who, String citizenId, String card, String profile)
			throws Exception {
		String body = json.writeValueAsString(new java.util.HashMap<String, String>() {
			{
				put("citizenId", citizenId);
				put("partyCardNumber", card);
				put("profileNumber", profile);
			}
		});
		return mvc.perform(put("/api/members/" + personId + "/identifiers").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn();
	}

	JsonNode search(String query, UserRequestPostProcessor who) throws Exception {
		MvcResult result = mvc.perform(get("/api/members?" + query).with(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		return json.readTree(body(result));
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	int journalLines(String personId) {
		return members.journal(personId).size();
	}

	@Test
	void organizingCommission_setsTheThreeIdentifiers_journaled_andFindsTheMemberByEach() throws Exception {
		String o1 = u.id("o1");
		String citizen = citizenId();
		String card = digits(8);
		String profile = digits(6);
		int before = journalLines(o1);

		MvcResult done = putIds(o1, organizing(u), citizen, card, profile);

		assertThat(done.getResponse().getStatus()).as(body(done)).isEqualTo(200);
		assertThat(members.identifiers(o1)).isEqualTo(new NationalIdentifiers(citizen, card, profile));
		List<JournalEntry> journal = members.journal(o1);
		assertThat(journal).hasSize(before + 1);
		assertThat(journal.get(journal.size() - 1)).satisfies(line -> {
			assertThat(line.actor()).isEqualTo("org-" + u.prefix);
			assertThat(line.change()).contains(NationalIdentifiers.CITIZEN_ID_NAME + " (trống) → " + citizen)
				.contains(NationalIdentifiers.PARTY_CARD_NUMBER_NAME).contains(profile);
		});
		for (String query : List.of("citizenId=" + citizen, "partyCardNumber=" + card, "profileNumber=" + profile,
				"citizenId=" + citizen + "&unit=" + u.grassroots)) {
			JsonNode page = search(query, organizing(u));
			assertThat(page.get("totalElements").asInt()).as(query).isEqualTo(1);
			assertThat(page.get("content").get(0).get("personId").asText()).isEqualTo(o1);
		}
		// the cell's secretary reads the member too, and the record shows the identifiers
		assertThat(search("citizenId=" + citizen, secretary(u)).get("totalElements").asInt()).isEqualTo(1);
		MvcResult record = mvc.perform(get("/api/members/" + o1).with(organizing(u))).andReturn();
		JsonNode identifiers = json.readTree(body(record)).get("identifiers");
		assertThat(identifiers.get("citizenId").asText()).isEqualTo(citizen);
		assertThat(identifiers.get("partyCardNumber").asText()).isEqualTo(card);
		assertThat(identifiers.get("profileNumber").asText()).isEqualTo(profile);

		// the same again changes nothing and writes no line; a blank clears
		assertThat(putIds(o1, organizing(u), citizen, card, profile).getResponse().getStatus()).isEqualTo(200);
		assertThat(journalLines(o1)).isEqualTo(before + 1);
		assertThat(putIds(o1, organizing(u), citizen, "", profile).getResponse().getStatus()).isEqualTo(200);
		assertThat(members.identifiers(o1).partyCardNumber()).isNull();
		assertThat(search("partyCardNumber=" + card, organizing(u)).get("totalElements").asInt()).isZero();
	}

	@Test
	void wrongFormats_areRefusedNamingEachFieldInVietnamese_andNothingIsWritten() throws Exception {
		String o1 = u.id("o1");
		int before = journalLines(o1);
		for (String[] bad : List.of(new String[] { "00112345678", "citizenId", "citizen-id-format" },
				new String[] { "0011234567AB", "citizenId", "citizen-id-format" },
				new String[] { "097123456789", "citizenId", "citizen-id-province" },
				new String[] { "000123456789", "citizenId", "citizen-id-province" })) {
			MvcResult refused = putIds(o1, organizing(u), bad[0], digits(8), digits(6));
			assertThat(refused.getResponse().getStatus()).as(bad[0]).isEqualTo(400);
			JsonNode error = json.readTree(body(refused)).get("errors").get(0);
			assertThat(error.get("field").asText()).isEqualTo(bad[1]);
			assertThat(error.get("rule").asText()).isEqualTo(bad[2]);
			assertThat(error.get("message").asText()).contains("Số định danh cá nhân");
		}
		MvcResult card = putIds(o1, organizing(u), citizenId(), "12345", digits(6));
		assertThat(card.getResponse().getStatus()).isEqualTo(400);
		assertThat(json.readTree(body(card)).get("errors").get(0).get("message").asText()).contains("Số thẻ đảng viên");
		MvcResult profile = putIds(o1, organizing(u), citizenId(), digits(8), "LL-123");
		assertThat(profile.getResponse().getStatus()).isEqualTo(400);
		assertThat(json.readTree(body(profile)).get("errors").get(0).get("field").asText()).isEqualTo("profileNumber");
		assertThat(json.readTree(body(profile)).get("errors").get(0).get("message").asText())
			.contains("Số lý lịch đảng viên");

		assertThat(members.identifiers(o1)).isEqualTo(NationalIdentifiers.NONE);
		assertThat(journalLines(o1)).isEqualTo(before);
	}

	@Test
	void partyCardNumber_isOnlyForAnOfficialMember() throws Exception {
		String cand = u.id("cand");
		MvcResult refused = putIds(cand, organizing(u), citizenId(), digits(8), null);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		JsonNode error = json.readTree(body(refused)).get("errors").get(0);
		assertThat(error.get("field").asText()).isEqualTo("partyCardNumber");
		assertThat(error.get("rule").asText()).isEqualTo("party-card-official-only");
		assertThat(members.identifiers(cand)).isEqualTo(NationalIdentifiers.NONE);
		// a candidate has a citizen ID all the same
		String citizen = citizenId();
		assertThat(putIds(cand, organizing(u), citizen, null, null).getResponse().getStatus()).isEqualTo(200);
		assertThat(members.identifiers(cand).citizenId()).isEqualTo(citizen);
	}

	@Test
	void aNumberHeldByAPersonOfAnotherUnit_is409_namingNobody_andNothingIsWritten() throws Exception {
		String held = other.id("o1");
		String citizen = citizenId();
		String card = digits(8);
		String profile = digits(6);
		assertThat(putIds(held, organizing(other), citizen, card, profile).getResponse().getStatus()).isEqualTo(200);

		String o1 = u.id("o1");
		int before = journalLines(o1);
		for (String[] duplicate : List.of(new String[] { citizen, null, null, "citizenId" },
				new String[] { null, card, null, "partyCardNumber" }, new String[] { null, null, profile, "profileNumber" })) {
			MvcResult refused = putIds(o1, organizing(u), duplicate[0], duplicate[1], duplicate[2]);
			assertThat(refused.getResponse().getStatus()).as(duplicate[3]).isEqualTo(409);
			String answer = body(refused);
			assertThat(json.readTree(answer).get("errors").get(0).get("field").asText()).isEqualTo(duplicate[3]);
			assertThat(answer).doesNotContain(held).doesNotContain(other.prefix).doesNotContain("Đảng viên " + held);
		}
		assertThat(members.identifiers(o1)).isEqualTo(NationalIdentifiers.NONE);
		assertThat(journalLines(o1)).isEqualTo(before);
		// nor does the search tell the other unit's member exists
		assertThat(search("citizenId=" + citizen, organizing(u)).get("totalElements").asInt()).isZero();
		assertThat(search("partyCardNumber=" + card, organizing(u)).get("content")).isEmpty();
	}

	@Test
	void aUserOfAnotherUnit_gets404OnPut_andAnEmptySearch() throws Exception {
		String o1 = u.id("o1");
		String citizen = citizenId();
		assertThat(putIds(o1, organizing(u), citizen, null, null).getResponse().getStatus()).isEqualTo(200);

		MvcResult refused = putIds(o1, organizing(other), citizenId(), null, null);
		assertThat(refused.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(refused)).doesNotContain(citizen);
		assertThat(putIds(u.id("nobody"), organizing(other), citizenId(), null, null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(members.identifiers(o1).citizenId()).isEqualTo(citizen);
		assertThat(search("citizenId=" + citizen, organizing(other)).get("totalElements").asInt()).isZero();
		// the cell's secretary sees the member but does not keep the register's numbers
		assertThat(putIds(o1, secretary(u), citizenId(), null, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(members.identifiers(o1).citizenId()).isEqualTo(citizen);
	}

	@Test
	void searchWithABadlyFormedNumber_isRefusedNamingTheField() throws Exception {
		MvcResult refused = mvc.perform(get("/api/members?citizenId=12ab").with(organizing(u))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(json.readTree(body(refused)).get("errors").get(0).get("field").asText()).isEqualTo("citizenId");
		MvcResult noUnit = mvc.perform(get("/api/members").with(organizing(u))).andReturn();
		assertThat(noUnit.getResponse().getStatus()).isEqualTo(400);
	}

}
