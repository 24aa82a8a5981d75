package org.ceasefiretimeline.embed.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import org.ceasefiretimeline.embed.OldSlugRedirects;
import org.ceasefiretimeline.embed.ParameterProblems;
import org.ceasefiretimeline.reader.TimelineService;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), each naming what
 * was wrong; Spring's own request errors (a parameter of the wrong type) the same way. Only for
 * this package's controllers: the rest of the app keeps its error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return ParameterProblems.invalid(e.parameter(), e.getMessage());
    }

    private final TimelineService timeline;

    ApiProblems(TimelineService timeline) {
        this.timeline = timeline;
    }

    /**
     * A slug no round has; a merged round's old slug answers 301 with the same address under the
     * kept round's slug instead.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownRound(
            UnknownRoundException e, HttpServletRequest request) {
        Optional<String> current = timeline.currentSlug(e.slug());
        if (current.isPresent() && !current.get().equals(e.slug())) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .header(
                            HttpHeaders.LOCATION,
                            OldSlugRedirects.location(request, e.slug(), current.get()))
                    .build();
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown round");
        problem.setProperty("slug", e.slug());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A date that is no ISO date, an event type we do not have, a limit that is no number. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String parameter = e.getPropertyName();
        Class<?> type = e.getRequiredType();
        if (e instanceof MethodArgumentTypeMismatchException m) {
            parameter = m.getName();
            if (Collection.class.isAssignableFrom(m.getParameter().getParameterType())) {
                // for a list of values, what each value must be
                type = m.getParameter().nested().getNestedParameterType();
            }
        }
        ProblemDetail problem = ParameterProblems.mismatch(parameter, e.getValue(), type);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
