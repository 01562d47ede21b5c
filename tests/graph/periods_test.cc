#include "graph/periods.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

struct KeyCase {
  std::string date;
  PeriodUnit unit;
  std::string key;
};

TEST(PeriodKey, NamesThePeriodHoldingADate) {
  const std::vector<KeyCase> cases = {
      {"2024-03-15", PeriodUnit::kDay, "2024-03-15"},
      {"2024-03-15", PeriodUnit::kWeek, "2024-W11"},
      {"2024-03-15", PeriodUnit::kMonth, "2024-03"},
      {"2024-03-15", PeriodUnit::kQuarter, "2024-Q1"},
      {"2024-03-15", PeriodUnit::kYear, "2024"},
      {"2024-12-30", PeriodUnit::kWeek, "2025-W01"},  // the week's Thursday is in 2025
      {"2021-01-03", PeriodUnit::kWeek, "2020-W53"},  // a Sunday of 2020's last week
      {"2020-12-31", PeriodUnit::kWeek, "2020-W53"},
      {"2024-01-01", PeriodUnit::kWeek, "2024-W01"},  // a Monday
      {"2023-01-01", PeriodUnit::kWeek, "2022-W52"},
      {"1945-08-06", PeriodUnit::kQuarter, "1945-Q3"},
      {"2024-10-01", PeriodUnit::kQuarter, "2024-Q4"},
      {"2024-02-29", PeriodUnit::kMonth, "2024-02"},
      {"2023-02-29", PeriodUnit::kMonth, ""},  // no such day
      {"2024-13-01", PeriodUnit::kMonth, ""},
      {"2024-03", PeriodUnit::kMonth, ""},
      {"0000-06-15", PeriodUnit::kMonth, ""},  // no year 0, as every export's dates
      {"", PeriodUnit::kYear, ""},
      {"2024-03-15", PeriodUnit::kNone, ""},
  };
  for (const KeyCase& c : cases)
    EXPECT_EQ(PeriodKey(c.date, c.unit), c.key) << c.date << " unit " << static_cast<int>(c.unit);
}

struct RangeCase {
  std::string first, last;
  PeriodUnit unit;
  std::vector<std::string> keys;
};

TEST(PeriodRange, ListsEveryPeriodBetweenTwoKeys) {
  const std::vector<RangeCase> cases = {
      {"2023-11", "2024-02", PeriodUnit::kMonth, {"2023-11", "2023-12", "2024-01", "2024-02"}},
      {"2020-W52", "2021-W02", PeriodUnit::kWeek, {"2020-W52", "2020-W53", "2021-W01", "2021-W02"}},
      {"2024-Q3", "2025-Q1", PeriodUnit::kQuarter, {"2024-Q3", "2024-Q4", "2025-Q1"}},
      {"2024-02-28", "2024-03-01", PeriodUnit::kDay, {"2024-02-28", "2024-02-29", "2024-03-01"}},
      {"1999", "2001", PeriodUnit::kYear, {"1999", "2000", "2001"}},
      {"2024-03", "2024-03", PeriodUnit::kMonth, {"2024-03"}},
      {"2024-05", "2024-03", PeriodUnit::kMonth, {}},
      {"2024-W60", "2024-W61", PeriodUnit::kWeek, {}},
      {"2024-03", "2024-04", PeriodUnit::kQuarter, {}},
  };
  for (const RangeCase& c : cases)
    EXPECT_EQ(PeriodRange(c.first, c.last, c.unit), c.keys) << c.first << ".." << c.last;
}

struct DaysCase {
  std::string key;
  PeriodUnit unit;
  std::string first, last;  // both empty: no period of `unit`
};

TEST(DaysOfPeriod, GivesThePeriodsFirstAndLastDay) {
  const std::vector<DaysCase> cases = {
      {"2024-02", PeriodUnit::kMonth, "2024-02-01", "2024-02-29"},
      {"2023-02", PeriodUnit::kMonth, "2023-02-01", "2023-02-28"},
      {"2024-12", PeriodUnit::kMonth, "2024-12-01", "2024-12-31"},
      {"2020-W53", PeriodUnit::kWeek, "2020-12-28", "2021-01-03"},
      {"2025-W01", PeriodUnit::kWeek, "2024-12-30", "2025-01-05"},
      {"2024-Q1", PeriodUnit::kQuarter, "2024-01-01", "2024-03-31"},
      {"2024-Q4", PeriodUnit::kQuarter, "2024-10-01", "2024-12-31"},
      {"1945", PeriodUnit::kYear, "1945-01-01", "1945-12-31"},
      {"2024-02-29", PeriodUnit::kDay, "2024-02-29", "2024-02-29"},
      {"2024-13", PeriodUnit::kMonth, "", ""},
      {"2024-03", PeriodUnit::kQuarter, "", ""},
      {"2023-02-29", PeriodUnit::kDay, "", ""},
  };
  for (const DaysCase& c : cases) {
    const std::optional<PeriodDays> days = DaysOfPeriod(c.key, c.unit);
    EXPECT_EQ(days ? days->first : "", c.first) << c.key;
    EXPECT_EQ(days ? days->last : "", c.last) << c.key;
  }
}

TEST(DayAfter, CrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(DayAfter("2024-02-28"), "2024-02-29");
  EXPECT_EQ(DayAfter("2023-02-28"), "2023-03-01");
  EXPECT_EQ(DayAfter("2019-12-31"), "2020-01-01");
  EXPECT_EQ(DayAfter("2019-12-32"), "");
  EXPECT_EQ(DayAfter("next week"), "");
}

TEST(ParsePeriodUnit, AcceptsTheOptionWordsOnly) {
  EXPECT_EQ(ParsePeriodUnit("week"), PeriodUnit::kWeek);
  EXPECT_EQ(ParsePeriodUnit("quarter"), PeriodUnit::kQuarter);
  EXPECT_EQ(ParsePeriodUnit("none"), PeriodUnit::kNone);
  EXPECT_EQ(ParsePeriodUnit("fortnight"), std::nullopt);
}

TEST(EdgePeriodCounts, MergeAddsCountsAndKeepsTheExtremeEvidence) {
  EdgePeriodCounts a;
  a.events = 2;
  a.documents = 1;
  a.coded = 2;
  a.goldstein_sum = -4;
  a.quad = {0, 0, 2, 0};
  a.plover = {{"ACCUSE", 2}};
  a.first_evidence = {"b", 3};
  a.last_evidence = {"b", 7};
  EdgePeriodCounts b;
  b.events = 1;
  b.documents = 1;
  b.coded = 1;
  b.goldstein_sum = 1.5;
  b.quad = {1, 0, 0, 0};
  b.plover = {{"CONSULT", 1}};
  b.first_evidence = {"a", 9};
  b.last_evidence = {"a", 9};
  EdgePeriodCounts merged;
  merged.Merge(a);
  merged.Merge(b);
  EXPECT_EQ(merged.events, 3u);
  EXPECT_EQ(merged.documents, 2u);
  EXPECT_EQ(merged.coded, 3u);
  EXPECT_DOUBLE_EQ(merged.goldstein_sum, -2.5);
  EXPECT_EQ(merged.quad, (std::array<std::size_t, 4>{1, 0, 2, 0}));
  EXPECT_EQ(merged.plover, (std::map<std::string, std::size_t>{{"ACCUSE", 2}, {"CONSULT", 1}}));
  EXPECT_EQ(merged.first_evidence.ToString(), "a#9");
  EXPECT_EQ(merged.last_evidence.ToString(), "b#7");
}

}  // namespace
}  // namespace newsgraph
