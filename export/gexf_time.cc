#include "export/gexf_time.h"

namespace newsgraph::export_internal {

const PeriodDays* PeriodCalendar::Days(const std::string& key) {
  auto found = days_.find(key);
  if (found == days_.end()) found = days_.emplace(key, DaysOfPeriod(key, unit_)).first;
  return found->second ? &*found->second : nullptr;
}

std::vector<Spell> SpellsOf(const std::set<std::string>& keys, PeriodCalendar& calendar) {
  std::vector<Spell> spells;
  for (const std::string& key : keys) {  // keys of one unit sort in calendar order
    const PeriodDays* days = calendar.Days(key);
    if (days == nullptr) continue;
    if (!spells.empty() && DayAfter(spells.back().end) == days->first) {
      spells.back().end = days->last;
    } else {
      spells.push_back({days->first, days->last});
    }
  }
  return spells;
}

void WriteSpells(std::ostream& out, const std::vector<Spell>& spells, std::string_view indent) {
  if (spells.empty()) return;
  out << indent << "<spells>\n";
  for (const Spell& spell : spells) {
    out << indent << "  <spell start=\"" << spell.start << "\" end=\"" << spell.end << "\"/>\n";
  }
  out << indent << "</spells>\n";
}

}  // namespace newsgraph::export_internal
