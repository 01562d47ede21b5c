#include "extract/text/calendar.h"

#include <cstdio>

namespace newsgraph {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t begins[3] = {0, 5, 8}, ends[3] = {4, 7, 10};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = begins[f]; i < ends[f]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[i] - '0');
    }
  }
  if (!IsValidDate(fields[0], fields[1], fields[2])) return std::nullopt;
  return CivilDate{fields[0], fields[1], fields[2]};
}

std::string FormatIsoDate(const CivilDate& date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

// Howard Hinnant's days_from_civil and civil_from_days.
long DaysSinceEpoch(const CivilDate& date) {
  const long y = date.month <= 2 ? date.year - 1 : date.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month = date.month;
  const long day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate DateFromDaysSinceEpoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_index = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  const int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

CivilDate AddDays(const CivilDate& date, long days) {
  return DateFromDaysSinceEpoch(DaysSinceEpoch(date) + days);
}

CivilDate AddMonths(const CivilDate& date, int months) {
  long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
  const long year = index >= 0 ? index / 12 : (index - 11) / 12;
  return {static_cast<int>(year), static_cast<int>(index - year * 12) + 1, 1};
}

int IsoWeekday(const CivilDate& date) {
  const long days = DaysSinceEpoch(date);         // 1970-01-01 was a Thursday (4)
  const long weekday = ((days % 7) + 7 + 3) % 7;  // 0 for Monday
  return static_cast<int>(weekday) + 1;
}

}  // namespace newsgraph
