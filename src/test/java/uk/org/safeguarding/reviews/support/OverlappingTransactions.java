package uk.org.safeguarding.reviews.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People acting in the same instant: each piece of work runs in a transaction of its own, on a
 * thread of its own, and none commits until all have done their work. Work that waits on another's
 * uncommitted change (a collision) keeps the others from finishing, and that is reported.
 */
public final class OverlappingTransactions {

  private OverlappingTransactions() {}

  /** What each piece of work threw, in order; null where it committed. */
  public static List<Throwable> run(PlatformTransactionManager transactions, List<Runnable> work) {
    CountDownLatch allDone = new CountDownLatch(work.size());
    TransactionTemplate tx = new TransactionTemplate(transactions);
    List<CompletableFuture<Void>> running = work.stream().map(piece -> CompletableFuture.runAsync(() ->
        tx.executeWithoutResult(status -> {
          piece.run();
          allDone.countDown();
          awaitOthers(allDone);
        }))).toList();
    List<Throwable> outcomes = new ArrayList<>();
    for (CompletableFuture<Void> piece : running) {
      try {
        piece.get(60, TimeUnit.SECONDS);
        outcomes.add(null);
      } catch (ExecutionException e) {
        outcomes.add(e.getCause());
      } catch (InterruptedException | TimeoutException e) {
        outcomes.add(e);
      }
    }
    return outcomes;
  }

  private static void awaitOthers(CountDownLatch allDone) {
    try {
      if (!allDone.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the others could not finish their work while this transaction was open: they collided with it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
