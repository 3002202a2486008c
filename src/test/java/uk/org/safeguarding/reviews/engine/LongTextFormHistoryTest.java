package uk.org.safeguarding.reviews.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** History's record of a submitted form field fits its column and says when it was shortened. */
class LongTextFormHistoryTest {

  @Test
  void textThatFitsIsRecordedAsItIs() {
    String fits = "x".repeat(LongTextSerializer.COLUMN_LIMIT);
    assertThat(LongTextFormHistory.shortened(fits)).isSameAs(fits);
    assertThat(LongTextFormHistory.shortened(null)).isNull();
  }

  @Test
  void longerTextKeepsItsBeginningAndSaysHowLongItWas() {
    String text = "y".repeat(20_000);
    String recorded = LongTextFormHistory.shortened(text);
    assertThat(recorded).hasSizeLessThanOrEqualTo(LongTextSerializer.COLUMN_LIMIT).startsWith("y".repeat(3_000))
        .contains("20000 characters in all");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
    for (int offset = 0; offset < 2; offset++) {
      String text = "a".repeat(offset) + "🙂".repeat(5_000);
      String recorded = LongTextFormHistory.shortened(text);
      String kept = recorded.substring(0, recorded.indexOf(" … [shortened"));
      assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("offset " + offset).isFalse();
    }
  }
}
