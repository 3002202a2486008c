package uk.org.safeguarding.reviews.text;

import java.util.regex.Pattern;

/**
 * The one rule for text that goes into the record, wherever it comes from (a form, a comment, an agency's
 * name, an imported row): markup that runs or fetches, and expression syntax, are refused rather than
 * stored. Plain text with {@code <} (such as "aged <5") and a plain link are text, and shown as text.
 */
public final class CaseText {

  private CaseText() {}

  private static final Pattern SCRIPT_LIKE = Pattern.compile(
      "(?i)<\\s*/?\\s*(script|iframe|object|embed|svg|img|style|link|meta|base|form|input|button|textarea|math|video|audio"
          + "|source|frame|frameset|body|html)\\b|(javascript|vbscript)\\s*:"
          + "|data\\s*:\\s*(text|image|application)/[a-z0-9.+-]+\\s*[;,]|\\bon[a-z]+\\s*=|[$#]\\{");

  /** Why such text is refused, after what holds it ("The reason", a field's label). */
  public static final String MARKUP_REFUSED = "contains markup or expression syntax (such as <script>, javascript: or ${...}),"
      + " which is not accepted";

  /** Whether text holds markup or expression syntax. */
  public static boolean looksLikeMarkupOrExpression(String text) {
    return text != null && SCRIPT_LIKE.matcher(text).find();
  }
}
