package uk.org.safeguarding.reviews.notification;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * A notice waiting to be e-mailed, as one of the engine's own jobs ({@value #TYPE}). It is written
 * in the transaction of the step that caused it, so a refused step leaves none; the job executor
 * sends it later, on any node, once (the engine locks a job for the node executing it), and retries
 * it on the engine's retry cycle ({@code safeguarding.notices.retry-cycle}) until the last failure
 * raises an incident in Cockpit.
 */
public class NoticeJob implements JobHandler<NoticeJob.Content> {

  public static final String TYPE = "safeguarding-notice";

  /** The job's stored configuration ({@code HANDLER_CFG_}, 4000 characters at most): who is told, and what. */
  public record Content(List<String> groups, List<String> users, String subject, String body)
      implements JobHandlerConfiguration {

    static final int MAX_LENGTH = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toCanonicalString() {
      try {
        String json = JSON.writeValueAsString(this);
        if (json.length() > MAX_LENGTH) {
          // the body is plain words and a link; a long task name is shortened rather than the notice lost
          int over = json.length() - MAX_LENGTH + 1;
          return new Content(groups, users, subject, body.substring(0, Math.max(0, body.length() - over)) + "…")
              .toCanonicalString();
        }
        return json;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    static Content parse(String json) {
      try {
        return JSON.readValue(json, Content.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Not a notice: " + e.getMessage(), e);
      }
    }
  }

  private final Notices notices;

  public NoticeJob(Notices notices) {
    this.notices = notices;
  }

  /**
   * The job for a notice, in the process instance that caused it when there is one: its failure is an
   * incident of that instance in Cockpit, its log lines carry the case, and it goes with the instance
   * if the instance is cancelled before it is sent.
   */
  static MessageEntity message(Content content, ExecutionEntity processInstance, String activityId) {
    MessageEntity message = new MessageEntity();
    message.setJobHandlerType(TYPE);
    message.setJobHandlerConfiguration(content);
    if (processInstance != null) {
      // the process instance itself, not the path that caused the notice: that path may end in the same step
      message.setExecution(processInstance);
      message.setProcessDefinitionKey(processInstance.getProcessDefinition().getKey());
      message.setActivityId(activityId);
    }
    // touches nothing of the case: it need not wait for the case's other jobs
    message.setExclusive(false);
    return message;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Content content, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    notices.send(content);
  }

  @Override
  public Content newConfiguration(String canonicalString) {
    return Content.parse(canonicalString);
  }

  @Override
  public void onDelete(Content configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
