package stock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Camunda's Spring Boot starter as its "get started" guide has it: the engine, its web apps and REST API. */
@SpringBootApplication
public class StockStarterApplication {

  public static void main(String[] args) {
    SpringApplication.run(StockStarterApplication.class, args);
  }
}
