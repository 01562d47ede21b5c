#include "extract/events/event_date.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool IsDigits(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (c < '0' || c > '9') return false;
  return true;
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "24", "24th", "1st" -> the day of the month; 0 when it is none.
int DayNumber(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = word.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return 0;
  const int day = Number(word.substr(0, digits));
  return day >= 1 && day <= 31 ? day : 0;
}

// A four-digit year from 1000 to 2199; 0 when the word is none.
int YearNumber(std::string_view word) {
  if (word.size() != 4 || !IsDigits(word)) return 0;
  const int year = Number(word);
  return year >= 1000 && year <= 2199 ? year : 0;
}

bool Capitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

DatePrecision ParseUnit(std::string_view name) {
  if (name == "day") return DatePrecision::kDay;
  if (name == "week") return DatePrecision::kWeek;
  if (name == "month") return DatePrecision::kMonth;
  if (name == "year") return DatePrecision::kYear;
  return DatePrecision::kReport;
}

bool ParseInt(std::string_view text, int& value) {
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  if (!IsDigits(text) || text.size() > 6) return false;
  value = negative ? -Number(text) : Number(text);
  return true;
}

}  // namespace

TimeWords TimeWords::LoadEmbedded() {
  return TimeWords(EmbeddedResource("time_words.tsv"), "resources/time_words.tsv");
}

TimeWords::TimeWords(std::string_view tsv, std::string_view origin) {
  static constexpr std::string_view kKinds[] = {"month",  "weekday", "day", "unit",   "shift",
                                                "number", "ago",     "in",  "between"};
  std::size_t line_number = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    bool known = fields.size() == 3 && !fields[1].empty();
    if (known)
      known = std::find(std::begin(kKinds), std::end(kKinds), fields[0]) != std::end(kKinds);
    int value = 0;
    if (known && fields[0] == "unit") {
      known = ParseUnit(fields[2]) != DatePrecision::kReport;
      if (known) units_[std::string(fields[1])] = ParseUnit(fields[2]);
    } else if (known) {
      known = ParseInt(fields[2], value);
    }
    if (!known)
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_number) +
                               ": expected kind<TAB>word<TAB>value with a known kind");
    values_[std::string(fields[0])][std::string(fields[1])] = value;
  }
}

int TimeWords::Value(std::string_view kind, std::string_view word) const {
  auto words = values_.find(kind);
  if (words == values_.end()) return 0;
  auto it = words->second.find(word);
  return it == words->second.end() ? 0 : it->second;
}

bool TimeWords::Is(std::string_view kind, std::string_view word) const {
  auto words = values_.find(kind);
  return words != values_.end() && words->second.count(word) > 0;
}

DatePrecision TimeWords::Unit(std::string_view word) const {
  auto it = units_.find(word);
  return it == units_.end() ? DatePrecision::kReport : it->second;
}

namespace {

// Reads the time expressions of one tokenized sentence, left to right.
class TimeExpressionFinder {
 public:
  TimeExpressionFinder(const TimeWords& words, const std::vector<Token>& tokens)
      : words_(words), tokens_(tokens) {
    for (const Token& token : tokens) lower_.push_back(ToLower(token.text));
  }

  std::vector<TimeExpression> Run() {
    std::vector<TimeExpression> found;
    for (std::size_t i = 0; i < tokens_.size();) {
      std::optional<TimeExpression> expression = At(i);
      if (!expression) {
        ++i;
        continue;
      }
      i = expression->end;
      found.push_back(*expression);
    }
    return found;
  }

 private:
  std::optional<TimeExpression> At(std::size_t i) const {
    if (words_.Is("day", lower_[i]))
      return Relative(i, i + 1, DatePrecision::kDay, words_.Value("day", lower_[i]));
    if (auto shifted = Shifted(i)) return shifted;
    if (auto ago = Ago(i)) return ago;
    if (Capitalised(tokens_[i].text) && words_.Is("weekday", lower_[i])) {
      TimeExpression weekday{TimeExpression::Kind::kWeekday, i, i + 1};
      weekday.weekday = words_.Value("weekday", lower_[i]);
      return weekday;
    }
    if (Month(i) != 0) return MonthDate(i);
    if (YearNumber(lower_[i]) != 0 && Introduced(i)) {
      TimeExpression year{TimeExpression::Kind::kDate, i, i + 1};
      year.year = YearNumber(lower_[i]);
      return year;
    }
    return std::nullopt;
  }

