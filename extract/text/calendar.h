// Calendar dates of the proleptic Gregorian calendar: parsing, printing and day arithmetic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth(year, month)
  auto operator<=>(const CivilDate&) const = default;
};

int DaysInMonth(int year, int month);
// True when year, month and day name a real date (years 1..9999).
bool IsValidDate(int year, int month, int day);
// "YYYY-MM-DD" exactly, naming a real date; nullopt otherwise ("2024-02-30", "2024-2-3").
std::optional<CivilDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(const CivilDate& date);  // "2024-02-05"
// Days since 1970-01-01 (negative before), and back.
long DaysSinceEpoch(const CivilDate& date);
CivilDate DateFromDaysSinceEpoch(long days);
CivilDate AddDays(const CivilDate& date, long days);
// The first day of the month `months` after (before, when negative) the month of `date`.
CivilDate AddMonths(const CivilDate& date, int months);
// 1 for Monday .. 7 for Sunday (ISO 8601).
int IsoWeekday(const CivilDate& date);

}  // namespace newsgraph
