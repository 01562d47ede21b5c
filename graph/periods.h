// Calendar periods of a build (`--period`) and the per-period counts kept on nodes and edges.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// The length of a period; kNone keeps no per-period counts.
enum class PeriodUnit { kNone, kDay, kWeek, kMonth, kQuarter, kYear };

// "day", "week", "month", "quarter", "year" (and "none"); nullopt for any other word.
std::optional<PeriodUnit> ParsePeriodUnit(std::string_view word);

// The key of the period holding `date` (a valid "YYYY-MM-DD"): "2024-03-15" (day), the ISO 8601
// week "2024-W11" (whose year is the year of the week's Thursday), "2024-03" (month), "2024-Q1"
// (quarter), "2024" (year). Empty for kNone and for a date that is not a valid calendar date.
// Keys of one unit sort by string in calendar order.
std::string PeriodKey(std::string_view date, PeriodUnit unit);

// Every period key from `first` to `last` (keys of `unit`, first <= last), in calendar order,
// both included. Empty when either key is not one of `unit`.
std::vector<std::string> PeriodRange(const std::string& first, const std::string& last,
                                     PeriodUnit unit);

// The first and the last day ("YYYY-MM-DD", both inside the period) of the period `key` of `unit`.
struct PeriodDays {
  std::string first;
  std::string last;
};
// nullopt when `key` is not a key of `unit`.
std::optional<PeriodDays> DaysOfPeriod(const std::string& key, PeriodUnit unit);

// The day after `date` ("YYYY-MM-DD"); empty when `date` is not a valid calendar date.
std::string DayAfter(std::string_view date);

// The PLOVER categories in the fixed order of the per-category columns (dyads.csv).
const std::vector<std::string>& PloverCategoryOrder();

// Where a supporting sentence is: Evidence::document_id and Evidence::sentence. Ordered like
// Relation::evidence, by (document id, sentence).
struct EvidenceId {
  std::string document_id;
  std::size_t sentence = 0;
  bool operator<(const EvidenceId& other) const;
  bool operator==(const EvidenceId& other) const;
  std::string ToString() const;  // "doc#sentence"
};

// A node in one period, by report date (the article's): its mentions and the documents holding
// them.
struct NodePeriodCounts {
  std::size_t mentions = 0;
  std::size_t documents = 0;
};

// An edge in one period, by the date GraphOptions::time_basis chooses. `events` counts every
// supporting sentence (as Relation::weight does); the Goldstein sum and the QuadClass and PLOVER
// counts take only the facts that are not negated (a "not ..." edge drawn by --include-negated
// counts events and documents only). `documents` counts distinct documents per merged name pair,
// added up as Relation::documents is.
struct EdgePeriodCounts {
  std::size_t events = 0;
  std::size_t documents = 0;
  std::size_t coded = 0;  // the events counted in goldstein_sum (not negated)
  double goldstein_sum = 0;
  std::array<std::size_t, 4> quad{};          // QuadClass 1..4 at index 0..3
  std::map<std::string, std::size_t> plover;  // PLOVER category -> count
  EvidenceId first_evidence;                  // the earliest by (document id, sentence)
  EvidenceId last_evidence;                   // the latest by (document id, sentence)

  // Adds `other`'s counts; first and last evidence become the extremes of both.
  void Merge(const EdgePeriodCounts& other);
};

}  // namespace newsgraph
