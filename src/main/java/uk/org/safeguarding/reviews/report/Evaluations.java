package uk.org.safeguarding.reviews.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A review's evaluation grade (the publication record's Ofsted grade) as the register keeps it and
 * as a yearly report writes it: "good" is "Good", "not-evaluated" is "n/a".
 */
final class Evaluations {

  static final String NOT_EVALUATED = "not-evaluated";
  static final String NOT_YET_AVAILABLE = "not-yet-available";

  static final Map<String, String> LABELS = labels();

  private Evaluations() {}

  /** The words for a grade; for none, "Not yet available" on a review that will be graded, else "n/a". */
  static String label(String grade, boolean graded) {
    if (grade == null || grade.isBlank()) {
      return LABELS.get(graded ? NOT_YET_AVAILABLE : NOT_EVALUATED);
    }
    return LABELS.getOrDefault(grade, grade);
  }

  /** The grade a text names (its key or its words, any case; "N/A" is not evaluated); null for none of them. */
  static String gradeOf(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> grade : LABELS.entrySet()) {
      if (grade.getKey().equals(t) || grade.getValue().toLowerCase(Locale.ROOT).equals(t)) {
        return grade.getKey();
      }
    }
    return null;
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("outstanding", "Outstanding");
    labels.put("good", "Good");
    labels.put("adequate", "Adequate");
    labels.put("inadequate", "Inadequate");
    labels.put(NOT_YET_AVAILABLE, "Not yet available");
    labels.put(NOT_EVALUATED, "n/a");
    return labels;
  }
}
