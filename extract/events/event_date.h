// The date of an event: read off the time expressions of its sentence ("on Monday", "last week",
// "on Feb. 24", "in March", "yesterday", "in 1945", "two days ago") and resolved against the
// article's date.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/calendar.h"
#include "extract/types.h"

namespace newsgraph {

// One time expression of a sentence before it is resolved against a report date.
struct TimeExpression {
  enum class Kind {
    kDate,      // calendar fields: "on Feb. 24", "24 February 2022", "in March", "in 1945"
    kWeekday,   // "on Monday", "last Friday", "next Tuesday"
    kRelative,  // a distance in a calendar unit: "yesterday", "last week", "two years ago"
  };
  Kind kind = Kind::kDate;
  std::size_t first = 0, end = 0;    // its tokens [first, end) in the sentence
  int year = 0, month = 0, day = 0;  // kDate: the fields given, 0 when absent
  bool year_relative = false;        // kDate: `year` counts from the report's ("of last year")
  int weekday = 0;                   // kWeekday: 1 Monday .. 7 Sunday
  int shift = 0;                     // kWeekday: -1 "last", +1 "next", 0 none; kRelative: units
  DatePrecision unit = DatePrecision::kDay;  // kRelative: the unit counted
};

// The words of time expressions (resources/time_words.tsv).
class TimeWords {
 public:
  static TimeWords LoadEmbedded();
  // `tsv` in the format of resources/time_words.tsv; throws std::runtime_error naming `origin`
  // and the line for a malformed line.
  TimeWords(std::string_view tsv, std::string_view origin);

  // The value of a lower-case `word` of `kind` ("month", "weekday", ...); 0 when it is none.
  int Value(std::string_view kind, std::string_view word) const;
  bool Is(std::string_view kind, std::string_view word) const;
  // The unit a word names ("weeks" -> kWeek); kReport when it names none.
  DatePrecision Unit(std::string_view word) const;

 private:
  std::map<std::string, std::map<std::string, int, std::less<>>, std::less<>> values_;
  std::map<std::string, DatePrecision, std::less<>> units_;
};

class EventDateResolver {
 public:
  // Keeps a reference to `words`, which must outlive the resolver.
  explicit EventDateResolver(const TimeWords& words) : words_(words) {}

  // The time expressions of a tokenized sentence, in token order, not overlapping. A bare month
  // or year counts only after "in", "during", "on" or "of" (optionally "early", "late", "mid"),
  // so "May" the person or the modal and "2014" of "the 2014 annexation" are none; a month
  // counts when capitalised.
  std::vector<TimeExpression> Find(const std::vector<Token>& tokens) const;

  // The date of the event stated at token `predicate` of `sentence` (a value past the last token
  // means no predicate) in an article dated `report_date` (YYYY-MM-DD, may be empty). The time
  // expression attached to the predicate in the parse (its head chain reaches the predicate
  // before any other verb; a possessive, "yesterday's march", only to the noun it modifies) wins;
  // else one attached to the verb that governs an event noun or
  // controls the predicate ("launched strikes on Monday", "agreed on Monday to meet"); else the
  // report date. Without a report date only expressions that give a year resolve. `future` (an
  // intended event) gives EventTense::kFuture, a predicate in the simple present (VBZ, VBP)
  // kPresent, any other kPast.
  EventDate Resolve(const Sentence& sentence, std::size_t predicate, const std::string& report_date,
                    bool future) const;

 private:
  const TimeWords& words_;
};

// How the text places an event in time, for a weekday or a date without a year.
enum class EventTense {
  kPast,     // the latest such day on or before the report date
  kFuture,   // intended: the earliest on or after it
  kPresent,  // the simple present: a weekday the earliest on or after it (a schedule), a date
             // without a year the nearer of the two ("visits Washington on April 29")
};

// The date `expression` names against `report` (the article's date, or nullopt when unknown).
// A date of week precision is that week's Monday, of month precision the 1st, of year precision
// January 1. Precision kReport when it cannot be resolved.
EventDate ResolveTimeExpression(const TimeExpression& expression,
                                const std::optional<CivilDate>& report, EventTense tense);

}  // namespace newsgraph
