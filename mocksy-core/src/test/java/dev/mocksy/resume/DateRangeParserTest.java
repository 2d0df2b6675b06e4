package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeParserTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    final DateRangeParser parser = new DateRangeParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Jan 2020 - Present; 2020-01; ; 83",
                "2019-2021; 2019-07; 2021-06; 24",
                "03/2018 - 06/2019; 2018-03; 2019-06; 16",
                "Sep. 2023 - Mar. 2024; 2023-09; 2024-03; 7",
                "Summer 2012; 2012-06; 2012-08; 3",
                "2018-03 to 2019-06; 2018-03; 2019-06; 16",
                "September 2015 – October 2016; 2015-09; 2016-10; 14",
                "'17 - '21; 2017-07; 2021-06; 48",
                "Oct 2019 — current; 2019-10; ; 86",
                "01/2021 - heute; 2021-01; ; 71",
                "Jan. 2020 until Dec. 2020; 2020-01; 2020-12; 12",
                "Fall 2020 - Spring 2021; 2020-09; 2021-05; 9"
            })
    void should_read_the_usual_ways_of_writing_dates(String text, String start, String end, int months) {
        List<DateRangeParser.Found> found = parser.find("Engineer, Acme | " + text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(YearMonth.parse(start));
        assertThat(found.get(0).end()).isEqualTo(end == null ? null : YearMonth.parse(end));
        assertThat(found.get(0).months(NOW)).isEqualTo(months);
    }

    @Test
    void should_ignore_a_bare_year_standing_alone() {
        assertThat(parser.find("Graduated 2015 with honours")).isEmpty();
    }

    @Test
    void should_not_read_numbers_that_are_not_dates() {
        assertThat(parser.find("Cut latency from 900 ms to 120 ms for 3000 users"))
                .isEmpty();
    }
}