  static TimeExpression Relative(std::size_t first, std::size_t end, DatePrecision unit,
                                 int shift) {
    TimeExpression relative{TimeExpression::Kind::kRelative, first, end};
    relative.unit = unit;
    relative.shift = shift;
    return relative;
  }

  // "last week", "next year", "this month", "last Friday", "next Monday"; not "the last year".
  std::optional<TimeExpression> Shifted(std::size_t i) const {
    if (!words_.Is("shift", lower_[i]) || i + 1 >= tokens_.size()) return std::nullopt;
    if (i > 0 && lower_[i - 1] == "the") return std::nullopt;
    const int shift = words_.Value("shift", lower_[i]);
    const DatePrecision unit = words_.Unit(lower_[i + 1]);
    if (unit == DatePrecision::kWeek || unit == DatePrecision::kMonth ||
        unit == DatePrecision::kYear)
      return Relative(i, i + 2, unit, shift);
    if (!words_.Is("weekday", lower_[i + 1])) return std::nullopt;
    TimeExpression weekday{TimeExpression::Kind::kWeekday, i, i + 2};
    weekday.weekday = words_.Value("weekday", lower_[i + 1]);
    weekday.shift = shift;
    return weekday;
  }

  // "two days ago", "3 weeks ago", "a year ago".
  std::optional<TimeExpression> Ago(std::size_t i) const {
    if (i + 2 >= tokens_.size() || !words_.Is("ago", lower_[i + 2])) return std::nullopt;
    const DatePrecision unit = words_.Unit(lower_[i + 1]);
    int count = words_.Value("number", lower_[i]);
    if (IsDigits(lower_[i]) && lower_[i].size() <= 3) count = Number(lower_[i]);
    if (unit == DatePrecision::kReport || count <= 0) return std::nullopt;
    return Relative(i, i + 3, unit, -count);
  }

  // The month a capitalised token names ("Feb.", "February"); 0 when none.
  int Month(std::size_t i) const {
    if (!Capitalised(tokens_[i].text)) return 0;
    std::string_view word = lower_[i];
    if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
    return words_.Value("month", word);
  }

  // The year after token `i`, itself or after a comma; 0 and `i` when none.
  std::pair<int, std::size_t> YearAfter(std::size_t i) const {
    if (i < tokens_.size() && YearNumber(lower_[i]) != 0) return {YearNumber(lower_[i]), i + 1};
    if (i + 1 < tokens_.size() && lower_[i] == "," && YearNumber(lower_[i + 1]) != 0)
      return {YearNumber(lower_[i + 1]), i + 2};
    return {0, i};
  }

  // "Feb. 24", "February 24, 2022", "24 February 2022", "March 2019", "in March".
  std::optional<TimeExpression> MonthDate(std::size_t i) const {
    TimeExpression date{TimeExpression::Kind::kDate, i, i + 1};
    date.month = Month(i);
    if (i + 1 < tokens_.size() && DayNumber(lower_[i + 1]) != 0 && YearNumber(lower_[i + 1]) == 0) {
      date.day = DayNumber(lower_[i + 1]);
      date.end = i + 2;
    } else if (i > 0 && DayNumber(lower_[i - 1]) != 0) {
      date.day = DayNumber(lower_[i - 1]);
      date.first = i - 1;
    }
    std::tie(date.year, date.end) = YearAfter(date.end);
    if (date.year == 0) ReadRelativeYear(date);
    if (date.day == 0 && date.year == 0 && !date.year_relative && !Introduced(i))
      return std::nullopt;
    return date;
  }

  // "July 13 to 17 of last year", "in March last year", "on May 2 this year": the year counted
  // from the report's.
  void ReadRelativeYear(TimeExpression& date) const {
    std::size_t k = date.end;
    if (date.day != 0 && k + 1 < tokens_.size() && (lower_[k] == "to" || lower_[k] == "-") &&
        DayNumber(lower_[k + 1]) != 0)
      k += 2;
    if (k < tokens_.size() && lower_[k] == "of") ++k;
    if (k + 1 >= tokens_.size() || !words_.Is("shift", lower_[k]) ||
        words_.Unit(lower_[k + 1]) != DatePrecision::kYear)
      return;
    date.year = words_.Value("shift", lower_[k]);
    date.year_relative = true;
    date.end = k + 2;
  }

