package org.cityhall.web.frame;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API clients get RFC 9457 problem details from the API's own controllers; pages get the frame's
 * error page through {@code /error}, which is why this is not switched on for every controller.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemDetails extends ResponseEntityExceptionHandler {
}
