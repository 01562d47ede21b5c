#include "graph/periods.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "extract/events/verb_lexicon.h"

namespace newsgraph {
namespace {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Reads digits text[begin, begin + count) into `value`; false when one is no digit.
bool ReadNumber(std::string_view text, std::size_t begin, std::size_t count, int& value) {
  if (text.size() < begin + count) return false;
  value = 0;
  for (std::size_t i = begin; i < begin + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

std::optional<CivilDate> ParseDate(std::string_view text) {
  CivilDate date;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!ReadNumber(text, 0, 4, date.year) || !ReadNumber(text, 5, 2, date.month) ||
      !ReadNumber(text, 8, 2, date.day))
    return std::nullopt;
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > DaysInMonth(date.year, date.month))
    return std::nullopt;
  return date;
}

// Days since 1970-01-01 (proleptic Gregorian calendar).
long DaysFromCivil(CivilDate date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long day_of_year = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilFromDays(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long mp = (5 * day_of_year + 2) / 153;
  CivilDate date;
  date.day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

std::string Format(const char* pattern, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

// "2024-W11": the ISO week and its year, the year of the week's Thursday.
std::string IsoWeekKey(CivilDate date) {
  const long days = DaysFromCivil(date);
  const long weekday = ((days + 3) % 7 + 7) % 7;  // Monday 0 .. Sunday 6; 1970-01-01 a Thursday
  const CivilDate thursday = CivilFromDays(days - weekday + 3);
  const long day_of_year = days - weekday + 3 - DaysFromCivil({thursday.year, 1, 1});
  return Format("%04d-W%02d", thursday.year, static_cast<int>(day_of_year / 7 + 1));
}

std::string KeyOf(CivilDate date, PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay:
      return Format("%04d-%02d-%02d", date.year, date.month, date.day);
    case PeriodUnit::kWeek:
      return IsoWeekKey(date);
    case PeriodUnit::kMonth:
      return Format("%04d-%02d", date.year, date.month);
    case PeriodUnit::kQuarter:
      return Format("%04d-Q%d", date.year, (date.month - 1) / 3 + 1);
    case PeriodUnit::kYear:
      return Format("%04d", date.year);
    case PeriodUnit::kNone:
      break;
  }
  return "";
}

// A date inside the period `key` of `unit`, nullopt when `key` is none of that unit.
std::optional<CivilDate> DateIn(const std::string& key, PeriodUnit unit) {
  int year = 0, part = 0;
  if (!ReadNumber(key, 0, 4, year)) return std::nullopt;
  std::optional<CivilDate> date;
  if (unit == PeriodUnit::kDay) date = ParseDate(key);
  if (unit == PeriodUnit::kYear && key.size() == 4) date = CivilDate{year, 1, 1};
  if (unit == PeriodUnit::kMonth && key.size() == 7 && ReadNumber(key, 5, 2, part) && part >= 1 &&
      part <= 12)
    date = CivilDate{year, part, 1};
  if (unit == PeriodUnit::kQuarter && key.size() == 7 && key.compare(4, 2, "-Q") == 0 &&
      ReadNumber(key, 6, 1, part) && part >= 1 && part <= 4)
    date = CivilDate{year, (part - 1) * 3 + 1, 1};
  if (unit == PeriodUnit::kWeek && key.size() == 8 && key.compare(4, 2, "-W") == 0 &&
      ReadNumber(key, 6, 2, part) && part >= 1 && part <= 53)
    date = CivilFromDays(DaysFromCivil({year, 1, 4}) + (part - 1) * 7);  // Jan 4 is in week 1
  if (date && KeyOf(*date, unit) != key) return std::nullopt;
  return date;
}

}  // namespace

std::optional<PeriodUnit> ParsePeriodUnit(std::string_view word) {
  if (word == "none") return PeriodUnit::kNone;
  if (word == "day") return PeriodUnit::kDay;
  if (word == "week") return PeriodUnit::kWeek;
  if (word == "month") return PeriodUnit::kMonth;
  if (word == "quarter") return PeriodUnit::kQuarter;
  if (word == "year") return PeriodUnit::kYear;
  return std::nullopt;
}

std::string PeriodKey(std::string_view date, PeriodUnit unit) {
  if (unit == PeriodUnit::kNone) return "";
  std::optional<CivilDate> parsed = ParseDate(date);
  return parsed ? KeyOf(*parsed, unit) : "";
}

std::vector<std::string> PeriodRange(const std::string& first, const std::string& last,
                                     PeriodUnit unit) {
  std::optional<CivilDate> start = DateIn(first, unit);
  if (!start || !DateIn(last, unit) || last < first) return {};
  std::vector<std::string> keys;
  for (long days = DaysFromCivil(*start);; ++days) {
    std::string key = KeyOf(CivilFromDays(days), unit);
    if (key > last) break;
    if (keys.empty() || keys.back() != key) keys.push_back(std::move(key));
  }
  return keys;
}

std::optional<PeriodDays> DaysOfPeriod(const std::string& key, PeriodUnit unit) {
  const std::optional<CivilDate> start = DateIn(key, unit);
  if (!start) return std::nullopt;
  long first = DaysFromCivil(*start);
  long last = first;
  if (unit == PeriodUnit::kWeek) {
    first -= ((first + 3) % 7 + 7) % 7;  // the Monday; 1970-01-01 was a Thursday
    last = first + 6;
  }
  if (unit == PeriodUnit::kMonth)
    last = DaysFromCivil({start->year, start->month, DaysInMonth(start->year, start->month)});
  if (unit == PeriodUnit::kQuarter)
    last =
        DaysFromCivil({start->year, start->month + 2, DaysInMonth(start->year, start->month + 2)});
  if (unit == PeriodUnit::kYear) last = DaysFromCivil({start->year, 12, 31});
  return PeriodDays{KeyOf(CivilFromDays(first), PeriodUnit::kDay),
                    KeyOf(CivilFromDays(last), PeriodUnit::kDay)};
}

std::string DayAfter(std::string_view date) {
  const std::optional<CivilDate> parsed = ParseDate(date);
  if (!parsed) return "";
  return KeyOf(CivilFromDays(DaysFromCivil(*parsed) + 1), PeriodUnit::kDay);
}

const std::vector<std::string>& PloverCategoryOrder() {
  static const std::vector<std::string> order = [] {
    std::vector<std::string> names;
    for (std::string_view name : PloverCategories()) names.emplace_back(name);
    return names;
  }();
  return order;
}

bool EvidenceId::operator<(const EvidenceId& other) const {
  return std::tie(document_id, sentence) < std::tie(other.document_id, other.sentence);
}

bool EvidenceId::operator==(const EvidenceId& other) const {
  return document_id == other.document_id && sentence == other.sentence;
}

std::string EvidenceId::ToString() const { return document_id + "#" + std::to_string(sentence); }

void EdgePeriodCounts::Merge(const EdgePeriodCounts& other) {
  if (events == 0 || other.first_evidence < first_evidence) first_evidence = other.first_evidence;
  if (events == 0 || last_evidence < other.last_evidence) last_evidence = other.last_evidence;
  events += other.events;
  documents += other.documents;
  coded += other.coded;
  goldstein_sum += other.goldstein_sum;
  for (std::size_t q = 0; q < quad.size(); ++q) quad[q] += other.quad[q];
  for (const auto& [category, count] : other.plover) plover[category] += count;
}

}  // namespace newsgraph
