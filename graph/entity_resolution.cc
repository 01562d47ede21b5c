#include "graph/entity_resolution.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

#include "extract/text/names.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

// Two spellings of one name are at least this similar once folded.
constexpr double kVariantSimilarity = 0.85;

std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> words;
  for (std::string_view word : Split(key, ' '))
    if (!word.empty()) words.push_back(word);
  return words;
}

std::string FoldWord(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    const char next = i + 1 < word.size() ? word[i + 1] : '\0';
    if (c == 'k' && next == 's') c = 'x', ++i;
    else if (c == 'k' && next == 'h') c = 'h', ++i;
    else if (c == 'p' && next == 'h') c = 'f', ++i;
    else if (c == 'w') c = 'v';
    else if (c == 'j' || c == 'y') c = 'i';
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

std::string_view LastWord(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}

std::string_view FirstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

bool IsMultiword(std::string_view key) { return key.find(' ') != std::string_view::npos; }

// False for a name with a word no person's name has: a connective or an organisation word
// ("agreement on tariffs and trade", "motors corp gm"), which the tagger took for a person.
bool HasPersonNameWords(std::string_view key) {
  static const std::set<std::string_view> kWords = {
      "of",  "on", "and", "the", "for",     "in",    "at",   "corp",
      "inc", "co", "ltd", "plc", "company", "group", "bank", "party"};
  for (std::string_view word : Words(key))
    if (kWords.count(word)) return false;
  return true;
}

bool IsPlaceType(EntityType type) {
  return type == EntityType::kGpe || type == EntityType::kLocation;
}

// Persons with persons, places with places, organisations with organisations.
bool TypesAgree(EntityType a, EntityType b) {
  return a == b || (IsPlaceType(a) && IsPlaceType(b)) || a == EntityType::kOther ||
         b == EntityType::kOther;
}

// The letters a name's initials spell: a capitalised word gives its first letter, a word in
// capitals all its letters, small words none ("UK Independence Party" -> "UKIP").
std::string Initials(std::string_view surface) {
  std::string out;
  for (std::string_view word : Split(surface, ' ')) {
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') continue;
    const bool capitals = std::none_of(word.begin(), word.end(), [](char c) {
      return c >= 'a' && c <= 'z';
    });
    for (char c : capitals ? word : word.substr(0, 1))
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Union-find over record indices with the constraints of ResolveNames.
class Clusters {
 public:
  Clusters(const std::vector<NameRecord>& records, const ResolutionInput& input)
      : records_(records), input_(input), parent_(records.size()), members_(records.size()) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (std::size_t i = 0; i < records.size(); ++i) members_[i] = {i};
  }
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  // Joins the clusters of a and b unless a constraint forbids it; true when joined now.
  // `check_types` false lets a rule that has weighed the types itself join across them (a
  // surname the tagger took for an organisation somewhere).
  bool Join(std::size_t a, std::size_t b, const std::string& rule, double score,
            bool check_types = true) {
    std::size_t root_a = Find(a), root_b = Find(b);
    if (root_a == root_b || !Compatible(root_a, root_b, check_types)) return false;
    if (members_[root_a].size() < members_[root_b].size()) std::swap(root_a, root_b);
    parent_[root_b] = root_a;
    members_[root_a].insert(members_[root_a].end(), members_[root_b].begin(),
                            members_[root_b].end());
    members_[root_b].clear();
    for (std::size_t member : {a, b})
      if (!joined_by_.count(member)) joined_by_[member] = {rule, score};
    return true;
  }
  const std::vector<std::size_t>& Members(std::size_t root) const { return members_[root]; }
  const std::pair<std::string, double>& JoinedBy(std::size_t i) const { return joined_by_.at(i); }
  // Marks a key whose first word names no one ("kilroy" of "Kilroy Silk", a trailing form).
  void SetNoGivenName(std::size_t i) { no_given_name_.insert(i); }

 private:
  bool Compatible(std::size_t root_a, std::size_t root_b, bool check_types) const {
    for (std::size_t a : members_[root_a]) {
      for (std::size_t b : members_[root_b]) {
        const NameRecord& x = records_[a];
        const NameRecord& y = records_[b];
        if (check_types && !TypesAgree(x.type, y.type) && !x.acronym && !y.acronym) return false;
        if (input_.kept_apart && input_.kept_apart(x.key, y.key)) return false;
        if (x.known && y.known) return false;
        if (x.type == EntityType::kPerson && y.type == EntityType::kPerson &&
            IsMultiword(x.key) && IsMultiword(y.key) && !no_given_name_.count(a) &&
            !no_given_name_.count(b) && !CompatibleGivenNames(FirstWord(x.key), FirstWord(y.key)))
          return false;
      }
    }
    return true;
  }

  const std::vector<NameRecord>& records_;
  const ResolutionInput& input_;
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;
  std::map<std::size_t, std::pair<std::string, double>> joined_by_;
  std::set<std::size_t> no_given_name_;
};

struct Candidate {
  std::size_t a, b;
  double score;
};

// Applies one rule's candidates, best score first, ties by key order.
void JoinAll(Clusters& clusters, const std::vector<NameRecord>& records,
             std::vector<Candidate> candidates, const std::string& rule, bool check_types = true) {
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& x, const Candidate& y) {
    return std::make_tuple(-x.score, records[x.a].key, records[x.b].key) <
           std::make_tuple(-y.score, records[y.a].key, records[y.b].key);
  });
  for (const Candidate& candidate : candidates)
    clusters.Join(candidate.a, candidate.b, rule, candidate.score, check_types);
}

