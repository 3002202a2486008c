package uk.org.safeguarding.reviews.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.EveryUserTask;

/** Every user task of every model announces itself by e-mail when it is created. */
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
}
