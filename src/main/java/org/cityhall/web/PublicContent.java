package org.cityhall.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answer to a visitor who is not signed in depends only on the address and
 * the language: the catalogue's pages and open data. The frame keeps such answers, compressed and
 * not, and serves them again without rendering, for {@code cityhall.web.public-content-max-age}
 * (five minutes unless set). Never put it on anything that shows personal data or a form with a CSRF
 * token; whoever changes what such a page shows while CityHall runs tells {@link PublicContentChanges}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicContent {
}
