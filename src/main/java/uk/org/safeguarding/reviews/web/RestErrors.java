package uk.org.safeguarding.reviews.web;

import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.jackson.JacksonFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The engine REST API answers 500 for any engine exception raised while starting a process or
 * completing a task, and for several malformed inputs. A submission our rules refuse, or a value
 * the engine cannot take, is the caller's mistake: answer 400 with what was wrong.
 */
@Configuration
public class RestErrors {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      /** Camunda's resources and configuration, its JSON mapper made once ({@link SharedJsonMapper}) instead of every request. */
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
        configuration.remove(JacksonConfigurator.class);
        configuration.add(SharedJsonMapper.class);
        registerClasses(configuration);
        register(JacksonFeature.class);
      }

      @Override
      protected void registerAdditionalResources() {
        register(BadSubmissionMapper.class);
        register(BadEngineRequestMapper.class);
        register(BadArgumentMapper.class);
        register(EmptyVariableTypeMapper.class);
        register(MissingBodyMapper.class);
      }
    };
  }

  /**
   * The same answers on the web apps' engine API ({@code /camunda/api/engine}), which Tasklist and
   * Cockpit call: Camunda registers that servlet only when none of its name exists, so it is
   * registered here first, the same application with these mappers added and its JSON mapper made
   * once ({@link WebAppsEngineApi}).
   */
  @Bean
  public ServletRegistrationBean<ServletContainer> webAppsEngineApi(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    ServletRegistrationBean<ServletContainer> api = new ServletRegistrationBean<>(new ServletContainer(), applicationPath + "/api/engine/*");
    api.setName("Engine Api");
    api.setOrder(Ordered.HIGHEST_PRECEDENCE);
    api.addInitParameter("jakarta.ws.rs.Application", WebAppsEngineApi.class.getName());
    api.addInitParameter(ServerProperties.PROVIDER_CLASSNAMES, String.join(",", BadSubmissionMapper.class.getName(),
        BadEngineRequestMapper.class.getName(), BadArgumentMapper.class.getName(), MissingBodyMapper.class.getName()));
    return api;
  }

  /** Camunda's application behind the web apps' engine API, its JSON mapper made once ({@link SharedJsonMapper}). */
  public static class WebAppsEngineApi extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new LinkedHashSet<>(super.getClasses());
      classes.remove(JacksonConfigurator.class);
      classes.add(SharedJsonMapper.class);
      return classes;
    }
  }

  /**
   * The engine REST API's JSON mapper, configured as Camunda configures it ({@link JacksonConfigurator}),
   * once: Camunda's own builds and configures a new one for every request that reads or writes JSON,
   * about 3 % of a task completion's time in a profile (docs/performance.md). A configured mapper is
   * safe to share between threads. It answers for HAL too, as Camunda's does: Tasklist asks for its
   * task lists as {@code application/hal+json}, and a mapper left to Jackson's defaults writes other
   * dates than Tasklist reads ({@code JsonDatesIT}).
   */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  public static class SharedJsonMapper extends JacksonConfigurator {
    private final ObjectMapper mapper = configureObjectMapper(new ObjectMapper());

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }

  /** Engine exceptions that reach JAX-RS directly (e.g. a task listener's refusal, wrapped). */
  @Provider
  @Priority(1)
  public static class BadEngineRequestMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response refused = BadSubmissionMapper.refusal(exception);
      return refused != null ? refused : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** Values the REST layer cannot convert (e.g. a file variable without its details). */
  @Provider
  @Priority(1)
  public static class BadArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException exception) {
      return BadSubmissionMapper.body(Response.Status.BAD_REQUEST, exception.getClass().getSimpleName(), exception.getMessage(),
          List.of(String.valueOf(exception.getMessage())));
    }
  }

  /** 400 with the problem when the exception is the caller's mistake; otherwise Camunda's own answer (a server error). */
  static Response badRequestIf(boolean callersMistake, String problem, RuntimeException exception) {
    return callersMistake ? BadSubmissionMapper.body(Response.Status.BAD_REQUEST, "InvalidRequestException", problem, List.of(problem))
        : ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /**
   * A request without the JSON body its endpoint reads (a POST or PUT sent with none): Camunda's resource
   * calls its missing body object and fails with a NullPointerException naming one of the REST API's
   * request types ({@code ...rest.dto...}). Any other NullPointerException stays a server error.
   */
  @Provider
  @Priority(1)
  public static class MissingBodyMapper implements ExceptionMapper<NullPointerException> {
    static final String PROBLEM = "This request needs a JSON body with what it asks for";

    @Override
    public Response toResponse(NullPointerException exception) {
      String message = String.valueOf(exception.getMessage());
      return badRequestIf(message.startsWith("Cannot invoke \"org.camunda.bpm.engine.rest.dto."), PROBLEM, exception);
    }
  }

  /**
   * A variable sent with {@code "type": ""}: the REST API's type lookup fails on the empty name with
   * a StringIndexOutOfBoundsException. Any other such exception stays a server error.
   */
  @Provider
  @Priority(1)
  public static class EmptyVariableTypeMapper implements ExceptionMapper<StringIndexOutOfBoundsException> {
    static final String PROBLEM = "A variable's type must not be empty: leave it out, or name one such as String, Boolean or Json";

    @Override
    public Response toResponse(StringIndexOutOfBoundsException exception) {
      boolean typeLookup = java.util.Arrays.stream(exception.getStackTrace()).limit(5).anyMatch(frame ->
          frame.getClassName().equals(VariableValueDto.class.getName()) && frame.getMethodName().equals("fromRestApiTypeName"));
      return badRequestIf(typeLookup, PROBLEM, exception);
    }
  }

  @Provider
  @Priority(1)
  public static class BadSubmissionMapper implements ExceptionMapper<RestException> {

    /** Two people (e.g. two agencies' IMRs) completed work on one case in the same instant. */
    static final String CONCURRENT_CHANGE = "Someone else saved work on this case at the same moment, so nothing of yours"
        + " was saved. Submit it again.";

    @Override
    public Response toResponse(RestException exception) {
      Response refused = refusal(exception);
      return refused != null ? refused : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /**
     * 403 when a refusal of access is wrapped by the REST layer (it answers some with 400 "Not enough
     * parameters submitted"); 400 when the caller's input was at fault: our rules refused it, or the engine could not
     * accept a value (unknown type, forbidden serialization, malformed JSON, a date that is not a
     * date); 404 when what it names does not exist; 409 when another change to the same case won
     * the race (the whole request rolled back, so it can simply be sent again). Anything else stays
     * a server error.
     */
    static Response refusal(Throwable exception) {
      InvalidCaseDataException invalid = cause(exception, InvalidCaseDataException.class);
      if (invalid != null) {
        return body(Response.Status.BAD_REQUEST, invalid.getClass().getSimpleName(), invalid.getMessage(), invalid.problems());
      }
      AuthorizationException denied = cause(exception, AuthorizationException.class);
      if (denied != null && denied != exception) {
        return body(Response.Status.FORBIDDEN, denied.getClass().getSimpleName(), denied.getMessage(), List.of(denied.getMessage()));
      }
      Throwable root = exception;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      Throwable concurrent = cause(exception, OptimisticLockingException.class);
      if (concurrent == null) {
        concurrent = cause(exception, OptimisticLockingFailureException.class);
      }
      if (concurrent != null) {
        return body(Response.Status.CONFLICT, concurrent.getClass().getSimpleName(), CONCURRENT_CHANGE,
            List.of(CONCURRENT_CHANGE));
      }
      if (root instanceof NullValueException || root instanceof NotFoundException) {
        return body(Response.Status.NOT_FOUND, root.getClass().getSimpleName(), root.getMessage(), List.of(String.valueOf(root.getMessage())));
      }
      boolean callersInput = root instanceof BadUserRequestException || root instanceof IllegalArgumentException
          || root instanceof SpinRuntimeException || root instanceof com.fasterxml.jackson.core.JacksonException
          || root.getClass() == ProcessEngineException.class;
      if (!callersInput) {
        return null;
      }
      if (root instanceof BadUserRequestException && isOverTheListLimit(root.getMessage())) {
        String pageOnly = pageOnly();
        return body(Response.Status.BAD_REQUEST, root.getClass().getSimpleName(), pageOnly, List.of(pageOnly));
      }
      String message = "The request could not be accepted: " + root.getMessage();
      return body(Response.Status.BAD_REQUEST, root.getClass().getSimpleName(), message, List.of(String.valueOf(root.getMessage())));
    }

    /** The engine's refusals of a signed-in user's list that holds more than its limit, or asks for no page (queryMaxResultsLimit). */
    static boolean isOverTheListLimit(String message) {
      return message != null && (message.startsWith("An unbound number of results is forbidden")
          || message.matches("Max results limit of \\d+ exceeded!?"));
    }

    static String pageOnly() {
      ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
      int limit = engine == null ? Integer.MAX_VALUE
          : ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getQueryMaxResultsLimit();
      return "A list is given a page at a time: ask for one with firstResult and maxResults"
          + (limit == Integer.MAX_VALUE ? "" : ", maxResults at most " + limit) + ".";
    }

    static Response body(Response.Status status, String type, String message, List<String> problems) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", type);
      body.put("message", message);
      body.put("problems", problems);
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (type.isInstance(c)) {
          return type.cast(c);
        }
      }
      return null;
    }
  }
}
