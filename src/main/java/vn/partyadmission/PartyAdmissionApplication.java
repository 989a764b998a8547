package vn.partyadmission;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartyAdmissionApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartyAdmissionApplication.class, args);
	}

	/** One clock for "today" in rules; tests replace it to move through real dates. */
	@Bean
	Clock clock() {
		return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
