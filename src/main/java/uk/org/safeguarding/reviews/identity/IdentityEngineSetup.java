package uk.org.safeguarding.reviews.identity;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import uk.org.safeguarding.reviews.engine.EveryUserTask;

/** The engine's side of access control. */
@Configuration
public class IdentityEngineSetup {

  /**
   * Camunda makes {@code camunda-admin} a superuser that passes every authorization check, case
   * content included. Here administrators manage users, groups and authorizations through the
   * grants in {@link AccessRules}, and see no case unless a partnership role is added to them.
   */
  @Bean
  public ProcessEnginePlugin administratorsAreNotSuperusers() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getAdminGroups().remove(Groups.ADMINISTRATORS);
      }

      @Override
      public String toString() {
        return "administrators are not superusers";
      }
    };
  }

  /**
   * Accounts: a wrong password delays that account's next sign-in (Camunda's login delay,
   * {@code login-delay-*} in application.yaml) but never locks it for good: the engine's limit of
   * attempts, after which only a superuser could unlock the account, is lifted, because here no
   * one is a superuser. A new password that breaks the password policy is refused naming the rules
   * ({@link RuleNamingIdentityService}); a sign-in delay and a new password are written to the
   * user operation log beside what the engine writes itself ({@link AuditedIdentityProvider}).
   */
  @Bean
  public ProcessEnginePlugin accountSafetyPlugin(SignInCache signIns) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new RuleNamingIdentityService());
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(AuditedIdentityProvider.class) {
          @Override
          public Session openSession() {
            return new AuditedIdentityProvider(signIns);
          }
        });
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
      }

      @Override
      public String toString() {
        return "account safety";
      }
    };
  }

  /**
   * An agency's tasks are told apart by tenant, not by a grant each ({@link AgencyTenants}): its
   * tasks are placed in its tenant as they are created (a built-in listener: it runs even when
   * custom listeners are skipped), its task grants carry no READ, and the engine's tenant check
   * follows group membership. Open tasks from before are placed at start-up, before anyone is served.
   */
  @Bean
  public ProcessEnginePlugin agencyTenantsPlugin() {
    ProcessEnginePlugin placeTasks = EveryUserTask.builtInListener("agency tasks in agency tenants", TaskListener.EVENTNAME_CREATE,
        AgencyTenants.PLACE_TASK);
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        placeTasks.preInit(configuration);
        configuration.setResourceAuthorizationProvider(new AgencyTaskAuthorizations());
        replaceManager(configuration, TenantManager.class, AgencyTenantManager::new);
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        TenantRefusals.asAuthorizationErrors(configuration.getCommandCheckers());
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        AgencyTenantsUpgrade.run((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
      }

      @Override
      public String toString() {
        return "agency tenants";
      }
    };
  }

  /**
   * Authorization checks without the engine's scan of every grant at the start of each command
   * ({@link AuthorizationChecksWithoutGroupScan}): the same grants are found, and Tasklist no longer
   * slows as grants accumulate with open work.
   */
  @Bean
  public ProcessEnginePlugin authorizationChecksWithoutGroupScanPlugin() {
    return managerPlugin("authorization checks without a scan of every grant", AuthorizationManager.class,
        AuthorizationChecksWithoutGroupScan::new, NO_STATEMENTS, TaskReadByDefinition::createIndexes);
  }

  /**
   * An agency's Tasklist read without the engine's {@code distinct} over all its open work, so that a
   * page costs about the same at 10,000 open tasks as at 100 ({@link AgencyTaskList}); every other
   * task query as the engine reads it.
   */
  @Bean
  public ProcessEnginePlugin agencyTaskListPlugin() {
    return managerPlugin("agency task lists", TaskManager.class, AgencyTaskList::new, AgencyTaskList::addStatements,
        AgencyTaskList::createIndex);
  }

  /** For a manager whose statements are plain JDBC ({@link PermissionAnswers}): nothing to add to the engine's mappings. */
  private static final Consumer<ProcessEngineConfigurationImpl> NO_STATEMENTS = configuration -> { };

  /**
   * A plugin that replaces one of the engine's managers by ours for every command, adds our statements
   * once the engine is configured, and makes sure of our indexes once it is built.
   */
  private static ProcessEnginePlugin managerPlugin(String description, Class<? extends Session> type,
      Supplier<? extends Session> manager, Consumer<ProcessEngineConfigurationImpl> statements,
      Consumer<ProcessEngineConfigurationImpl> indexes) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        replaceManager(configuration, type, manager);
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        statements.accept(configuration);
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        indexes.accept((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  /** Every user task that may go to an agency grants the agency sight of its process instance. */
  // Lazy: an engine plugin is built before the engine, and AgencyWorkAccess needs the engine's services.
  @Bean
  public ProcessEnginePlugin agencyWorkAccessPlugin(@Lazy AgencyWorkAccess access) {
    return EveryUserTask.listener("agency work access", TaskListener.EVENTNAME_CREATE, task -> access.notify(task));
  }

  /** The engine's manager of this type, replaced by one of ours for every command. */
  private static void replaceManager(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
      Supplier<? extends Session> manager) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new java.util.ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
  }
}