// A person's surname as written, folded: the last word of the surface form, so a hyphenated
// surname stays whole ("day lewis" of "Daniel Day-Lewis", not "lewis").
std::string FoldedSurname(const NameRecord& record) {
  const std::string_view name = record.name.empty() ? record.key : record.name;
  const std::size_t space = name.rfind(' ');
  return FoldTransliteration(
      NormalizeName(space == std::string_view::npos ? name : name.substr(space + 1)));
}

bool IsFullPerson(const NameRecord& record) {
  return record.type == EntityType::kPerson && IsMultiword(record.key) &&
         HasPersonNameWords(record.key);
}

// Blocks persons' full names by folded surname and by the surname with one letter deleted, so
// surnames one edit apart meet.
std::vector<Candidate> TransliterationCandidates(const std::vector<NameRecord>& records) {
  std::map<std::string, std::vector<std::size_t>> blocks;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!IsFullPerson(records[i])) continue;
    const std::string surname = FoldedSurname(records[i]);
    blocks[surname].push_back(i);
    if (surname.size() < 6) continue;
    for (std::size_t d = 0; d < surname.size(); ++d)
      blocks[std::string("~").append(surname, 0, d).append(surname, d + 1)].push_back(i);
  }
  std::set<std::pair<std::size_t, std::size_t>> seen;
  std::vector<Candidate> out;
  for (const auto& [block, members] : blocks) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const std::size_t a = members[x], b = members[y];
        if (a == b || !seen.insert({a, b}).second) continue;
        const std::string_view given_a = FirstWord(records[a].key);
        const std::string_view given_b = FirstWord(records[b].key);
        if (!CompatibleGivenNames(given_a, given_b)) continue;
        const std::string surname_a = FoldedSurname(records[a]);
        const std::string surname_b = FoldedSurname(records[b]);
        // Surnames a letter apart are one name's spellings only when one is rare beside the
        // other (a misspelling or a transliteration seldom used): "Zelanski" beside "Zelensky",
        // not two men as often named, "Herrington" and "Harrington".
        const std::size_t fewer = std::min(records[a].mentions, records[b].mentions);
        const std::size_t more = std::max(records[a].mentions, records[b].mentions);
        if (surname_a != surname_b && (std::min(surname_a.size(), surname_b.size()) < 6 ||
                                       NameSimilarity(surname_a, surname_b) < kVariantSimilarity ||
                                       fewer * 3 > more))
          continue;
        const double surname = NameSimilarity(surname_a, surname_b);
        const double given = NameSimilarity(FoldWord(given_a), FoldWord(given_b));
        out.push_back({a, b, (surname + given) / 2});
      }
    }
  }
  return out;
}

std::vector<Candidate> TrailingWordCandidates(const std::vector<NameRecord>& records,
                                              const std::map<std::string, std::size_t>& by_key,
                                              Clusters& clusters) {
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!IsFullPerson(records[i])) continue;
    const std::string& key = records[i].key;
    for (std::size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      const std::string suffix = key.substr(space + 1);
      if (!IsMultiword(suffix)) break;
      auto it = by_key.find(suffix);
      if (it == by_key.end() || records[it->second].type != EntityType::kPerson) continue;
      clusters.SetNoGivenName(it->second);
      out.push_back({it->second, i, double(Words(suffix).size()) / Words(key).size()});
    }
  }
  return out;
}

