package uk.org.safeguarding.reviews.web;

import uk.org.safeguarding.reviews.forms.InvalidCaseDataException;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** What a caller is told when the engine refuses a request for a reason that is not a fault of ours. */
class RestErrorsTest {

  @Test
  void twoAgenciesSavingOnOneCaseAtTheSameInstant_theLoserIsToldToSubmitAgain_409() {
    ProcessEngineException wrapped = new ProcessEngineException("completing the IMR",
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity' failed. Entity was updated by another transaction concurrently."));

    Response response = new RestErrors.BadEngineRequestMapper().toResponse(wrapped);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) response.getEntity()).get("message").toString())
        .contains("at the same moment", "nothing of yours was saved", "Submit it again")
        .doesNotContain("VariableInstanceEntity");
  }

  @Test
  void aCaseDataRefusalStaysA400WithItsProblems() {
    Response response = new RestErrors.BadEngineRequestMapper().toResponse(new ProcessEngineException("listener failed",
        new InvalidCaseDataException("Cannot complete 'Triage referral — Child G'", java.util.List.of("choose at least one agency"))));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) response.getEntity()).get("problems").toString()).contains("choose at least one agency");
  }

  @Test
  void aVariableWithAnEmptyTypeIsTheCallersMistake_400_andNoOtherIndexErrorIs() {
    StringIndexOutOfBoundsException emptyType = org.assertj.core.api.Assertions.catchThrowableOfType(
        StringIndexOutOfBoundsException.class, () -> org.camunda.bpm.engine.rest.dto.VariableValueDto.fromRestApiTypeName(""));

    Response response = new RestErrors.EmptyVariableTypeMapper().toResponse(emptyType);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((Map<?, ?>) response.getEntity()).get("message").toString()).contains("type must not be empty");
    assertThat(new RestErrors.EmptyVariableTypeMapper().toResponse(new StringIndexOutOfBoundsException("ours")).getStatus())
        .isEqualTo(500);
  }
}
