package dk.ecei.web;

import dk.ecei.shared.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Danish by default; {@code ?lang=en} or {@code ?lang=da} switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final List<Locale> LANGUAGES = List.of(DANISH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLanguages("ecei-lang");
        resolver.setDefaultLocale(DANISH);
        // Pages stay Danish until the reader switches; an API client without the cookie may ask by Accept-Language.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                ? ProblemTexts.localeOf(request) : DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Requests at work at once ({@code ecei.web.concurrent-requests}; unset: as many as the processors, at least two; 0:
     * no limit), after the character encoding and before security: a waiting request holds no session or connection.
     */
    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(
            @Value("${ecei.web.concurrent-requests:#{null}}") Integer concurrentRequests) {
        int permits = concurrentRequests == null
                ? RequestAdmission.byProcessors(Runtime.getRuntime().availableProcessors()) : concurrentRequests;
        FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
                new RequestAdmission(Math.max(1, permits)));
        registration.setEnabled(permits > 0);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Only the languages we have texts for: anything else (a browser's "de", an old cookie) falls back to Danish. */
    private static final class SupportedLanguages extends CookieLocaleResolver {

        SupportedLanguages(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }

        private static Locale supported(Locale locale) {
            return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DANISH);
        }
    }
}
