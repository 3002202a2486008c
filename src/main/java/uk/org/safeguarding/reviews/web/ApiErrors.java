package uk.org.safeguarding.reviews.web;

import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own endpoints: refused input answers 400 with what was wrong. */
@RestControllerAdvice
public class ApiErrors {

  @ExceptionHandler({IllegalArgumentException.class, InvalidCaseDataException.class})
  public ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", "The request body is not valid JSON for this endpoint"));
  }
}
