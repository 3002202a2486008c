package uk.org.safeguarding.reviews.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/**
 * Two updates of one case's register entry at the same moment (two agencies' reminders falling due
 * together): the second to save is refused, never allowed to overwrite the first one's milestone.
 */
@ProcessTest
class RegisterConcurrencyTest extends ProcessTestBase {

  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoMilestonesReachedAtTheSameMomentAreNeverSilentlyLost() throws Exception {
    String processInstanceId = "concurrency-" + System.nanoTime();
    register.open(newCase("Child C"), "serious-case-review", processInstanceId, LocalDate.of(2026, 11, 2), entry -> {});
    CountDownLatch bothHaveRead = new CountDownLatch(2);
    TransactionTemplate tx = new TransactionTemplate(transactions);

    List<CompletableFuture<Boolean>> reminders = List.of("dorset-police", "poole-council").stream()
        .map(agency -> CompletableFuture.supplyAsync(() -> {
          try {
            tx.executeWithoutResult(status -> register.update(processInstanceId, entry -> {
              bothHaveRead.countDown();
              awaitQuietly(bothHaveRead);
              entry.reach("contribution-reminder", "Reminder sent — " + agency, null, LocalDate.of(2026, 11, 9));
            }));
            return true;
          } catch (OptimisticLockingFailureException refused) {
            return false;
          }
        }))
        .toList();
    long saved = 0;
    for (CompletableFuture<Boolean> reminder : reminders) {
      saved += reminder.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }

    List<Milestone> recorded = register.entry(processInstanceId).getMilestones();
    assertThat(saved).as("one of the two simultaneous saves is refused").isEqualTo(1);
    assertThat(recorded).as("every save that succeeded is on the register").hasSize((int) saved);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