  // True when "in", "during", "on" or "of" opens token i, maybe with "early", "late" or "mid"
  // between.
  bool Introduced(std::size_t i) const {
    if (i > 0 && words_.Is("in", lower_[i - 1])) return true;
    return i > 1 && words_.Is("between", lower_[i - 1]) && words_.Is("in", lower_[i - 2]);
  }

  const TimeWords& words_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> lower_;
};

bool IsVerbToken(const Token& token) { return token.pos.rfind("VB", 0) == 0; }

// The predicate and the tokens that carry its time: the verb above an event noun, and the verbs
// that control it through xcomp ("agreed on Monday to meet").
std::vector<std::size_t> TimeCarriers(const std::vector<Token>& tokens, std::size_t predicate) {
  std::vector<std::size_t> carriers = {predicate};
  std::size_t current = predicate;
  while (carriers.size() < tokens.size()) {
    const Token& token = tokens[current];
    const bool climb = !IsVerbToken(token) || token.deprel == "xcomp";
    if (!climb || token.head < 0 || static_cast<std::size_t>(token.head) >= tokens.size()) break;
    current = static_cast<std::size_t>(token.head);
    carriers.push_back(current);
  }
  return carriers;
}

// The rank in `carriers` of the token an expression hangs from (walking up from its tokens, the
// first carrier met before any other verb); kNone when it hangs from none.
std::size_t CarrierRank(const std::vector<Token>& tokens, const TimeExpression& expression,
                        const std::vector<std::size_t>& carriers) {
  std::size_t best = kNone;
  for (std::size_t k = expression.first; k < expression.end; ++k) {
    std::size_t current = k;
    for (std::size_t steps = 0; steps <= tokens.size(); ++steps) {
      auto carrier = std::find(carriers.begin(), carriers.end(), current);
      if (carrier != carriers.end()) {
        best = std::min<std::size_t>(best, carrier - carriers.begin());
        break;
      }
      const bool inside = current >= expression.first && current < expression.end;
      if ((!inside && IsVerbToken(tokens[current])) || tokens[current].head < 0) break;
      // A possessive ("yesterday's march") dates only the noun it modifies.
      const bool possessive = tokens[current].deprel == "nmod:poss";
      current = static_cast<std::size_t>(tokens[current].head);
      if (current >= tokens.size()) break;
      if (possessive && std::find(carriers.begin(), carriers.end(), current) == carriers.end())
        break;
    }
  }
  return best;
}

std::size_t Distance(const TimeExpression& expression, std::size_t token) {
  if (token < expression.first) return expression.first - token;
  return token >= expression.end ? token - expression.end + 1 : 0;
}

}  // namespace

std::vector<TimeExpression> EventDateResolver::Find(const std::vector<Token>& tokens) const {
  return TimeExpressionFinder(words_, tokens).Run();
}

EventDate EventDateResolver::Resolve(const Sentence& sentence, std::size_t predicate,
                                     const std::string& report_date, bool future) const {
  const EventDate report_only{report_date, DatePrecision::kReport};
  const std::vector<Token>& tokens = sentence.tokens;
  if (predicate >= tokens.size()) return report_only;
  const std::vector<std::size_t> carriers = TimeCarriers(tokens, predicate);
  const TimeExpression* chosen = nullptr;
  std::pair<std::size_t, std::size_t> chosen_rank = {kNone, kNone};
  const std::vector<TimeExpression> expressions = Find(tokens);
  for (const TimeExpression& expression : expressions) {
    const std::pair<std::size_t, std::size_t> rank = {CarrierRank(tokens, expression, carriers),
                                                      Distance(expression, predicate)};
    if (rank.first != kNone && rank < chosen_rank) chosen = &expression, chosen_rank = rank;
  }
  if (chosen == nullptr) return report_only;
  const std::string& tag = tokens[predicate].pos;
  const EventTense tense = future                         ? EventTense::kFuture
                           : tag == "VBZ" || tag == "VBP" ? EventTense::kPresent
                                                          : EventTense::kPast;
  const EventDate date = ResolveTimeExpression(*chosen, ParseIsoDate(report_date), tense);
  return date.precision == DatePrecision::kReport ? report_only : date;
}

