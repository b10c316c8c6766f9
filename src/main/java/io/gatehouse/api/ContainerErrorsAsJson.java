package io.gatehouse.api;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before any servlet sees them (an encoded "/" in a path, a malformed request line)
 * are answered in the API's error format too, instead of Tomcat's HTML page.
 */
@Component
class ContainerErrorsAsJson implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host && host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat instantiates this by class name. */
    public static class JsonErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String code = status == 404 ? "request.not_found" : status < 500 ? "request.invalid" : "internal.error";
            String message = status < 500 ? "The request is malformed" : "Something went wrong on our side";
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader(ErrorBody.CODES_HEADER, code);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}");
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response committed: nothing more to say
            }
        }
    }
}
