package org.cityhall.web.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.IWebRequest;

class AssetLinksTest {

	private final AssetLinks links = new AssetLinks();
	private final IWebExchange exchange = mock(IWebExchange.class);
	private final WebPage page = mock(WebPage.class);

	/** What a page's template is rendered with: an expression context of a web exchange. */
	interface WebPage extends IExpressionContext, IWebContext {
	}

	AssetLinksTest() {
		IWebRequest request = mock(IWebRequest.class);
		when(request.getApplicationPath()).thenReturn("");
		when(exchange.getRequest()).thenReturn(request);
		when(page.getExchange()).thenReturn(exchange);
		when(exchange.transformURL(anyString())).thenAnswer(call -> {
			String url = call.getArgument(0);
			return url.equals("/assets/css/cityhall.css") ? "/assets/css/cityhall-0123456789abcdef0123456789abcdef.css" : url;
		});
	}

	@Test
	void anAssetsVersionedAddressIsWorkedOutOnce() {
		for (int i = 0; i < 3; i++) {
			assertThat(links.buildLink(page, "/assets/css/cityhall.css", Map.of()))
					.isEqualTo("/assets/css/cityhall-0123456789abcdef0123456789abcdef.css");
		}

		verify(exchange, times(1)).transformURL("/assets/css/cityhall.css");
		assertThat(links.remembered()).isEqualTo(1);
	}

	@Test
	void aLinkToAPageGoesThroughTheResponseEveryTime() {
		for (int i = 0; i < 3; i++) {
			assertThat(links.buildLink(page, "/my-pages/cases/{number}", Map.of("number", "MO-2026-000001")))
					.isEqualTo("/my-pages/cases/MO-2026-000001");
		}

		verify(exchange, times(3)).transformURL("/my-pages/cases/MO-2026-000001");
		assertThat(links.remembered()).isZero();
	}

	@Test
	void anAssetTheChainLeavesAsItIsIsNotRemembered() {
		links.buildLink(page, "/assets/images/unknown.svg", Map.of());
		links.buildLink(page, "/assets/images/unknown.svg", Map.of());

		verify(exchange, times(2)).transformURL("/assets/images/unknown.svg");
		assertThat(links.remembered()).isZero();
	}

	@Test
	void onlyFilesUnderTheAssetsAreAssets() {
		assertThat(AssetLinks.isAsset("/assets/css/cityhall.css")).isTrue();
		assertThat(AssetLinks.isAsset("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")).isTrue();
		assertThat(AssetLinks.isAsset("/assets/css/cityhall.css?v=2")).isFalse();
		assertThat(AssetLinks.isAsset("/staff/cases")).isFalse();
	}
}
