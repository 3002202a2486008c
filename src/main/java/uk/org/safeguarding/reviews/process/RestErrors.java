package uk.org.safeguarding.reviews.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers 500 for any engine exception raised while starting a process or
 * completing a task. A submission our rules refuse is the caller's mistake: answer 400 with what
 * was wrong.
 */
@Configuration
public class RestErrors {

  @Bean
  public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(BadSubmissionMapper.class);
        register(BadEngineRequestMapper.class);
      }
    };
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

  @Provider
  @Priority(1)
  public static class BadSubmissionMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response refused = refusal(exception);
      return refused != null ? refused : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    static Response refusal(Throwable exception) {
      InvalidCaseDataException invalid = cause(exception, InvalidCaseDataException.class);
      BadUserRequestException bad = invalid != null ? invalid : cause(exception, BadUserRequestException.class);
      if (bad == null) {
        return null;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", bad.getClass().getSimpleName());
      body.put("message", bad.getMessage());
      body.put("problems", invalid != null ? invalid.problems() : List.of(bad.getMessage()));
      return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
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
