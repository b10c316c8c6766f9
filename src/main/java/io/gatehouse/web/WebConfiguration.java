package io.gatehouse.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final PermissionInterceptor permissions;
    private final CallerArgumentResolver callers;

    WebConfiguration(PermissionInterceptor permissions, CallerArgumentResolver callers) {
        this.permissions = permissions;
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(permissions).addPathPatterns("/**").excludePathPatterns("/error", "/actuator/**",
                "/api/docs/**", "/api/v1/api-docs/**", "/api/swagger-ui/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callers);
    }
}
