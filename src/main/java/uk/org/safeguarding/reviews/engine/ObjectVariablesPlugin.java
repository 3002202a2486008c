package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializerFactory;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * No {@code Object} variable is stored, or built from stored data, unless its Java type is on the
 * allow-list ({@link AllowedObjectTypes}, empty unless configured): Camunda's deserialization type
 * validation is on with that list, Java serialization is off, and every {@code Object} serializer,
 * including those Spin's fallback creates for data formats it does not know, refuses at write time
 * what the list would refuse at read time ({@link AllowListedObjectSerializer}).
 */
public class ObjectVariablesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setDeserializationTypeValidator(new AllowedObjectTypes());
  }

  /** After every plugin (Spin's among them) has registered its serializers and its fallback. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DeserializationTypeValidator allowed = configuration.getDeserializationTypeValidator();
    if (!configuration.isDeserializationTypeValidationEnabled() || !(allowed instanceof AllowedObjectTypes)
        || configuration.isJavaSerializationFormatEnabled()) {
      throw new IllegalStateException("Object variables must be checked against " + AllowedObjectTypes.class.getSimpleName()
          + " with Java serialization off; a setting has overridden this");
    }
    VariableSerializers serializers = configuration.getVariableSerializers();
    for (TypedValueSerializer<?> serializer : serializers.getSerializers()) {
      TypedValueSerializer<?> checked = AllowListedObjectSerializer.wrap(serializer, allowed);
      if (checked != serializer) {
        int index = serializers.getSerializerIndex(serializer);
        serializers.removeSerializer(serializer);
        serializers.addSerializer(checked, index);
      }
    }
    VariableSerializerFactory fallback = configuration.getFallbackSerializerFactory();
    configuration.setFallbackSerializerFactory(new VariableSerializerFactory() {
      @Override
      public TypedValueSerializer<?> getSerializer(String serializerName) {
        return fallback == null ? null : AllowListedObjectSerializer.wrap(fallback.getSerializer(serializerName), allowed);
      }

      @Override
      public TypedValueSerializer<?> getSerializer(TypedValue value) {
        return fallback == null ? null : AllowListedObjectSerializer.wrap(fallback.getSerializer(value), allowed);
      }
    });
  }

  @Override
  public String toString() {
    return "object variables allow-listed";
  }
}
