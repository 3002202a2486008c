package uk.org.safeguarding.reviews.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Camunda's REST API finds its process engine anew for every request, twice (the sign-in filter, then
 * the resource answering), each time through {@link java.util.ServiceLoader}, which asks the class
 * loader for {@code META-INF/services/org.camunda.bpm.engine.rest.spi.ProcessEngineProvider} in every
 * jar of the application. A profile of task completions put that at about 5 % of the request threads'
 * time (docs/performance.md). While an API request is served here, the thread's context class loader
 * is one that remembers Camunda's REST service declarations (found and read once: the same files
 * for the life of the application); everything else it asks of the application's own loader. The
 * engine found is the same.
 */
@Configuration
public class EngineProviderLookup {

  /** The service declarations of Camunda's REST API (its engine provider): the same files for the life of the application. */
  static final String REST_SERVICES = "META-INF/services/org.camunda.bpm.engine.rest.spi.";

  private static final Map<ClassLoader, ClassLoader> REMEMBERING = new ConcurrentHashMap<>();

  @Bean
  public FilterRegistrationBean<Filter> engineProviderLookupFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
      @Override
      public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        if (own == null || own instanceof RememberingServiceDeclarations) {
          chain.doFilter(request, response);
          return;
        }
        thread.setContextClassLoader(remembering(own));
        try {
          chain.doFilter(request, response);
        } finally {
          thread.setContextClassLoader(own);
        }
      }
    });
    registration.setName("engine provider lookup");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // before the REST sign-in filter, which looks the engine up too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** One remembering loader for each loader it stands in for. */
  static ClassLoader remembering(ClassLoader own) {
    return REMEMBERING.computeIfAbsent(own, RememberingServiceDeclarations::new);
  }

  /** The application's class loader, with Camunda's REST service declarations remembered once found. */
  static final class RememberingServiceDeclarations extends ClassLoader {

    static {
      registerAsParallelCapable();
    }

    private final ClassLoader own;
    private final Map<String, List<URL>> found = new ConcurrentHashMap<>();

    RememberingServiceDeclarations(ClassLoader own) {
      super("remembering " + own.getName(), own);
      this.own = own;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name == null || !name.startsWith(REST_SERVICES)) {
        return own.getResources(name);
      }
      List<URL> urls = found.get(name);
      if (urls == null) {
        List<URL> inMemory = new ArrayList<>();
        for (URL declaration : Collections.list(own.getResources(name))) {
          try (InputStream in = declaration.openStream()) {
            inMemory.add(inMemory(declaration, in.readAllBytes()));
          }
        }
        urls = List.copyOf(inMemory);
        found.put(name, urls);
      }
      return Collections.enumeration(urls);
    }

    /** The declaration's text, read from memory: opening the jar entry every time cost as much as finding it. */
    private static URL inMemory(URL declaration, byte[] text) throws IOException {
      return new URL(null, "remembered:" + declaration, new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {
              connected = true;
            }

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(text);
            }
          };
        }
      });
    }

    @Override
    public URL getResource(String name) {
      return own.getResource(name);
    }
  }
}
