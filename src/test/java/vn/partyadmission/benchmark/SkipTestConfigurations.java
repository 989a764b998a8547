package vn.partyadmission.benchmark;

import java.io.IOException;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The benchmark starts the application with SpringApplication, not @SpringBootTest, so it keeps
 * the test configurations (embedded database, fixed clock) and test classes out of the component
 * scan itself, as the test framework does for tests; Fixture and CaseWalker stay in.
 */
class SkipTestConfigurations extends TypeExcludeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
		String name = reader.getClassMetadata().getClassName();
		return name.startsWith("vn.partyadmission.benchmark.") || name.startsWith("vn.partyadmission.cluster.")
				|| reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SkipTestConfigurations;
	}

	@Override
	public int hashCode() {
		return SkipTestConfigurations.class.hashCode();
	}

}
