// The time of a dynamic GEXF 1.3 file (https://gexf.net/schema.html, gexf.rnc: spells and
// timed attribute values with timeformat="date"). Private to export/.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/periods.h"

namespace newsgraph::export_internal {

// A closed interval of days, "YYYY-MM-DD" to "YYYY-MM-DD", both included (GEXF 1.3 intervals
// are closed).
struct Spell {
  std::string start;
  std::string end;
};

// The days of the period keys of one unit, each key worked out once.
class PeriodCalendar {
 public:
  explicit PeriodCalendar(PeriodUnit unit) : unit_(unit) {}
  // The first and last day of `key`; nullptr when `key` is no period of the unit.
  const PeriodDays* Days(const std::string& key);

 private:
  PeriodUnit unit_;
  std::map<std::string, std::optional<PeriodDays>> days_;
};

// One spell per run of consecutive periods among `keys` (a period's spell is its first day to
// its last day), in calendar order; keys that are no period of the unit are left out.
std::vector<Spell> SpellsOf(const std::set<std::string>& keys, PeriodCalendar& calendar);

// <spells><spell start=".." end=".."/>...</spells> with each line after `indent`; nothing for
// no spells.
void WriteSpells(std::ostream& out, const std::vector<Spell>& spells, std::string_view indent);

}  // namespace newsgraph::export_internal
