package vn.partyadmission.audit;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/** After Spring Security's chain and Camunda's authentication filters, so the user is known. */
	@Bean
	FilterRegistrationBean<DenialAudit> denialAudit(AuditLog audit) {
		FilterRegistrationBean<DenialAudit> registration = new FilterRegistrationBean<>(new DenialAudit(audit));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
		return registration;
	}

}
