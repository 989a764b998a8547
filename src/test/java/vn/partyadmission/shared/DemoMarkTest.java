package vn.partyadmission.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The demo mark follows the profile: without "demo", no header and /api/about says false. */
class DemoMarkTest {

	@Test
	void withoutTheDemoProfile_noHeader_andAboutSaysFalse() throws Exception {
		DemoMark mark = new DemoMark(new MockEnvironment().withProperty("spring.profiles.active", "postgres"));
		MockHttpServletResponse response = filter(mark);
		assertThat(response.getHeader(DemoMark.HEADER)).isNull();
		assertThat(new AboutController(mark).about().demo()).isFalse();
	}

	@Test
	void withTheDemoProfile_theHeader_andAboutSaysTrue() throws Exception {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("test", "demo");
		DemoMark mark = new DemoMark(environment);
		assertThat(filter(mark).getHeader(DemoMark.HEADER)).isEqualTo("true");
		assertThat(new AboutController(mark).about()).isEqualTo(new AboutController.About(true, DemoMark.NOTICE));
	}

	private static MockHttpServletResponse filter(DemoMark mark) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		mark.demoHeaderFilter().getFilter().doFilter(new MockHttpServletRequest("GET", "/api/about"), response, new MockFilterChain());
		return response;
	}

}
