package vn.partyadmission.operations;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * The engine checks its schema when it is built ({@code schema-update: false}), so it must be built after
 * Flyway created or upgraded that schema. Registered in META-INF/spring.factories, Boot's own hook for
 * "this bean needs the database initialized".
 */
class EngineStartsAfterMigrations implements DependsOnDatabaseInitializationDetector {

  @Override
  public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
    Set<String> names = new HashSet<>();
    for (Class<?> type : new Class<?>[] {ProcessEngineConfigurationImpl.class, ProcessEngineFactoryBean.class}) {
      for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
        names.add(BeanFactoryUtils.transformedBeanName(name));
      }
    }
    return names;
  }
}
