package org.cityhall.notifications.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Only in the demo city, and only when no real SMS gateway is configured: then it uses the demo phone. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("${cityhall.demo:false} and '${cityhall.notifications.sms.url:}'.isBlank()")
@interface DemoSms {
}
