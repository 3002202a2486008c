package uk.org.safeguarding.reviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.org.safeguarding.reviews.support.RestClient;
import uk.org.safeguarding.reviews.support.RestClient.Reply;
import uk.org.safeguarding.reviews.support.TestDatabase;
import uk.org.safeguarding.reviews.support.WebAppClient;

/**
 * A signed-in user's list is given a page at a time, at most {@link RestClient#MAX_RESULTS} results
 * (Camunda's {@code queryMaxResultsLimit}, application.yaml): at a regional host's scale, one unpaged
 * request for everything a partnership role may read (years of history, every variable) would fill the
 * node's heap and stop it for everyone. Asked without a page, or for more, the list is refused with 400
 * and a plain reason, on both the engine REST API and the web apps' API; counts and pages answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class ListsArePagedIT {

  @LocalServerPort int port;

  @Test
  void aListWithoutAPageOrOverTheLimitIsRefusedWithAPlainReasonAndAPageIsAnswered() {
    RestClient rest = new RestClient(port);
    rest.startReferral("Child Pages " + System.nanoTime() % 100000);
    WebAppClient tasklist = WebAppClient.signIn(port, "scr.chair");
    Map<String, Function<String, Reply>> apis = Map.of(
        "engine REST API", path -> rest.get("/engine-rest" + path, "scr.chair"),
        "web apps' API", path -> tasklist.get(WebAppClient.ENGINE + path));

    apis.forEach((api, get) -> {
      for (String list : List.of("/task", "/task?candidateGroup=scr-group", "/history/variable-instance", "/history/detail",
          "/process-instance", "/history/process-instance?processDefinitionKey=safeguarding-referral",
          "/task?maxResults=" + (RestClient.MAX_RESULTS + 1))) {
        Reply refused = get.apply(list);
        assertThat(refused.status()).as(api + " " + list + ": " + refused.text()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).as(api + " " + list)
            .isEqualTo("A list is given a page at a time: ask for one with firstResult and maxResults, maxResults at most "
                + RestClient.MAX_RESULTS + ".");
      }
      Reply page = get.apply(RestClient.paged("/task?candidateGroup=scr-group"));
      assertThat(page.status()).as(api + ": " + page.text()).isEqualTo(200);
      assertThat(page.body().size()).as(api).isBetween(1, RestClient.MAX_RESULTS);
      Reply count = get.apply("/task/count?candidateGroup=scr-group");
      assertThat(count.status()).as(api + ": " + count.text()).isEqualTo(200);
      assertThat(count.body().path("count").asLong()).as(api).isGreaterThanOrEqualTo(page.body().size());
    });

    // a query sent as a body is held to the same limit
    Reply byBody = rest.post("/engine-rest/task", "scr.chair", Map.of("candidateGroup", "scr-group"));
    assertThat(byBody.status()).as(byBody.text()).isEqualTo(400);
    Reply pagedByBody = rest.post(RestClient.paged("/engine-rest/task"), "scr.chair", Map.of("candidateGroup", "scr-group"));
    assertThat(pagedByBody.status()).as(pagedByBody.text()).isEqualTo(200);
  }
}
