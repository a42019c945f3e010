package org.cityhall.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityhall.notifications.Notice;
import org.cityhall.notifications.NoticeRecipient;
import org.cityhall.notifications.TestRecipients;
import org.cityhall.testing.CityHallWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice nobody could read – no texts, a link to another site, no id – is refused when it is taken,
 * with a message that says what is wrong, and reaches no inbox; its publication then stays failed in
 * the registry for whoever runs CityHall to see.
 */
@CityHallWebTest
class NoticesThatCannotBeReadTest {

	@Autowired
	TakingNotices notices;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNoticeWithoutTextsIsRefused() {
		Odd notice = new Odd("test-odd:" + UUID.randomUUID(), "test.no-such-notice", List.of(), Optional.empty());
		assertThatThrownBy(() -> take(notice)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("test.no-such-notice.subject and test.no-such-notice.body are missing");
		assertThat(inboxEntries(notice)).isZero();
	}

	@Test
	void aNoticeThatLinksOffCityHallIsRefused() {
		for (String link : new String[] {"https://elsewhere.example/phish", "//elsewhere.example", "/\\elsewhere.example", "my-pages"}) {
			Odd notice = new Odd("test-odd:" + UUID.randomUUID(), "test.notice", List.of("X"), Optional.of(link));
			assertThatThrownBy(() -> take(notice)).as(link).isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("not a path on CityHall");
			assertThat(inboxEntries(notice)).isZero();
		}
	}

	@Test
	void aNoticeWithoutAUsableIdOrArgumentsIsRefused() {
		assertThatThrownBy(() -> take(new Odd(" ", "test.notice", List.of("X"), Optional.empty())))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an id");
		assertThatThrownBy(() -> take(new Odd("test-odd:" + UUID.randomUUID(), "test.notice", Collections.nCopies(21, "X"), Optional.empty())))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 20 arguments");
		assertThatThrownBy(() -> take(new Odd("test-odd:" + UUID.randomUUID(), "test notice; DROP TABLE", List.of(), Optional.empty())))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no usable template");
	}

	private void take(Notice notice) {
		transactions.executeWithoutResult(status -> notices.take(notice));
	}

	private int inboxEntries(Notice notice) {
		return jdbc.sql("SELECT count(*) FROM notifications_inbox WHERE notice_id = :id").param("id", notice.noticeId())
				.query(Integer.class).single();
	}

	private record Odd(String noticeId, String template, List<String> arguments, Optional<String> link) implements Notice {

		@Override
		public NoticeRecipient recipient() {
			return NoticeRecipient.email(TestRecipients.newEmail());
		}
	}
}
