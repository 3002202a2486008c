package uk.org.safeguarding.reviews.cases;

import java.util.Map;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import uk.org.safeguarding.reviews.identity.Agencies;

/**
 * What Tasklist calls a task: the step, the case and, for a task about one agency or partner, whom
 * it is for, e.g. "IMR — Child G — Dorset Police". The diagram names the step in plain words
 * ("IMR"); each user task gets its full name when it is created, from its extension properties:
 * <ul>
 *   <li>{@value #TITLE}: the step as Tasklist words it, an expression, e.g.
 *       {@code Chase overdue ${contributionLabel}}; without it, the element's name;</li>
 *   <li>{@value #FOR_AGENCY}: the variable that holds the member agency's slug, e.g. {@code agency};</li>
 *   <li>{@value #FOR_PARTY}: an expression that names someone other than a member agency, e.g.
 *       {@code ${rapidReview.partnerName(partner)}}.</li>
 * </ul>
 * The case is the variable {@value #CASE_REFERENCE}.
 */
public class TaskTitles extends AbstractBpmnParseListener {

  public static final String TITLE = "title";
  public static final String FOR_AGENCY = "forAgency";
  public static final String FOR_PARTY = "forParty";
  public static final String CASE_REFERENCE = "caseReference";

  private final Agencies agencies;

  public TaskTitles(Agencies agencies) {
    this.agencies = agencies;
  }

  /**
   * Built in, so the name is set also when Cockpit starts a task with "skip listeners", and before
   * the model's own create listeners see the task. A name that is itself an expression (a version
   * deployed before names were plain, with its instances still running) already shows the case.
   */
  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String name = element.attribute("name");
    if (name != null && name.contains("${")) {
      return;
    }
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behaviour) {
      behaviour.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, titleOf(element));
    }
  }

  private TaskTitle titleOf(Element userTask) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTask);
    if (properties == null) {
      properties = Map.of();
    }
    ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
    return new TaskTitle(expression(expressions, properties.get(TITLE)), properties.get(FOR_AGENCY),
        expression(expressions, properties.get(FOR_PARTY)), agencies);
  }

  private static Expression expression(ExpressionManager expressions, String text) {
    return text == null ? null : expressions.createExpression(text);
  }
}
