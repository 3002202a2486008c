package uk.org.safeguarding.reviews.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.EveryUserTask;
import uk.org.safeguarding.reviews.engine.ProcessEngineSetup;

/**
 * Every user task of every model announces itself by e-mail when it is created; notices are the
 * engine's own jobs ({@link NoticeJob}), retried on the notices' retry cycle ({@link NoticeRetry}).
 */
@Configuration
public class NotificationEngineSetup {

  @Bean
  public NoticeSettings noticeSettings() {
    return new NoticeSettings();
  }

  /** Lazy: the engine plugin is built before the engine, the notices need the engine's identity service. */
  @Bean
  public ProcessEnginePlugin taskArrivalNotices(@Lazy Notices notices) {
    return EveryUserTask.listener("task arrival notices", TaskListener.EVENTNAME_CREATE, new TaskArrivalNotice(notices));
  }

  /** The notice job's handler and its retry cycle. */
  @Bean
  public ProcessEnginePlugin noticeJobs(@Lazy Notices notices, NoticeSettings settings) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessEngineSetup.addJobHandler(configuration, new NoticeJob(notices));
        configuration.setFailedJobCommandFactory(new NoticeRetry(settings.getRetryCycle()));
      }

      @Override
      public String toString() {
        return "notice jobs";
      }
    };
  }
}
