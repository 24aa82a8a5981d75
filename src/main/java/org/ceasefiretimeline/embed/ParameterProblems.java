package org.ceasefiretimeline.embed;

import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ClassUtils;

/**
 * A query parameter we cannot use, as an RFC 9457 problem detail (400) that names it and says why:
 * the JSON API's and oEmbed's answer to it.
 */
public final class ParameterProblems {

    private ParameterProblems() {}

    public static ProblemDetail invalid(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter '" + parameter + "'");
        problem.setProperty("parameter", parameter);
        return problem;
    }

    /** A value that is not of the parameter's type (null when unknown): what it takes instead. */
    public static ProblemDetail mismatch(String parameter, Object value, Class<?> type) {
        return invalid(
                parameter,
                "'" + value + "' is not a valid '" + parameter + "': expected " + expected(type));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "an ISO date such as 2024-05-01";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (boxed == Integer.class || boxed == Long.class) {
            return "a whole number";
        }
        return "a " + type.getSimpleName();
    }
}
