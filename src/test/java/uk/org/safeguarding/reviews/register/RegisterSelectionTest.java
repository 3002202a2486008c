package uk.org.safeguarding.reviews.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/** The SCR group's tracker, filtered and paged: what is still open, of one kind, newest first. */
@ProcessTest
class RegisterSelectionTest extends ProcessTestBase {

  @Test
  void openOrClosedEntriesOfOneTypeNewestFirstAPageAtATime() {
    String type = "audit-" + System.nanoTime();
    LocalDate day = LocalDate.of(2026, 11, 2);
    register.open(newCase("Child One"), type, "selection-1-" + type, day, e -> {});
    register.open(newCase("Child Two"), type, "selection-2-" + type, day, e -> e.close("no-further-action", "Below threshold", day));
    register.open(newCase("Child Three"), type, "selection-3-" + type, day, e -> {});

    Register.Selection all = register.find(null, type, null, 50);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.entries()).extracting(RegisterEntry::getProcessInstanceId)
        .containsExactly("selection-3-" + type, "selection-2-" + type, "selection-1-" + type);

    Register.Selection open = register.find(true, type, null, 50);
    assertThat(open.entries()).extracting(RegisterEntry::getProcessInstanceId)
        .containsExactly("selection-3-" + type, "selection-1-" + type);
    assertThat(register.find(false, type, null, 50).entries()).extracting(RegisterEntry::getOutcome)
        .containsExactly("no-further-action");

    Register.Selection secondPage = register.find(true, type, 1, 1);
    assertThat(secondPage.total()).as("how many match in all").isEqualTo(2);
    assertThat(secondPage.entries()).extracting(RegisterEntry::getProcessInstanceId).containsExactly("selection-1-" + type);
    assertThat(secondPage.entries().get(0).getMilestones()).isNotNull();
  }

  @Test
  void aPageBeyondTheLimitsIsRefusedWithWhatWasWrong() {
    assertThatThrownBy(() -> register.find(null, null, 0, 0)).hasMessageContaining("size must be between 1 and 500");
    assertThatThrownBy(() -> register.find(null, null, 0, 501)).hasMessageContaining("size must be between 1 and 500");
    assertThatThrownBy(() -> register.find(null, null, -1, 10)).hasMessageContaining("page must be 0 or more");
  }
}
