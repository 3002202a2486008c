package uk.org.safeguarding.reviews.engine;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except for one record: when a form is submitted (Tasklist's
 * {@code submit-form}), full history also notes each text field's value as a "form field" detail,
 * in a {@code TEXT_} column of 4,000 characters, and a longer text would fail the whole submission.
 * That note keeps the beginning of a long text and says it was shortened; the whole text is in the
 * variable and in its history ({@link LongTextSerializer}).
 */
public class LongTextFormHistory extends CacheAwareHistoryEventProducer {

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    return super.createFormPropertyUpdateEvt(execution, propertyId, shortened(propertyValue), taskId);
  }

  /** The text itself if it fits the column, else its beginning and a note of its full length. */
  static String shortened(String text) {
    if (text == null || text.length() <= LongTextSerializer.COLUMN_LIMIT) {
      return text;
    }
    String note = " … [shortened here: " + text.length() + " characters in all; the whole text is in the variable]";
    int keep = LongTextSerializer.COLUMN_LIMIT - note.length();
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + note;
  }
}
