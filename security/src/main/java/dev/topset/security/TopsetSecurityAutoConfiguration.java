package dev.topset.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.security.ratelimit.CallerRateLimit;
import dev.topset.security.ratelimit.RateLimitProperties;
import dev.topset.security.requestid.RequestIdFilter;
import dev.topset.security.requestid.RequestIdProblems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.apache.catalina.core.StandardHost;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a service an OAuth2 resource server that accepts topset's JWTs (see security/README.md). The key
 * source is Spring Boot's: {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (dev, tests),
 * {@code jwk-set-uri} or {@code issuer-uri} (an OpenID provider such as Keycloak).
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class}, beforeName = {
        // analytics also has the OAuth2 client (service token): its default login chain must not replace ours
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, RateLimitProperties.class})
public class TopsetSecurityAutoConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * Open without a token: probes, the OpenAPI document and Swagger UI. The probes answer only their status
     * then; each service's {@code management.endpoint.health.show-details: when-authorized} with
     * {@code roles: admin} keeps components and details (SQL errors, hosts) for operators.
     */
    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    @ConditionalOnMissingBean
    MemberConsent memberConsent() {
        return MemberConsent.NONE;
    }

    @Bean
    @ConditionalOnMissingBean
    AccessPolicy accessPolicy(MemberConsent consent) {
        return new OwnDataAccessPolicy(consent);
    }

    @Bean
    @ConditionalOnMissingBean(name = "topsetSecurityFilterChain")
    SecurityFilterChain topsetSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> decoders,
                                                  ObjectMapper json, SecurityProperties properties,
                                                  RateLimitProperties rateLimit, Environment environment)
            throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("no JWT key source: set spring.security.oauth2.resourceserver.jwt."
                    + "public-key-location (a PEM public key), jwk-set-uri or issuer-uri (see security/README.md)");
        }
        RequiredClaims required = new RequiredClaims(expectedIssuer(properties, environment));
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RoleClaims());
        SecurityProblems problems = new SecurityProblems(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        // the REQUEST dispatch was authorized already: streamed bodies and error pages follow it
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN_PATHS).permitAll()
                        // metrics and info tell how the service is built and used: operators and services only
                        .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.claim(), Role.SERVICE.claim())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.claim())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(decoder, required)).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (rateLimit.enabled()) {
            // after the token check, so the caller is known; not a bean, or it would run a second time outside
            http.addFilterAfter(new CallerRateLimit(rateLimit, Set.of(Role.SERVICE.authority()), json),
                    BearerTokenAuthenticationFilter.class);
        }
        return http.build();
    }

    /**
     * {@code topset.security.issuer}, else the key source's {@code issuer-uri}. There is no default: with a
     * bare public key or JWK set any issuer's token signed by that key would pass.
     */
    static String expectedIssuer(SecurityProperties properties, Environment environment) {
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            return properties.issuer();
        }
        String issuerUri = environment.getProperty(ISSUER_URI);
        if (issuerUri != null && !issuerUri.isBlank()) {
            return issuerUri;
        }
        throw new IllegalStateException("no expected token issuer: set topset.security.issuer (the launcher's dev "
                + "tokens: topset-dev) or " + ISSUER_URI + " (see security/README.md)");
    }

    /** The very first filter: every answer, a refused one included, names its request id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    JsonOnlyBodies jsonOnlyBodies() {
        return new JsonOnlyBodies();
    }

    @Bean
    RequestIdProblems requestIdProblems() {
        return new RequestIdProblems();
    }

    /** Before everything else but the request id, Spring Security included: an oversized body is refused unread. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(SecurityProperties properties, ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(properties.maxRequestBody().toBytes(), properties.uploadPaths(),
                        properties.maxUploadBody().toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** A URL the firewall refuses (encoded NUL, "..", ";" in the path) is a 400 problem+json too. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "the request URL is not allowed: " + rejected.getMessage());
            problem.setType(URI.create("urn:topset:problem:validation"));
            problem.setTitle("Invalid request");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        };
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    AccessProblemAdvice accessProblemAdvice() {
        return new AccessProblemAdvice();
    }

    /** Requests Tomcat refuses before Spring sees them are answered with problem+json, not an HTML page. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }

    /**
     * Swagger UI gets an "Authorize" button and does not list {@link Caller} as a request parameter. The
     * document's server is "/" (relative to where it was fetched): springdoc would otherwise write the request's
     * Host (or X-Forwarded-Host) into it, and a cached or shared document would send "Try it out" requests,
     * bearer token included, wherever a hostile header pointed.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OpenApiCustomizer.class)
    static class OpenApiSecurity {

        static final String SCHEME = "bearer-jwt";

        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }

        @Bean
        ServerBaseUrlCustomizer relativeServerUrl() {
            return (serverBaseUrl, request) -> "/";
        }

        @Bean
        OpenApiCustomizer bearerTokenScheme() {
            return openApi -> {
                if (openApi.getComponents() == null) {
                    openApi.setComponents(new Components());
                }
                openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
                openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            };
        }
    }
}
