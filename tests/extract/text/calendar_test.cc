#include "extract/text/calendar.h"

#include <gtest/gtest.h>

namespace newsgraph {
namespace {

TEST(Calendar, ParsesOnlyRealIsoDates) {
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (CivilDate{2024, 2, 29}));
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-2-03", "2024-02-3x", "", "0000-01-01",
                          "2024/02/03", "2024-02-030"})
    EXPECT_FALSE(ParseIsoDate(bad)) << bad;
}

TEST(Calendar, CountsDaysAcrossMonthsYearsAndTheEpoch) {
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  EXPECT_EQ(DaysSinceEpoch({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysSinceEpoch({1945, 5, 8}), -9004);
  for (long days : {-800000L, -9004L, -1L, 0L, 59L, 11017L, 19782L, 2932896L})
    EXPECT_EQ(DaysSinceEpoch(DateFromDaysSinceEpoch(days)), days);
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2024, 1, 1}, -1), (CivilDate{2023, 12, 31}));
  EXPECT_EQ(AddMonths({2024, 1, 31}, -1), (CivilDate{2023, 12, 1}));
  EXPECT_EQ(AddMonths({2024, 11, 15}, 3), (CivilDate{2025, 2, 1}));
  EXPECT_EQ(FormatIsoDate({987, 3, 4}), "0987-03-04");
}

TEST(Calendar, IsoWeekdays) {
  EXPECT_EQ(IsoWeekday({1970, 1, 1}), 4);   // Thursday
  EXPECT_EQ(IsoWeekday({2024, 2, 12}), 1);  // Monday
  EXPECT_EQ(IsoWeekday({2024, 2, 18}), 7);  // Sunday
  EXPECT_EQ(IsoWeekday({1945, 5, 8}), 2);   // Tuesday
}

}  // namespace
}  // namespace newsgraph
