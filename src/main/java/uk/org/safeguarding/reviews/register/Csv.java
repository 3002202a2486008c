package uk.org.safeguarding.reviews.register;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets read and write it (RFC 4180): CRLF line ends; a field with a comma, quote or
 * line break quoted, its quotes doubled; read with or without a leading byte-order mark. Text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * written with a leading apostrophe, so that it opens as the text it is (OWASP's advice on CSV
 * injection): a summary typed as {@code =HYPERLINK(...)} cannot become a link in the business
 * manager's spreadsheet.
 */
public final class Csv {

  private final StringBuilder text = new StringBuilder();

  /** Appends one row. Null fields are empty; numbers are written as they are, text as text. */
  public Csv row(Object... fields) {
    for (int i = 0; i < fields.length; i++) {
      Object value = fields[i];
      text.append(i == 0 ? "" : ",").append(value instanceof Number ? value.toString() : field(asText(value)));
    }
    text.append("\r\n");
    return this;
  }

  public Csv row(List<?> fields) {
    return row(fields.toArray());
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** The value as text a spreadsheet shows and never runs; null stays null. */
  static String asText(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  public static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  /** One record read from a CSV text, with the line it starts on (from 1). */
  public record Record(int line, List<String> fields) {}

  /**
   * The records of a CSV text (quoted fields may hold commas, doubled quotes and line breaks);
   * blank lines are skipped. An unclosed quote is refused with the line it opened on.
   */
  public static List<Record> parse(String csv) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        quoteLine = line;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          fields.add(field.toString());
          records.add(new Record(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        any = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Line " + quoteLine + ": a quoted field is never closed (a \" is missing)");
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }
}