// A one-word name mostly typed a person, or an organisation no dictionary knows, joins the
// cluster of full names whose folded surname it is when that cluster is the only one, or has nine
// in ten of the mentions of such names (and ten or more); never a word that opens persons' names
// as often as it ends them.
std::vector<std::pair<Candidate, std::string>> SurnameCandidates(
    const std::vector<NameRecord>& records, Clusters& clusters) {
  // folded surname -> cluster root -> (mentions of its full names with that surname, a member)
  std::map<std::string, std::map<std::size_t, std::pair<std::size_t, std::size_t>>> by_surname;
  std::map<std::string, std::size_t> given_name_uses;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!IsFullPerson(records[i])) continue;
    auto& cluster = by_surname[FoldWord(LastWord(records[i].key))][clusters.Find(i)];
    cluster.first += records[i].mentions;
    cluster.second = i;
    given_name_uses[FoldWord(FirstWord(records[i].key))] += records[i].mentions;
  }
  constexpr std::size_t kDominantMentions = 10;
  std::vector<std::pair<Candidate, std::string>> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const NameRecord& record = records[i];
    if (IsMultiword(record.key) || record.acronym) continue;
    // A common word ("House", "Trust", "World") is a surname only when mostly tagged a person.
    const bool person_like =
        IsCommonWord(record.key)
            ? record.person_mentions * 2 > record.mentions
            : record.person_mentions > 0 || (record.organization_mentions > 0 && !record.known);
    const std::string folded = FoldWord(record.key);
    auto it = by_surname.find(folded);
    if (it == by_surname.end() || !person_like) continue;
    std::size_t total = 0, most = 0, full = 0;
    for (const auto& [root, cluster] : it->second) {
      total += cluster.first;
      if (cluster.first > most) most = cluster.first, full = cluster.second;
    }
    if (auto given = given_name_uses.find(folded);
        given != given_name_uses.end() && given->second >= total)
      continue;
    if (it->second.size() == 1) {
      out.push_back({{i, full, 1.0}, "unique surname in corpus"});
      continue;
    }
    if (record.person_mentions * 2 <= record.mentions) continue;
    if (most < kDominantMentions || most * 10 < total * 9) continue;
    out.push_back({{i, full, double(most) / total}, "dominant full name in corpus"});
  }
  return out;
}

bool ShareDocument(const NameRecord& a, const NameRecord& b) {
  std::vector<std::size_t> both;
  std::set_intersection(a.documents.begin(), a.documents.end(), b.documents.begin(),
                        b.documents.end(), std::back_inserter(both));
  return !both.empty();
}

// True when the words of `shorter` end `longer` ("commercial services union" of "public and
// commercial services union").
bool EndsWithWords(const std::string& longer, const std::string& shorter) {
  return longer.size() > shorter.size() && longer.ends_with(" " + shorter);
}

// The organisation word closing a name, if listed ("Union" of "PCS Union"), else empty.
std::string_view ClosingWord(std::string_view name) {
  static const std::unordered_set<std::string> kClosingWords =
      EmbeddedWordList("gazetteers/org_suffixes.txt");
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view last = name.substr(space + 1);
  return kClosingWords.count(std::string(last)) ? last : std::string_view();
}

using Candidates = std::vector<std::pair<Candidate, std::string>>;

// Acronyms. An acronym joins the expansion most documents define for it, and so does another
// expansion or name spelled by it whose words end that one or are ended by it (a cut span:
// "Commercial Services Union (PCS)" here, "Public and Commercial Services Union" there). With no
// definition it joins the organisation whose initials spell it, with or without a closing
// organisation word. The acronym followed by such a word ("PCS Union") joins the name ending in
// that word that its letters spell.
class AcronymMatcher {
 public:
  AcronymMatcher(const std::vector<NameRecord>& records,
                 const std::map<std::string, std::size_t>& by_key, const ResolutionInput& input)
      : records_(records), by_key_(by_key), input_(input) {
    for (std::size_t i = 0; i < records.size(); ++i) Index(i);
  }

  Candidates Find() const {
    Candidates out = WithWordCandidates();
    for (std::size_t i = 0; i < records_.size(); ++i) {
      const NameRecord& record = records_[i];
      if (!record.acronym || IsMultiword(record.key) || record.known) continue;
      if (!Defined(i, out)) Spelled(i, out);
    }
    return out;
  }

 private:
  using Spellings = std::map<std::string, std::vector<std::size_t>>;

