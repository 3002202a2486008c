package uk.org.safeguarding.reviews.engine;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One of Camunda's {@code Object} serializers (Spin's JSON, Java serialization, or one Spin's
 * fallback makes for another data format), unchanged except that it writes a value only if every
 * Java type it names is on the allow-list ({@link AllowedObjectTypes}), the list Camunda checks
 * when it builds an object from stored data. An object that could not be read back, e.g. a
 * {@code java.util.ArrayList} a REST caller sent as {@code "type":"Object"}, is refused when it is
 * written: {@link BadUserRequestException}, the whole command rolls back, and the REST API answers
 * 400 with the message.
 */
public class AllowListedObjectSerializer implements TypedValueSerializer<ObjectValue> {

  static final String HOW_TO_SEND = "send text and dates as String, yes/no as Boolean and lists as Json";

  private final TypedValueSerializer<ObjectValue> serializer;
  private final DeserializationTypeValidator allowed;

  public AllowListedObjectSerializer(TypedValueSerializer<ObjectValue> serializer, DeserializationTypeValidator allowed) {
    this.serializer = serializer;
    this.allowed = allowed;
  }

  /** The serializer allow-listed if it writes {@code Object} values; any other, or null, as it is. */
  @SuppressWarnings("unchecked")
  public static TypedValueSerializer<?> wrap(TypedValueSerializer<?> serializer, DeserializationTypeValidator allowed) {
    if (serializer == null || serializer instanceof AllowListedObjectSerializer
        || !ValueType.OBJECT.equals(serializer.getType())) {
      return serializer;
    }
    return new AllowListedObjectSerializer((TypedValueSerializer<ObjectValue>) serializer, allowed);
  }

  @Override
  public void writeValue(ObjectValue value, ValueFields fields) {
    List<String> types = javaTypes(value);
    if (types.isEmpty() || !types.stream().allMatch(allowed::validate)) {
      throw new BadUserRequestException("Variable '" + fields.getName() + "' cannot be stored: values of type Object"
          + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")") + " are not accepted; " + HOW_TO_SEND);
    }
    serializer.writeValue(value, fields);
  }

  /**
   * The Java types a value names: its class once built, else every class in its declared type name
   * (a generic type such as {@code java.util.ArrayList<java.lang.String>} names two). The names are
   * only read, never loaded.
   */
  static List<String> javaTypes(ObjectValue value) {
    if (value.isDeserialized() && value.getValue() != null) {
      return List.of(value.getValue().getClass().getName());
    }
    String declared = value.getObjectTypeName();
    if (declared == null) {
      return List.of();
    }
    return Arrays.stream(declared.split("[<>,?\\s]+|\\[\\]")).filter(name -> !name.isBlank()).toList();
  }

  @Override
  public ObjectValue readValue(ValueFields fields, boolean deserializeObjectValue, boolean asTransientValue) {
    return serializer.readValue(fields, deserializeObjectValue, asTransientValue);
  }

  @Override
  public String getName() {
    return serializer.getName();
  }

  @Override
  public ValueType getType() {
    return serializer.getType();
  }

  @Override
  public boolean canHandle(TypedValue value) {
    return serializer.canHandle(value);
  }

  @Override
  public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return serializer.convertToTypedValue(untypedValue);
  }

  @Override
  public String getSerializationDataformat() {
    return serializer.getSerializationDataformat();
  }

  @Override
  public boolean isMutableValue(ObjectValue typedValue) {
    return serializer.isMutableValue(typedValue);
  }

  @Override
  public String toString() {
    return "allow-listed " + serializer.getName();
  }
}
