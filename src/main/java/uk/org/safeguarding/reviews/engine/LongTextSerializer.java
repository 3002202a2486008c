package uk.org.safeguarding.reviews.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps a String variable longer than Camunda's text columns ({@code TEXT_}, 4,000 characters in
 * {@code ACT_RU_VARIABLE}, {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}) in the engine's
 * byte-array table, as UTF-8, and reads it back as the String it was. Its type stays {@code String}
 * over REST, in Tasklist, in Cockpit and in history; only the serializer name in {@code TYPE_}
 * ({@value #NAME}) says where the text is kept, so this serializer must stay registered for as long
 * as such variables exist.
 *
 * <p>Shorter strings are left to Camunda's own serializer: they stay in {@code TEXT_} and queries
 * by value (equals, like) work on them as before. A long text's SHA-256 goes into {@code TEXT2_}, so
 * a query for a long value finds exactly the variables equal to it (and "like" on long text compares
 * whole values only).
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  /** The serializer's name, written to the variable's {@code TYPE_} column. */
  public static final String NAME = "longString";

  /** Characters {@code TEXT_} holds (PostgreSQL and H2 count characters; a Java char is at most one). */
  public static final int COLUMN_LIMIT = 4_000;

  public LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Only strings too long for the column; the rest go on to Camunda's string serializer. */
  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > COLUMN_LIMIT;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    byte[] utf8 = value.getValue().getBytes(StandardCharsets.UTF_8);
    fields.setByteArrayValue(utf8);
    fields.setTextValue2(sha256(utf8));
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean asTransientValue) {
    byte[] utf8 = fields.getByteArrayValue();
    return Variables.stringValue(utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8), asTransientValue);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
