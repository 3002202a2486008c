package uk.org.safeguarding.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

/**
 * While an API request is served, Camunda's REST API finds the same engine provider through the
 * remembering class loader as through the application's own, request after request; classes and
 * other files come from the application's own loader.
 */
class EngineProviderLookupTest {

  private static List<String> providers(ClassLoader loader) {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(ProcessEngineProvider.class, loader).stream().forEach(provider -> found.add(provider.type().getName()));
    return found;
  }

  @Test
  void theSameEngineProviderIsFoundEveryTime() throws Exception {
    ClassLoader own = getClass().getClassLoader();
    ClassLoader remembering = EngineProviderLookup.remembering(own);
    assertThat(providers(own)).isNotEmpty();
    for (int request = 0; request < 3; request++) {
      assertThat(providers(remembering)).isEqualTo(providers(own));
    }
    assertThat(EngineProviderLookup.remembering(own)).as("one remembering loader for the application's").isSameAs(remembering);
    assertThat(remembering.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    assertThat(remembering.getResource("application.yaml")).isEqualTo(own.getResource("application.yaml"));
    assertThat(remembering.getResources("META-INF/spring.factories").hasMoreElements()).isTrue();
  }
}