namespace {

EventDate DayDate(const CivilDate& date) { return {FormatIsoDate(date), DatePrecision::kDay}; }

// A date with a month and maybe a day but no year: the latest on or before the report date for
// a past event, the earliest on or after it for a future one.
EventDate YearlessDate(const TimeExpression& expression, const CivilDate& report, bool future) {
  int year = report.year;
  const CivilDate probe{year, expression.month, expression.day == 0 ? 1 : expression.day};
  const CivilDate report_probe{report.year, report.month, expression.day == 0 ? 1 : report.day};
  if (!future && probe > report_probe) --year;
  if (future && probe < report_probe) ++year;
  if (expression.day == 0)
    return {FormatIsoDate({year, expression.month, 1}), DatePrecision::kMonth};
  if (!IsValidDate(year, expression.month, expression.day)) return {};
  return DayDate({year, expression.month, expression.day});
}

// The nearer to the report date of the latest date on or before it and the earliest on or after.
EventDate NearestYearlessDate(const TimeExpression& expression, const CivilDate& report) {
  const EventDate past = YearlessDate(expression, report, false);
  const EventDate next = YearlessDate(expression, report, true);
  const auto before = ParseIsoDate(past.date), after = ParseIsoDate(next.date);
  if (!before || !after) return before ? past : next;
  const long today = DaysSinceEpoch(report);
  return DaysSinceEpoch(*after) - today < today - DaysSinceEpoch(*before) ? next : past;
}

EventDate CalendarDate(const TimeExpression& expression, const std::optional<CivilDate>& report,
                       EventTense tense) {
  if (expression.year_relative && !report) return {};
  const int year = expression.year_relative ? report->year + expression.year : expression.year;
  const int month = expression.month, day = expression.day;
  if (year != 0 && month != 0 && day != 0)
    return IsValidDate(year, month, day) ? DayDate({year, month, day}) : EventDate{};
  if (year != 0 && month != 0) return {FormatIsoDate({year, month, 1}), DatePrecision::kMonth};
  if (year != 0) return {FormatIsoDate({year, 1, 1}), DatePrecision::kYear};
  if (!report || month == 0) return {};
  if (tense == EventTense::kPresent) return NearestYearlessDate(expression, *report);
  return YearlessDate(expression, *report, tense == EventTense::kFuture);
}

EventDate WeekdayDate(const TimeExpression& expression, const CivilDate& report, EventTense tense) {
  const int today = IsoWeekday(report);
  int back = (today - expression.weekday + 7) % 7;   // to the latest on or before the report
  int ahead = (expression.weekday - today + 7) % 7;  // to the earliest on or after it
  if (expression.shift < 0 && back == 0) back = 7;
  if (expression.shift > 0 && ahead == 0) ahead = 7;
  const bool forward =
      expression.shift > 0 || (expression.shift == 0 && tense != EventTense::kPast);
  return DayDate(AddDays(report, forward ? ahead : -back));
}

EventDate RelativeDate(const TimeExpression& expression, const CivilDate& report) {
  switch (expression.unit) {
    case DatePrecision::kDay:
      return DayDate(AddDays(report, expression.shift));
    case DatePrecision::kWeek: {
      const CivilDate monday = AddDays(report, 1 - IsoWeekday(report));
      return {FormatIsoDate(AddDays(monday, 7L * expression.shift)), DatePrecision::kWeek};
    }
    case DatePrecision::kMonth:
      return {FormatIsoDate(AddMonths(report, expression.shift)), DatePrecision::kMonth};
    case DatePrecision::kYear:
      return {FormatIsoDate({report.year + expression.shift, 1, 1}), DatePrecision::kYear};
    case DatePrecision::kReport:
      break;
  }
  return {};
}

}  // namespace

EventDate ResolveTimeExpression(const TimeExpression& expression,
                                const std::optional<CivilDate>& report, EventTense tense) {
  switch (expression.kind) {
    case TimeExpression::Kind::kDate:
      return CalendarDate(expression, report, tense);
    case TimeExpression::Kind::kWeekday:
      return report ? WeekdayDate(expression, *report, tense) : EventDate{};
    case TimeExpression::Kind::kRelative:
      return report ? RelativeDate(expression, *report) : EventDate{};
  }
  return {};
}

}  // namespace newsgraph
