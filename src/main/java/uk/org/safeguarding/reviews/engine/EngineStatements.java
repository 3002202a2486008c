package uk.org.safeguarding.reviews.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** SQL statements of our own, added to the engine's MyBatis mappings beside Camunda's (their fragments can be shared). */
public final class EngineStatements {

  private EngineStatements() {}

  /**
   * Adds the mapper file named after its namespace ({@code a.b.C} is {@code a/b/C.xml} on the class
   * path), once: nothing happens if one of its statements is already there.
   */
  public static void add(ProcessEngineConfigurationImpl engine, String namespace, String oneOfItsStatements) {
    org.apache.ibatis.session.Configuration statements = engine.getSqlSessionFactory().getConfiguration();
    if (statements.hasStatement(oneOfItsStatements, false)) {
      return;
    }
    String resource = namespace.replace('.', '/') + ".xml";
    try (InputStream mapper = EngineStatements.class.getClassLoader().getResourceAsStream(resource)) {
      new XMLMapperBuilder(Objects.requireNonNull(mapper, resource), statements, resource, statements.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + resource, e);
    }
  }
}
