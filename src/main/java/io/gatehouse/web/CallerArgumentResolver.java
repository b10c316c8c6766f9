package io.gatehouse.web;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands the {@link Caller} that {@link PermissionInterceptor} resolved to the handler. */
@Component
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class
                || parameter.getParameterType() == io.gatehouse.cluster.AgentIdentity.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == io.gatehouse.cluster.AgentIdentity.class) {
            Object agent = webRequest.getAttribute(PermissionInterceptor.AGENT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (agent == null) {
                throw new InvalidAgentToken();
            }
            return agent;
        }
        Object caller = webRequest.getAttribute(Caller.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            throw new NotSignedIn();
        }
        return caller;
    }
}
