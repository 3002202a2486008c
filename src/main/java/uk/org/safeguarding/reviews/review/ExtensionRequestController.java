package uk.org.safeguarding.reviews.review;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguarding.reviews.identity.CallerRoles;
import uk.org.safeguarding.reviews.identity.Groups;

/**
 * The SCR group chair asks the board chair for more time on a review, when it is needed
 * ({@link ExtensionRequests}): {@code {"proposedDueDate": "2027-06-30", "extensionReason": "..."}}.
 * 201 with the request and the board chair's task; 400 for what is wrong with it, 403 for anyone
 * but the SCR group chair, 404 for an unknown case, 409 when no request can be taken now.
 */
@RestController
@RequestMapping("/api/reviews")
public class ExtensionRequestController {

  private final ExtensionRequests requests;
  private final CallerRoles caller;

  public ExtensionRequestController(ExtensionRequests requests, CallerRoles caller) {
    this.requests = requests;
    this.caller = caller;
  }

  /** The running reviews the SCR group chair may ask about (Tasklist's "Ask for an extension" lists them). */
  @GetMapping("/extension-requests")
  public List<ExtensionRequests.OpenReview> openReviews() {
    caller.require(Groups.SCR_GROUP_CHAIR);
    return requests.openReviews();
  }

  @PostMapping("/{caseReference}/extension-requests")
  @ResponseStatus(HttpStatus.CREATED)
  public ExtensionRequests.Requested request(@PathVariable String caseReference,
      @RequestBody(required = false) ExtensionRequests.Request request) {
    caller.require(Groups.SCR_GROUP_CHAIR);
    return requests.request(caseReference, request, caller.userId());
  }

  /** 403, 404 and 409 with what was wrong, in words. */
  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("message", e.getReason() == null ? "" : e.getReason()));
  }
}
