#include "graph/periods.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "extract/events/verb_lexicon.h"
#include "extract/text/calendar.h"

namespace newsgraph {
namespace {

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

std::string Format(const char* pattern, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

// "2024-W11": the ISO week and its year, the year of the week's Thursday.
std::string IsoWeekKey(const CivilDate& date) {
  const CivilDate thursday = AddDays(date, 4 - IsoWeekday(date));
  const long day_of_year = DaysSinceEpoch(thursday) - DaysSinceEpoch({thursday.year, 1, 1});
  return Format("%04d-W%02d", thursday.year, static_cast<int>(day_of_year / 7 + 1));
}

std::string KeyOf(const CivilDate& date, PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay:
      return FormatIsoDate(date);
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
  if (unit == PeriodUnit::kDay) date = ParseIsoDate(key);
  if (unit == PeriodUnit::kYear && key.size() == 4) date = CivilDate{year, 1, 1};
  if (unit == PeriodUnit::kMonth && key.size() == 7 && ReadNumber(key, 5, 2, part) && part >= 1 &&
      part <= 12)
    date = CivilDate{year, part, 1};
  if (unit == PeriodUnit::kQuarter && key.size() == 7 && key.compare(4, 2, "-Q") == 0 &&
      ReadNumber(key, 6, 1, part) && part >= 1 && part <= 4)
    date = CivilDate{year, (part - 1) * 3 + 1, 1};
  if (unit == PeriodUnit::kWeek && key.size() == 8 && key.compare(4, 2, "-W") == 0 &&
      ReadNumber(key, 6, 2, part) && part >= 1 && part <= 53)
    date = AddDays({year, 1, 4}, (part - 1) * 7);  // Jan 4 is in week 1
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
  std::optional<CivilDate> parsed = ParseIsoDate(date);
  return parsed ? KeyOf(*parsed, unit) : "";
}

std::vector<std::string> PeriodRange(const std::string& first, const std::string& last,
                                     PeriodUnit unit) {
  std::optional<CivilDate> start = DateIn(first, unit);
  if (!start || !DateIn(last, unit) || last < first) return {};
  std::vector<std::string> keys;
  for (long days = DaysSinceEpoch(*start);; ++days) {
    std::string key = KeyOf(DateFromDaysSinceEpoch(days), unit);
    if (key > last) break;
    if (keys.empty() || keys.back() != key) keys.push_back(std::move(key));
  }
  return keys;
}

std::optional<PeriodDays> DaysOfPeriod(const std::string& key, PeriodUnit unit) {
  const std::optional<CivilDate> start = DateIn(key, unit);
  if (!start) return std::nullopt;
  long first = DaysSinceEpoch(*start);
  long last = first;
  if (unit == PeriodUnit::kWeek) {
    first -= IsoWeekday(*start) - 1;  // the Monday
    last = first + 6;
  }
  if (unit == PeriodUnit::kMonth)
    last = DaysSinceEpoch({start->year, start->month, DaysInMonth(start->year, start->month)});
  if (unit == PeriodUnit::kQuarter)
    last =
        DaysSinceEpoch({start->year, start->month + 2, DaysInMonth(start->year, start->month + 2)});
  if (unit == PeriodUnit::kYear) last = DaysSinceEpoch({start->year, 12, 31});
  return PeriodDays{KeyOf(DateFromDaysSinceEpoch(first), PeriodUnit::kDay),
                    KeyOf(DateFromDaysSinceEpoch(last), PeriodUnit::kDay)};
}

std::string DayAfter(std::string_view date) {
  const std::optional<CivilDate> parsed = ParseIsoDate(date);
  if (!parsed) return "";
  return KeyOf(DateFromDaysSinceEpoch(DaysSinceEpoch(*parsed) + 1), PeriodUnit::kDay);
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
