package uk.org.safeguarding.reviews.actionplan;

import uk.org.safeguarding.reviews.calendar.UkDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.safeguarding.reviews.calendar.Deadlines;
import uk.org.safeguarding.reviews.identity.Agencies;
import uk.org.safeguarding.reviews.engine.JsonVariables;

/**
 * The action plans of the reviews and case audits, one row per action. Knows nothing of
 * Camunda: the process's delegates call it with plain values. BPMN reads it as {@code actionPlan}
 * (the multi-instance collection {@code ${actionPlan.ids(actionIds)}}).
 */
@Service("actionPlan")
public class ActionPlan {

  static final int MAX_TEXT = 4000;
  static final int MAX_OWNER = 200;

  private final ActionRepository repository;
  private final Agencies agencies;

  public ActionPlan(ActionRepository repository, Agencies agencies) {
    this.repository = repository;
    this.agencies = agencies;
  }

  /** What is wrong with the drafted actions (rows of recommendation, agency, owner, dueDate, measureOfSuccess). */
  public List<String> problems(List<Map<String, Object>> rows, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      problems.add("the action plan needs at least one action");
      return problems;
    }
    int i = 0;
    for (Map<String, Object> row : rows) {
      String where = "action " + (++i) + ": ";
      text(row, "recommendation", "recommendation", MAX_TEXT, where, problems);
      text(row, "owner", "owner", MAX_OWNER, where, problems);
      text(row, "measureOfSuccess", "measure of success", MAX_TEXT, where, problems);
      String agency = string(row.get("agency"));
      if (agency == null) {
        problems.add(where + "agency is required");
      } else if (!agencies.isActive(agency)) {
        problems.add(where + "'" + agency + "' is not an active member agency");
      }
      Object due = row.get("dueDate");
      if (string(due) == null) {
        problems.add(where + "due date is required");
      } else {
        try {
          LocalDate dueOn = Deadlines.toLocalDate(due);
          if (!dueOn.isAfter(today)) {
            problems.add(where + "due date " + UkDates.day(dueOn) + " must be after today (" + UkDates.day(today) + ")");
          }
        } catch (IllegalArgumentException e) {
          problems.add(where + "due date: " + e.getMessage());
        }
      }
    }
    return problems;
  }

  /** Saves the drafted actions as rows of the plan, all or none. */
  @Transactional
  public List<Action> create(String caseReference, String reviewType, String processInstanceId,
      List<Map<String, Object>> rows, LocalDate today) {
    List<String> problems = problems(rows, today);
    if (!problems.isEmpty()) {
      throw new InvalidActionPlanException("Cannot save the action plan", problems);
    }
    List<Action> actions = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      actions.add(repository.save(new Action(caseReference, reviewType, processInstanceId,
          string(row.get("recommendation")), string(row.get("agency")), string(row.get("owner")),
          Deadlines.toLocalDate(row.get("dueDate")), string(row.get("measureOfSuccess")))));
    }
    return actions;
  }

  /** Action ids from a JSON list variable, for the multi-instance collection. */
  public List<Long> ids(Object actionIds) {
    return JsonVariables.strings(actionIds).stream().map(Long::valueOf).toList();
  }

  public Action action(Long id) {
    return repository.findById(id).orElseThrow(() -> new IllegalStateException("No action " + id));
  }

  public List<Action> forCase(String caseReference) {
    return repository.findByCaseReferenceOrderById(caseReference);
  }

  public List<Action> forProcess(String processInstanceId) {
    return repository.findByProcessInstanceIdOrderById(processInstanceId);
  }

  @Transactional
  public Action recordProgressRequest(Long id, LocalDate on) {
    return change(id, a -> a.progressRequested(on));
  }

  @Transactional
  public Action reportProgress(Long id, String progress, String note, LocalDate on) {
    boolean completed = ActionDeliveryProcess.PROGRESS_COMPLETED.equals(progress);
    if (!completed && !ActionDeliveryProcess.PROGRESS_IN_PROGRESS.equals(progress)) {
      throw new InvalidActionPlanException("Cannot record progress on action " + id,
          List.of("status must be in-progress or completed, not '" + progress + "'"));
    }
    return change(id, a -> a.reportProgress(completed, note, on));
  }

  @Transactional
  public Action markOverdue(Long id, LocalDate on) {
    return change(id, a -> a.overdue(on));
  }

  @Transactional
  public Action recordChase(Long id, String notes, LocalDate on) {
    return change(id, a -> a.chased(notes, on));
  }

  @Transactional
  public Action signOff(Long id, String by, String notes, LocalDate on) {
    return change(id, a -> a.signOff(by, notes, on));
  }

  /** Back to the owning agency with a new due date, which must be after today. */
  @Transactional
  public Action reopen(Long id, Object newDueDate, String notes, LocalDate today) {
    List<String> problems = new ArrayList<>();
    LocalDate dueOn = null;
    if (string(newDueDate) == null) {
      problems.add("a new due date is required to reopen an action");
    } else {
      try {
        dueOn = Deadlines.toLocalDate(newDueDate);
        if (!dueOn.isAfter(today)) {
          problems.add("the new due date " + UkDates.day(dueOn) + " must be after today (" + UkDates.day(today) + ")");
        }
      } catch (IllegalArgumentException e) {
        problems.add("new due date: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidActionPlanException("Cannot reopen action " + id, problems);
    }
    LocalDate newDue = dueOn;
    return change(id, a -> a.reopen(newDue, notes));
  }

  /** Whether every action of a plan is signed off: only then does the review's action plan close. */
  public boolean allSignedOff(String processInstanceId) {
    List<Action> actions = forProcess(processInstanceId);
    return !actions.isEmpty() && actions.stream().allMatch(a -> Action.SIGNED_OFF.equals(a.getStatus()));
  }

  /** How a milestone on the plan's register entry names an action, e.g. "Action overdue: Dorset Police (action 7, due 2026-12-18)". */
  public String describe(String prefix, Action action) {
    String text = prefix + agencies.name(action.getAgency()) + " (action " + action.getId() + ", due " + action.getDueOn() + ")";
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }

  private Action change(Long id, java.util.function.Consumer<Action> change) {
    Action action = action(id);
    change.accept(action);
    return repository.save(action);
  }

  private static void text(Map<String, Object> row, String key, String label, int max, String where, List<String> problems) {
    String value = string(row.get(key));
    if (value == null) {
      problems.add(where + label + " is required");
    } else if (value.length() > max) {
      problems.add(where + label + " is too long (at most " + max + " characters)");
    }
  }

  private static String string(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }
}
