package uk.org.safeguarding.reviews.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;

/**
 * Text as long as the forms allow (20,000 characters in a text area) is stored whole on every
 * database, with no change to Camunda's schema: strings too long for its text columns go to the
 * byte-array table ({@link LongTextSerializer}, asked before Camunda's own string serializer), and
 * the form-field note in history keeps what fits ({@link LongTextFormHistory}).
 */
public class LongTextPlugin extends AbstractProcessEnginePlugin {

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<TypedValueSerializer>());
    }
    configuration.getCustomPreVariableSerializers().add(0, new LongTextSerializer());
    if (configuration.getHistoryEventProducer() != null) {
      throw new IllegalStateException("Another history event producer is configured: "
          + configuration.getHistoryEventProducer() + "; long text needs " + LongTextFormHistory.class.getSimpleName());
    }
    configuration.setHistoryEventProducer(new LongTextFormHistory());
  }

  @Override
  public String toString() {
    return "long text";
  }
}