  // Files a multiword organisation under the letters its initials spell.
  void Index(std::size_t i) {
    const NameRecord& record = records_[i];
    if (record.acronym || record.type != EntityType::kOrganization || !IsMultiword(record.key))
      return;
    const std::string_view closing = ClosingWord(record.name);
    const std::string_view first = FirstWord(record.name);
    if (!closing.empty() && Words(record.key).size() == 2 && first.size() > 1 &&
        std::none_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      with_word_.push_back(i);
      return;
    }
    // A one-letter word ("Booker T", "RK S") spells nothing.
    const std::vector<std::string_view> words = Words(record.key);
    if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return w.size() < 2; }))
      return;
    by_initials_[Initials(record.name)].push_back(i);
    // Without its closing word only when the corpus writes the acronym with that word too
    // ("Public and Commercial Services Union" spells PCS beside a "PCS Union").
    const std::string short_initials =
        closing.empty() ? std::string()
                        : Initials(record.name.substr(0, record.name.size() - closing.size() - 1));
    if (short_initials.size() > 2 && by_key_.count(short_initials + " " + ToLower(closing)))
      by_initials_[short_initials].push_back(i);
  }

  // "PCS Union" is the only name that ends in "Union" and whose initials spell "PCSU"; a company
  // named by letters ("ASA Ltd") is no American Soybean Association.
  Candidates WithWordCandidates() const {
    Candidates out;
    for (std::size_t i : with_word_) {
      auto spelled = by_initials_.find(Initials(records_[i].name));
      if (spelled == by_initials_.end()) continue;
      std::vector<std::size_t> same_ending;
      for (std::size_t other : spelled->second)
        if (LastWord(records_[other].key) == LastWord(records_[i].key)) same_ending.push_back(other);
      if (same_ending.size() == 1)
        out.push_back({{i, same_ending.front(), 1.0}, "acronym with an organisation word"});
    }
    return out;
  }

  // An expansion the span cut inside ("of life" for "end of life (EOL)") is none, nor is one
  // whose initials do not open with the acronym's letter (a misread parenthesis) unless it ends
  // a name the acronym spells ("Commercial Services Union (PCS)").
  bool Plausible(const std::string& acronym, std::size_t expansion) const {
    const NameRecord& record = records_[expansion];
    if (!StartsWithUpper(record.name)) return false;
    if (Initials(record.name).substr(0, 1) == acronym.substr(0, 1)) return true;
    auto spelled = by_initials_.find(acronym);
    return spelled != by_initials_.end() &&
           std::any_of(spelled->second.begin(), spelled->second.end(), [&](std::size_t other) {
             return EndsWithWords(records_[other].key, record.key);
           });
  }

  // The definitions' candidates for acronym i; false when none holds.
  bool Defined(std::size_t i, Candidates& out) const {
    auto defined = input_.acronym_definitions.find(records_[i].key);
    if (defined == input_.acronym_definitions.end()) return false;
    std::vector<std::size_t> expansions;
    std::size_t best = records_.size(), best_documents = 0, total = 0;
    for (const auto& [expansion, documents] : defined->second) {
      total += documents;
      auto it = by_key_.find(expansion);
      if (it == by_key_.end() || !Plausible(records_[i].key, it->second)) continue;
      expansions.push_back(it->second);
      if (documents > best_documents) best_documents = documents, best = it->second;
    }
    // The expansion most definitions give, when they agree: at least half of them.
    if (best == records_.size()) return false;
    if (best_documents * 2 < total) return true;
    out.push_back({{i, best, double(best_documents) / total}, "acronym defined in corpus"});
    if (auto spelled = by_initials_.find(records_[i].key); spelled != by_initials_.end())
      expansions.insert(expansions.end(), spelled->second.begin(), spelled->second.end());
    for (std::size_t other : expansions) {
      const std::string& a = records_[other].key;
      const std::string& b = records_[best].key;
      if (!EndsWithWords(a, b) && !EndsWithWords(b, a)) continue;
      const double words_a = Words(a).size(), words_b = Words(b).size();
      out.push_back({{other, best, std::min(words_a, words_b) / std::max(words_a, words_b)},
                     "acronym defined in corpus"});
    }
    return true;
  }

  // The names acronym i spells: the only one, or spellings of one name ("Trades Union Congress",
  // "Trade Unions Congress"); for three letters only with a document naming both ("CIA" is no
  // "Calicut International Airport" of another article).
  void Spelled(std::size_t i, Candidates& out) const {
    const NameRecord& record = records_[i];
    auto spelled = by_initials_.find(record.key);
    if (spelled == by_initials_.end() || record.key.size() < 3) return;
    const std::vector<std::size_t>& names = spelled->second;
    if (record.key.size() < 4 && std::none_of(names.begin(), names.end(), [&](std::size_t other) {
          return ShareDocument(record, records_[other]);
        }))
      return;
    double score = 1.0;
    for (std::size_t other : names)
      score = std::min(score, NameSimilarity(FoldTransliteration(records_[other].key),
                                             FoldTransliteration(records_[names[0]].key)));
    if (score < kVariantSimilarity) return;
    for (std::size_t other : names) out.push_back({{i, other, score}, "acronym of a name in corpus"});
  }

  const std::vector<NameRecord>& records_;
  const std::map<std::string, std::size_t>& by_key_;
  const ResolutionInput& input_;
  Spellings by_initials_;
  std::vector<std::size_t> with_word_;  // an acronym and an organisation word: "PCS Union"
};

