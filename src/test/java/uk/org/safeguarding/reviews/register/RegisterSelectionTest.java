package uk.org.safeguarding.reviews.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.safeguarding.reviews.support.ProcessTest;
import uk.org.safeguarding.reviews.support.ProcessTestBase;

/** The SCR group's tracker, filtered, sorted and paged: what is still open, of one kind, newest first. */
@ProcessTest
class RegisterSelectionTest extends ProcessTestBase {

  @Autowired
  RegisterQuery query;

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  private RegisterQuery.Page find(String type, String status, int page, int size) {
    return query.page(new RegisterFilter(type, status, null, null, null, null), RegisterQuery.SortOrder.NEWEST_FIRST, page,
        size, DAY);
  }

  @Test
  void openOrClosedEntriesOfOneTypeNewestFirstAPageAtATime() {
    String type = "audit-" + System.nanoTime();
    register.open(newCase("Child One"), type, "selection-1-" + type, DAY, e -> {});
    register.open(newCase("Child Two"), type, "selection-2-" + type, DAY, e -> e.close("no-further-action", "Below threshold", DAY));
    register.open(newCase("Child Three"), type, "selection-3-" + type, DAY, e -> {});

    RegisterQuery.Page all = find(type, null, 0, 50);
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.entries()).extracting(EntryView::processInstanceId)
        .containsExactly("selection-3-" + type, "selection-2-" + type, "selection-1-" + type);

    RegisterQuery.Page open = find(type, "open", 0, 50);
    assertThat(open.entries()).extracting(EntryView::processInstanceId)
        .containsExactly("selection-3-" + type, "selection-1-" + type);
    assertThat(find(type, "closed", 0, 50).entries()).extracting(EntryView::outcome).containsExactly("no-further-action");

    RegisterQuery.Page secondPage = find(type, "open", 1, 1);
    assertThat(secondPage.total()).as("how many match in all").isEqualTo(2);
    assertThat(secondPage.entries()).extracting(EntryView::processInstanceId).containsExactly("selection-1-" + type);
    assertThat(secondPage.entries().get(0).milestones()).isNotNull();
  }

  @Test
  void sortedByAWhitelistedColumnFilteredByAgencyDatesAndOverdueWithMilestonesAndClocks() {
    String type = "review-" + System.nanoTime();
    register.open(newCase("Child Early"), type, "sort-1-" + type, LocalDate.of(2026, 5, 1), e -> {
      e.setReferringAgency("dorset-police");
      e.reach("scr-initiated", "Decided", "in-progress", LocalDate.of(2026, 5, 1));
      e.clockDue("scr-completion", "SCR completed within 6 months", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 1));
    });
    register.open(newCase("Child Late"), type, "sort-2-" + type, LocalDate.of(2026, 9, 1), e -> {
      e.setReferringAgency("poole-council");
      e.clockDue("scr-completion", "SCR completed within 6 months", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1));
    });
    RegisterQuery.SortOrder openedFirst = RegisterQuery.SortOrder.parse("openedOn");
    assertThat(query.page(new RegisterFilter(type, null, null, null, null, null), openedFirst, 0, 10, DAY).entries())
        .extracting(EntryView::processInstanceId).containsExactly("sort-1-" + type, "sort-2-" + type);
    assertThat(query.page(new RegisterFilter(type, null, null, null, null, null), RegisterQuery.SortOrder.parse("-openedOn"), 0,
        10, DAY).entries()).extracting(EntryView::processInstanceId).containsExactly("sort-2-" + type, "sort-1-" + type);

    assertThat(query.page(new RegisterFilter(type, null, "poole-council", null, null, null), openedFirst, 0, 10, DAY).entries())
        .extracting(EntryView::processInstanceId).containsExactly("sort-2-" + type);
    assertThat(query.page(new RegisterFilter(type, null, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), null),
        openedFirst, 0, 10, DAY).entries()).extracting(EntryView::processInstanceId).containsExactly("sort-2-" + type);

    RegisterQuery.Page overdue = query.page(new RegisterFilter(type, null, null, null, null, true), openedFirst, 0, 10, DAY);
    assertThat(overdue.entries()).extracting(EntryView::processInstanceId).containsExactly("sort-1-" + type);
    EntryView early = overdue.entries().get(0);
    assertThat(early.overdue()).isTrue();
    assertThat(early.milestones()).extracting(Milestone::milestone).containsExactly("scr-initiated");
    assertThat(early.clocks()).singleElement().satisfies(c -> {
      assertThat(c.anchorOn()).isEqualTo(LocalDate.of(2026, 5, 1));
      assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 11, 1));
      assertThat(c.state()).isEqualTo(StatutoryClock.OVERDUE);
    });
    assertThat(query.page(new RegisterFilter(type, null, null, null, null, false), openedFirst, 0, 10, DAY).entries())
        .extracting(EntryView::processInstanceId).containsExactly("sort-2-" + type);
  }

  @Test
  void aPageBeyondTheLimitsOrAnUnknownSortIsRefusedWithWhatWasWrong() {
    assertThatThrownBy(() -> find(null, null, 0, 0)).hasMessageContaining("size must be between 1 and 500");
    assertThatThrownBy(() -> find(null, null, 0, 501)).hasMessageContaining("size must be between 1 and 500");
    assertThatThrownBy(() -> find(null, null, -1, 10)).hasMessageContaining("page must be 0 or more");
    assertThatThrownBy(() -> RegisterQuery.SortOrder.parse("summary; DROP TABLE register_entry"))
        .hasMessageContaining("is not one the register knows");
    assertThatThrownBy(() -> RegisterQuery.SortOrder.parse("openedOn,sideways")).hasMessageContaining("',asc' or ',desc'");
  }
}
