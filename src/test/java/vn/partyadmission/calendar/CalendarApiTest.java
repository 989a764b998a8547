package vn.partyadmission.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.partyadmission.support.DemoTest;
import vn.partyadmission.support.Http;

/** Anyone signed in reads the calendar; only administrators record the year's official decisions. */
@DemoTest
class CalendarApiTest {

	@LocalServerPort
	int port;

	@Autowired
	WorkingDayCalendar calendar;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@AfterEach
	void withdraw() {
		calendar.withdraw(java.time.LocalDate.of(2026, 12, 31));
	}

	@Test
	void administratorRecordsADayOff_othersMayOnlyRead() {
		String decision = "{\"working\": false, \"name\": \"New Year's Eve bridge\", \"source\": \"Decision 99/QĐ-TTg (test)\"}";

		assertThat(put("secretary.hophoa1:" + DemoTest.PASSWORD, decision).statusCode()).isEqualTo(403);
		assertThat(put("admin:" + DemoTest.PASSWORD, "{\"working\": false, \"name\": \"\", \"source\": \"\"}").statusCode()).isEqualTo(400);
		assertThat(put("admin:" + DemoTest.PASSWORD, decision).statusCode()).isEqualTo(200);
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(http.get("/api/calendar/2026", "secretary.hophoa1:" + DemoTest.PASSWORD).body()).contains("New Year's Eve bridge")
			.contains("Hùng Kings");
		assertThat(http.get("/api/calendar/2026", null).statusCode()).isEqualTo(401);
	}

	private java.net.http.HttpResponse<String> put(String credentials, String json) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/calendar/days/2026-12-31"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes()))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

}