// A plural of a common noun, as a body of people is named ("commons", "lords",
// "representatives"), not a proper name ("Sussex") nor a thing ("Life", "Science").
bool IsBodyOfPeople(const std::string& word) {
  return word.size() > 3 && word.back() == 's' && IsCommonWord(word) &&
         IsCommonWord(word.substr(0, word.size() - 1));
}

// "Commons" joins the only organisation "<head> of Commons" when the word names a body of people
// (an institution named by its members: "Commons", "Lords", "Representatives"), whatever type
// the tagger gave it; a proper name after "of" is another actor ("Sussex" of "University of
// Sussex"), and so is a thing ("Life" of "Game of Life").
std::vector<Candidate> ComplementCandidates(const std::vector<NameRecord>& records) {
  std::map<std::string, std::vector<std::size_t>> by_complement;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const std::vector<std::string_view> words = Words(records[i].key);
    if (records[i].type != EntityType::kOrganization || words.size() != 3 || words[1] != "of")
      continue;
    by_complement[std::string(words[2])].push_back(i);
  }
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const NameRecord& record = records[i];
    if (IsMultiword(record.key) || record.known || !IsBodyOfPeople(record.key)) continue;
    auto it = by_complement.find(record.key);
    if (it != by_complement.end() && it->second.size() == 1)
      out.push_back({i, it->second.front(), 1.0});
  }
  return out;
}

}  // namespace

std::string FoldTransliteration(std::string_view normalised) {
  std::string out;
  for (std::string_view word : Words(normalised)) {
    if (!out.empty()) out += ' ';
    out += FoldWord(word);
  }
  return out;
}

double NameSimilarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return 1.0 - double(row[b.size()]) / std::max(a.size(), b.size());
}

bool CompatibleGivenNames(std::string_view a, std::string_view b) {
  const std::string x = FoldWord(a), y = FoldWord(b);
  if (x == y) return true;
  const std::string& shorter = x.size() < y.size() ? x : y;
  const std::string& longer = x.size() < y.size() ? y : x;
  if ((shorter.size() == 1 || shorter.size() >= 3) && longer.compare(0, shorter.size(), shorter) == 0)
    return true;
  return NameSimilarity(x, y) >= 0.8;
}

}  // namespace newsgraph

namespace newsgraph {

std::map<std::string, NameMerge> ResolveNames(const ResolutionInput& input) {
  std::vector<NameRecord> records = input.records;
  std::sort(records.begin(), records.end(),
            [](const NameRecord& a, const NameRecord& b) { return a.key < b.key; });
  std::map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < records.size(); ++i) by_key.emplace(records[i].key, i);
  Clusters clusters(records, input);
  std::vector<Candidate> trailing = TrailingWordCandidates(records, by_key, clusters);
  JoinAll(clusters, records, TransliterationCandidates(records), "transliteration variant");
  JoinAll(clusters, records, std::move(trailing), "trailing words of a full name");
  for (auto& [candidate, rule] : AcronymMatcher(records, by_key, input).Find())
    JoinAll(clusters, records, {candidate}, rule);
  JoinAll(clusters, records, ComplementCandidates(records), "complement of a name in corpus",
          false);
  for (auto& [candidate, rule] : SurnameCandidates(records, clusters))
    JoinAll(clusters, records, {candidate}, rule, false);

  std::map<std::string, NameMerge> merges;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (clusters.Find(i) != i) continue;
    const std::vector<std::size_t>& members = clusters.Members(i);
    if (members.size() < 2) continue;
    auto rank = [&](std::size_t m) {
      const NameRecord& r = records[m];
      return std::make_tuple(r.known, IsMultiword(r.key), r.mentions, std::string_view());
    };
    std::size_t representative = members.front();
    for (std::size_t m : members) {
      if (rank(m) > rank(representative) ||
          (rank(m) == rank(representative) && records[m].key < records[representative].key))
        representative = m;
    }
    for (std::size_t m : members) {
      if (m == representative) continue;
      const auto& [rule, score] = clusters.JoinedBy(m);
      merges[records[m].key] = {records[representative].key, rule, score};
    }
  }
  return merges;
}

}  // namespace newsgraph
