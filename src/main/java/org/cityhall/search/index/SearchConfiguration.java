package org.cityhall.search.index;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's index: in {@code cityhall.search.index-directory}, by default
 * {@code ./data/search/<node>} with the node named by {@code cityhall.search.node} or the host name.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(@Value("${cityhall.search.index-directory:}") String directory,
			@Value("${cityhall.search.node:}") String node) {
		String name = node.isBlank() ? hostName() : node;
		return SearchIndex.open(directory.isBlank() ? Path.of("data", "search", name) : Path.of(directory));
	}

	@Bean
	Searching searching(SearchIndex index) {
		return new Searching(index);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "_");
		}
		catch (UnknownHostException unknown) {
			return "node";
		}
	}
}
