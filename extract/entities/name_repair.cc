#include "extract/entities/name_repair.h"

#include <algorithm>
#include <bitset>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

template <std::size_t N>
bool IsOneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool IsParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "de", "da",  "di",  "do",  "du", "del", "della", "der", "den", "van", "von", "al",
      "el", "bin", "ibn", "abu", "la", "le",  "dos",   "das", "ter", "ten", "y"};
  return IsOneOf(word, kParticles);
}

// A middle initial: one capital letter and a period ("Z.").
bool IsInitial(std::string_view word) {
  return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] == '.';
}

// "George W. Bush": a word, a middle initial and a word name a person.
bool HasMiddleInitial(const std::vector<Token>& tokens, const NameSpan& name) {
  return name.end_token == name.first_token + 3 && IsInitial(tokens[name.first_token + 1].text) &&
         StartsWithUpper(tokens[name.first_token].text) &&
         !IsInitial(tokens[name.first_token].text) &&
         StartsWithUpper(tokens[name.first_token + 2].text);
}

// "Ms Hopley", "Dr. Amin": a courtesy title before a capitalised word names a person.
bool IsHonorific(std::string_view word) {
  static constexpr std::string_view kHonorifics[] = {"Mr",  "Mr.",  "Mrs",  "Mrs.", "Ms",
                                                     "Ms.", "Miss", "Dr",   "Dr.",  "Prof.",
                                                     "Mme", "Mme.", "Mlle", "Herr", "Frau"};
  return IsOneOf(word, kHonorifics);
}

bool IsPossessive(std::string_view word) { return word == "'s" || word == "\xE2\x80\x99s"; }

bool IsOpeningQuote(std::string_view word) {
  return word == "\"" || word == "``" || word == "\xE2\x80\x9C" || word == "'" ||
         word == "\xE2\x80\x98";
}

bool IsClosingQuote(std::string_view word) {
  return word == "\"" || word == "''" || word == "\xE2\x80\x9D" || word == "'" ||
         word == "\xE2\x80\x99";
}

// An alphabetic word with no capital letter ("radio", "posts").
bool IsLowerCaseWord(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word) {
    if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  }
  return true;
}

// The last word of an agreement's or a law's name ("Paris Agreement", "Patriot Act",
// "Anti-Terrorism Bill").
bool IsAgreementWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {"Agreement", "Accord",     "Accords",
                                                "Treaty",    "Amendment",  "Protocol",
                                                "Act",       "Convention", "Bill"};
  return IsOneOf(word, kWords);
}

// Last words of the names of events, awards and holidays ("Mountain View Summit", "World Cup",
// "Booker Prize", "Christmas").
bool IsEventHead(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "Summit", "Cup",       "Olympics", "Championship", "Championships", "Festival", "Carnival",
      "Prix",   "Prize",     "Award",    "Awards",       "Oscars",        "Grammys",  "Emmys",
      "Baftas", "Christmas", "Easter",   "Ramadan",      "Thanksgiving",  "Hanukkah", "Diwali"};
  return IsOneOf(word, kHeads);
}

// Nouns before the name of a work ("the programme Évole", "the film Evita").
bool IsWorkNoun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"programme", "program",    "film",  "movie",
                                                "series",    "book",       "novel", "album",
                                                "song",      "documentary"};
  return IsOneOf(word, kNouns);
}

// Nouns that name what a quoted title is when they stand before it: "the newspaper "Die Zeit"".
bool IsPublisherNoun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"newspaper", "magazine", "daily",  "weekly",
                                                "agency",    "company",  "group",  "party",
                                                "channel",   "station",  "network"};
  return IsOneOf(word, kNouns);
}

// Head words that end only organisations' names ("Syrian Democratic Forces", "Labour Party").
bool IsOrganisationHead(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "Forces",       "Force",       "Party",    "Army",       "Union",
      "Front",        "Movement",    "Council",  "Committee",  "Organisation",
      "Organization", "Association", "Alliance", "Federation", "Agency",
      "Ministry",     "Corporation", "Company",  "Group",      "Bank"};
  return IsOneOf(word, kHeads);
}

// Last words that make a name a place: geographic features and landmark structures ("Celtic Sea",
// "South Bank Tower", "International Space Station").
bool IsPlaceHead(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "Sea",    "Seas",   "Ocean",   "River", "Strait",  "Straits", "Mountains", "Peninsula",
      "Desert", "Island", "Islands", "Tower", "Stadium", "Bridge",  "Station"};
  return IsOneOf(word, kHeads);
}

// Verbs of thought and speech that only a person does ("Plato thought", "Caplan dismisses").
bool IsPersonVerb(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "thought",   "thinks",   "believes", "believed", "dismisses", "dismissed", "wrote",
      "writes",    "recalled", "recalls",  "admitted", "admits",    "insisted",  "insists",
      "explained", "explains", "laughed",  "smiled",   "married",   "died"};
  return IsOneOf(word, kWords);
}

// Days and months, which stand where people do ("on Saturday dismissed").
bool IsCalendarWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Monday",  "Tuesday",   "Wednesday", "Thursday", "Friday",  "Saturday", "Sunday",
      "January", "February",  "March",     "April",    "May",     "June",     "July",
      "August",  "September", "October",   "November", "December"};
  return IsOneOf(word, kWords);
}

// Prepositions that put a place after them ("Larry Craig of Idaho").
bool IsPlacePreposition(std::string_view word) {
  static constexpr std::string_view kWords[] = {"of",   "in", "at",     "from",
                                                "near", "to", "across", "outside"};
  return IsOneOf(word, kWords);
}

// Nouns of kinship and company before an apposed name ("his wife, Alice,").
bool IsKinNoun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {
      "wife",          "husband", "son",     "daughter", "brother", "sister",    "mother",
      "father",        "friend",  "partner", "widow",    "uncle",   "aunt",      "grandson",
      "granddaughter", "cousin",  "nephew",  "niece",    "fiancee", "boyfriend", "girlfriend"};
  return IsOneOf(word, kNouns);
}

// The length of a generational suffix at tokens[at]: "Jr.", "III", "the Elder"; 0 for none.
std::size_t SuffixLength(const std::vector<Token>& tokens, std::size_t at) {
  static constexpr std::string_view kSuffixes[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"};
  if (at < tokens.size() && IsOneOf(tokens[at].text, kSuffixes)) return 1;
  if (at + 1 < tokens.size() && tokens[at].text == "the" &&
      (tokens[at + 1].text == "Elder" || tokens[at + 1].text == "Younger"))
    return 2;
  return 0;
}

// Small words a title keeps in lower case ("The Winds of Winter").
bool IsTitleFunctionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {"of",  "the", "a",    "an", "and",  "in", "on",
                                                "for", "to",  "with", "at", "from", "by", "or"};
  return IsOneOf(word, kWords);
}

void SortByPosition(std::vector<NameSpan>& names) {
  std::sort(names.begin(), names.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.first_token < b.first_token; });
}

bool Overlaps(const std::vector<NameSpan>& names, std::size_t first, std::size_t end) {
  return std::any_of(names.begin(), names.end(), [&](const NameSpan& name) {
    return name.first_token < end && first < name.end_token;
  });
}

std::string_view ConllType(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kGpe:
    case EntityType::kLocation:
      return "LOC";
    default:
      return "MISC";
  }
}

std::string SpanText(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::string text;
  for (std::size_t i = first; i < end; ++i) {
    if (i > first) text += ' ';
    text += tokens[i].text;
  }
  return text;
}

// The letters an acronym is written with ("OSCE", "U.N." -> "UN"); empty unless it is two to ten
// capital letters, with or without periods.
std::string AcronymCapitals(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      letters += c;
    } else if (c != '.') {
      return "";
    }
  }
  return letters.size() >= 2 && letters.size() <= 10 ? letters : "";
}

// "the Organization for Security and Co-operation in Europe (OSCE)": the words an acronym in
// parentheses abbreviates are one name, however the model cut them. The name runs back from the
// parenthesis over capitalised words, whose initials spell the acronym, and the small words
// between them; an organisation among its parts gives its type, else its longest actor part.
void JoinAcronymDefinitions(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  for (std::size_t open = 1; open + 2 < tokens.size(); ++open) {
    if (tokens[open].text != "(" || tokens[open + 2].text != ")") continue;
    const std::string letters = AcronymCapitals(tokens[open + 1].text);
    if (letters.empty()) continue;
    // Walk back, matching the acronym's letters from its end.
    std::size_t matched = letters.size(), first = open;
    while (first > 0 && matched > 0) {
      const std::string& word = tokens[first - 1].text;
      if (StartsWithUpper(word) && word[0] == letters[matched - 1]) {
        --matched;
      } else if ((!IsTitleFunctionWord(word) && !IsPossessive(word) && word != "'") ||
                 first == open) {
        break;
      }
      --first;
    }
    if (matched > 0) continue;
    std::vector<NameSpan> parts;
    std::copy_if(names.begin(), names.end(), std::back_inserter(parts),
                 [&](const NameSpan& n) { return n.first_token < open && first < n.end_token; });
    // Only names the model cut are joined; one name already whole, or none, stays as it is.
    if (parts.size() < 2 || parts.front().first_token < first) continue;
    // An organisation part decides the type, else the longest part that names an actor.
    auto rank = [](const NameSpan& n) {
      return std::make_pair(n.type == "ORG" ? 2 : n.type != "MISC", n.end_token - n.first_token);
    };
    const NameSpan decisive =
        *std::max_element(parts.begin(), parts.end(),
                          [&](const NameSpan& a, const NameSpan& b) { return rank(a) < rank(b); });
    std::erase_if(names,
                  [&](const NameSpan& n) { return n.first_token < open && first < n.end_token; });
    names.push_back({first, open, decisive.type, decisive.confidence});
    SortByPosition(names);
  }
}

// Joins names the model cut at a particle ("Staffan de" + "Mistura") or after a preposition.
void JoinCutNames(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                  std::vector<NameSpan>& names) {
  std::vector<NameSpan> joined;
  for (NameSpan& name : names) {
    if (!joined.empty()) {
      NameSpan& previous = joined.back();
      bool person = previous.type == "PER" || name.type == "PER";
      bool cut_after_particle =
          previous.end_token == name.first_token && IsParticle(tokens[previous.end_token - 1].text);
      bool particle_between =
          previous.end_token + 1 == name.first_token && IsParticle(tokens[previous.end_token].text);
      // "Government of" + "Iraq": a name never ends in a connecting preposition.
      const std::string& last = tokens[previous.end_token - 1].text;
      bool cut_after_preposition =
          previous.end_token == name.first_token && (last == "of" || last == "for");
      // "Syrian" + "Democratic Forces", "American Civil" + "Liberties Union": a nationality word
      // opens the organisation's name.
      bool nationality_before_organisation =
          previous.type == "MISC" && name.type == "ORG" && previous.end_token == name.first_token &&
          dictionary.IsDemonym(tokens[previous.first_token].text);
      // "People 's" + "Republic of China": a possessive inside a name.
      bool cut_after_possessive = previous.end_token == name.first_token &&
                                  previous.end_token > previous.first_token + 1 &&
                                  IsPossessive(tokens[previous.end_token - 1].text);
      // "Adnan" + "Z. Amin", "Adnan Z." + "Amin"
      bool cut_at_initial = previous.type != "MISC" && previous.end_token == name.first_token &&
                            ((previous.end_token == previous.first_token + 1 &&
                              IsInitial(tokens[name.first_token].text)) ||
                             (previous.end_token == previous.first_token + 2 &&
                              IsInitial(tokens[previous.end_token - 1].text) &&
                              name.end_token == name.first_token + 1));
      // "Alejandra" + "González Anaya": one person's name is never two adjacent names.
      bool adjacent_persons =
          previous.type == "PER" && name.type == "PER" && previous.end_token == name.first_token;
      // "Rio" + "de" + "Janeiro": two names of one type around a particle are one.
      const std::string_view between =
          particle_between ? std::string_view(tokens[previous.end_token].text) : "";
      const bool same_type_around_particle = particle_between && previous.type == name.type &&
                                             between != "y" && between != "do" && between != "ten";
      if ((person && (cut_after_particle || particle_between)) || same_type_around_particle ||
          cut_after_preposition || adjacent_persons || nationality_before_organisation ||
          cut_at_initial || cut_after_possessive) {
        previous.end_token = name.end_token;
        if (nationality_before_organisation || cut_after_possessive) previous.type = name.type;
        if (person && !cut_after_preposition) previous.type = "PER";
        previous.confidence = std::min(previous.confidence, name.confidence);
        continue;
      }
    }
    joined.push_back(std::move(name));
  }
  // A name never ends in a lower-case word ("BBC World Service radio"); a person's name takes
  // the generational suffix after it ("Andre Price III", "Lucas Cranach the Elder").
  for (std::size_t n = 0; n < joined.size(); ++n) {
    NameSpan& name = joined[n];
    while (name.end_token > name.first_token + 1 &&
           IsLowerCaseWord(tokens[name.end_token - 1].text)) {
      --name.end_token;
    }
    // The suffix takes in a name found inside it ("Elder") but never cuts one that goes on.
    const std::size_t suffix = name.type == "PER" ? SuffixLength(tokens, name.end_token) : 0;
    const std::size_t end = name.end_token + suffix;
    if (suffix > 0 && n + 1 < joined.size() && joined[n + 1].end_token <= end) {
      joined.erase(joined.begin() + static_cast<std::ptrdiff_t>(n) + 1);
    }
    if (suffix > 0 && (n + 1 == joined.size() || joined[n + 1].first_token >= end)) {
      name.end_token = end;
    }
    if (HasMiddleInitial(tokens, name)) name.type = "PER";
    // "al" + "Qaeda": the Arabic article the model left out opens the name, and so does another
    // particle when the dictionary knows the name with it; a known name takes its known type.
    const std::size_t first = name.first_token;
    if (first == 0 || !IsParticle(tokens[first - 1].text) ||
        (n > 0 && joined[n - 1].end_token >= first))
      continue;
    const ActorEntry* known = dictionary.Find(SpanText(tokens, first - 1, name.end_token));
    if (known != nullptr || tokens[first - 1].text == "al" || tokens[first - 1].text == "el") {
      --name.first_token;
      if (known != nullptr && IsActorType(known->type)) name.type = ConllType(known->type);
    }
  }
  names = std::move(joined);
}

// "Rosneft-owned", "Moscow-based": a compound that says who owns, leads or houses something.
bool IsAffiliationCompound(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {"-owned",      "-based",  "-led",      "-backed",
                                                   "-controlled", "-run",    "-funded",   "-born",
                                                   "-parent",     "-allied", "-sponsored"};
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 && word.ends_with(suffix);
  });
}

// "Rosneft-owned Yugansk": an affiliation compound opening a name is no part of it.
void DropAffiliationCompounds(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  for (NameSpan& name : names) {
    if (name.end_token > name.first_token + 1 &&
        IsAffiliationCompound(tokens[name.first_token].text))
      ++name.first_token;
  }
}

// "the Bill Clinton White House": a name of two words or more that ends in a known actor of two
// words or more ("White House") is two names, unless a small word joins them ("University of North
// Carolina") or the words before are a known actor too, whose body it names ("United Nations
// Security Council").
void SplitKnownEndings(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                       std::vector<NameSpan>& names) {
  std::vector<NameSpan> split;
  for (const NameSpan& name : names) {
    bool done = false;
    for (std::size_t k = name.first_token + 2; !done && k + 2 <= name.end_token; ++k) {
      const ActorEntry* entry = nullptr;
      if (!StartsWithUpper(tokens[k - 1].text) ||
          dictionary.MatchAt(tokens, k, &entry) != name.end_token - k || entry == nullptr ||
          !IsActorType(entry->type) ||
          dictionary.Find(SpanText(tokens, name.first_token, k)) != nullptr)
        continue;
      split.push_back({name.first_token, k, name.type, name.confidence});
      split.push_back({k, name.end_token, std::string(ConllType(entry->type)), name.confidence});
      done = true;
    }
    if (!done) split.push_back(name);
  }
  names = std::move(split);
}

// "Defense Secretary William Perry": a one-word name before "Secretary" or "Minister" and a
// person names the office, not an actor.
void DropOfficeWords(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  std::vector<NameSpan> kept;
  for (std::size_t n = 0; n < names.size(); ++n) {
    const NameSpan& name = names[n];
    const std::size_t after = name.end_token;
    const bool office =
        name.type != "PER" && name.end_token == name.first_token + 1 && after + 1 < tokens.size() &&
        (tokens[after].text == "Secretary" || tokens[after].text == "Minister") &&
        n + 1 < names.size() && names[n + 1].first_token == after + 1 && names[n + 1].type == "PER";
    if (!office) kept.push_back(name);
  }
  names = std::move(kept);
}

// "Ms Hopley added": the capitalised words after a courtesy title are a person's name, whatever
// the model made of them.
void NameAfterHonorifics(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  for (std::size_t t = 0; t + 1 < tokens.size(); ++t) {
    if (!IsHonorific(tokens[t].text) || !StartsWithUpper(tokens[t + 1].text) ||
        IsAllCaps(tokens[t + 1].text)) {
      continue;
    }
    std::size_t end = t + 2;
    while (end < tokens.size() && StartsWithUpper(tokens[end].text) &&
           !IsAllCaps(tokens[end].text)) {
      ++end;
    }
    auto starts_here = std::find_if(names.begin(), names.end(), [&](const NameSpan& name) {
      return name.first_token == t + 1 || (name.first_token == t && name.end_token > t + 1);
    });
    if (starts_here != names.end()) {
      starts_here->type = "PER";
    } else if (!Overlaps(names, t + 1, end)) {
      names.push_back({t + 1, end, "PER", 1.0});
      SortByPosition(names);
    }
  }
}

// A quoted stretch in title case that holds names and more ("The Winds of Winter", "A Dream of
// Spring") is one name: the title of a work, spanning the quotes' inside.
void JoinQuotedTitles(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  constexpr std::size_t kLongestTitle = 12;
  for (std::size_t open = 0; open + 2 < tokens.size(); ++open) {
    if (!IsOpeningQuote(tokens[open].text) || !StartsWithUpper(tokens[open + 1].text)) continue;
    std::size_t close = open + 1;
    while (close < tokens.size() && close <= open + kLongestTitle &&
           (StartsWithUpper(tokens[close].text) || IsTitleFunctionWord(tokens[close].text) ||
            IsPossessive(tokens[close].text))) {
      ++close;
    }
    // Punctuation after the title may stand inside the quotes ("A Dream of Spring.").
    const bool punctuation =
        close + 1 < tokens.size() && (tokens[close].text == "." || tokens[close].text == ",");
    const std::size_t quote = punctuation ? close + 1 : close;
    if (close >= tokens.size() || close < open + 3 || !IsClosingQuote(tokens[quote].text) ||
        (open > 0 && IsPublisherNoun(tokens[open - 1].text)))
      continue;
    auto inside = [&](const NameSpan& name) {
      return name.first_token > open && name.end_token <= close;
    };
    const bool partly_named = std::any_of(names.begin(), names.end(), inside) &&
                              !std::any_of(names.begin(), names.end(), [&](const NameSpan& name) {
                                return name.first_token == open + 1 && name.end_token == close;
                              });
    if (!partly_named || Overlaps(names, open, open + 1) || Overlaps(names, close, quote + 1))
      continue;
    std::erase_if(names, inside);
    const auto at = std::find_if(names.begin(), names.end(),
                                 [&](const NameSpan& name) { return name.first_token > open; });
    names.insert(at, {open + 1, close, "MISC", 1.0});
    open = quote;
  }
}

// Names typed by their form: the title of a work in quotes ("Knuck If You Buck", unless a
// publisher noun stands before it: the newspaper "Die Zeit"), a name after a work noun ("the
// programme Évole"), a show named after its host ("Andrew Marr Show"), agreements and laws ("Paris
// Agreement") and events ("World Cup") are MISC; a MISC name that ends in an organisation's head
// word is ORG.
void TypeByForm(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  JoinQuotedTitles(tokens, names);
  for (NameSpan& name : names) {
    const std::size_t first = name.first_token, end = name.end_token;
    const bool quoted =
        first > 0 && end < tokens.size() && IsOpeningQuote(tokens[first - 1].text) &&
        IsClosingQuote(tokens[end].text) && !(first > 1 && IsPublisherNoun(tokens[first - 2].text));
    // "the BBC's Andrew Marr Show": a show named after its host.
    if (end < tokens.size() && tokens[end].text == "Show" && !Overlaps(names, end, end + 1))
      name.end_token = end + 1;
    const bool work = first > 0 && IsWorkNoun(tokens[first - 1].text);
    if (quoted || work || name.end_token > end || IsAgreementWord(tokens[end - 1].text) ||
        IsEventHead(tokens[end - 1].text)) {
      name.type = "MISC";
    } else if (name.type == "MISC" && end > first + 1 && IsOrganisationHead(tokens[end - 1].text)) {
      name.type = "ORG";  // "the Syrian Democratic Forces", not a nationality
    }
  }
}

// Acronyms of common nouns the model takes for names ("DNA", "G.D.P.", "GIFs").
// resources/photo_credits.txt: normalised agency and library names, and which are libraries.
struct PhotoCredits {
  std::unordered_set<std::string> names;
  std::unordered_set<std::string> libraries;
};

const PhotoCredits& PhotoCreditNames() {
  static const PhotoCredits credits = [] {
    PhotoCredits out;
    for (std::string_view line : SplitLines(EmbeddedResource("photo_credits.txt"))) {
      if (Trim(line).empty() || line[0] == '#') continue;
      const std::vector<std::string_view> fields = Split(line, '\t');
      if (fields.size() != 2) continue;
      out.names.insert(NormalizeName(fields[1]));
      if (fields[0] == "library") out.libraries.insert(NormalizeName(fields[1]));
    }
    return out;
  }();
  return credits;
}

// True for a name that credits a photo: it holds "<someone>/<agency>" ("Ludovic Marin/AFP",
// "Marin/Getty Images"), or it is a picture library's name ("Getty Images").
bool IsPhotoCredit(const std::vector<Token>& tokens, const NameSpan& name) {
  const PhotoCredits& credits = PhotoCreditNames();
  const std::string whole = NormalizeName(SpanText(tokens, name.first_token, name.end_token));
  if (credits.libraries.count(whole)) return true;
  for (std::size_t t = name.first_token; t < name.end_token && t < tokens.size(); ++t) {
    const std::size_t slash = tokens[t].text.rfind('/');
    if (slash == std::string::npos || slash + 1 >= tokens[t].text.size()) continue;
    std::string rest = tokens[t].text.substr(slash + 1);
    for (std::size_t k = t + 1; k < name.end_token + 2 && k < tokens.size(); ++k) {
      if (credits.names.count(NormalizeName(rest))) return true;
      rest += " " + tokens[k].text;
    }
    if (credits.names.count(NormalizeName(rest))) return true;
  }
  return false;
}

void DropPhotoCredits(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  std::erase_if(names, [&](const NameSpan& name) { return IsPhotoCredit(tokens, name); });
}

const std::unordered_set<std::string>& CommonAcronyms() {
  static const std::unordered_set<std::string> words = EmbeddedWordList("common_acronyms.txt");
  return words;
}

// "DNA", "G.D.P.", "GIFs": the acronym's letters without periods or a plural "s".
std::string AcronymLetters(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (c != '.') letters += c;
  }
  if (letters.size() > 2 && letters.back() == 's') letters.pop_back();
  return letters;
}

// Drops one-word names that are acronyms of common nouns.
void DropCommonAcronyms(const std::vector<Token>& tokens, std::vector<NameSpan>& names) {
  std::erase_if(names, [&](const NameSpan& name) {
    return name.end_token == name.first_token + 1 &&
           CommonAcronyms().count(AcronymLetters(tokens[name.first_token].text)) > 0;
  });
}

// Names typed by their place in the sentence. A name ending in a geographic or landmark head word
// is a place ("Celtic Sea"). A one-word place the model guessed (the dictionary does not know it)
// is a person when a reflexive or a verb of thought follows ("Plato thought"), when it is apposed
// to a kinship noun ("his wife, Alice,"), when an age is apposed ("Jutting, now 31,") or when it
// is coordinated with a person ("Sulla and Trump"); a capitalised word the model left out is a
// person in the same places and as the speaker after a quote ("'...,' says Pall."). The words
// made persons by these contexts are added to `context_persons`.
void TypeByContext(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                   std::vector<NameSpan>& names, std::unordered_set<std::string>& context_persons) {
  auto is_number = [](std::string_view word) {
    return !word.empty() &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto person_at = [&](std::size_t t) {
    const std::size_t n = tokens.size();
    const std::string_view next = t + 1 < n ? std::string_view(tokens[t + 1].text) : "";
    if (next == "himself" || next == "herself") return true;
    // "Management believes": a common word is no one's name.
    if (IsPersonVerb(next) && !IsCommonWord(tokens[t].text)) return true;
    if (t >= 2 && tokens[t - 1].text == "," && IsKinNoun(tokens[t - 2].text) &&
        (next == "," || next == "."))
      return true;
    // "Jutting, now 31,": an age, not a year ("Jan-Dec, 1986,").
    std::size_t age = t + 2;
    if (age < n && tokens[age].text == "now") ++age;
    return next == "," && age + 1 < n && is_number(tokens[age].text) &&
           tokens[age].text.size() <= 3 && tokens[age + 1].text == ",";
  };
  for (std::size_t n = 0; n < names.size(); ++n) {
    NameSpan& name = names[n];
    // "the Irish Seas": a nationality word before a place head word opens the place's name.
    const std::size_t after = name.end_token;
    if (name.type == "MISC" && after < tokens.size() && IsPlaceHead(tokens[after].text) &&
        !Overlaps(names, after, after + 1)) {
      name.end_token = after + 1;
    }
    if (name.type != "PER" && name.end_token > name.first_token + 1 &&
        IsPlaceHead(tokens[name.end_token - 1].text)) {
      name.type = "LOC";
      continue;
    }
    // A place the model guessed, not one after a preposition ("in Liege said").
    const std::size_t t = name.first_token;
    if (name.end_token != t + 1 || name.type != "LOC" || (t > 0 && tokens[t - 1].pos == "IN"))
      continue;
    const std::string& word = tokens[t].text;
    if (person_at(t) && !IsAllCaps(word) && dictionary.Find(word) == nullptr) {
      name.type = "PER";
      context_persons.insert(word);
    }
  }
  // "Sulla and Trump": a guessed place coordinated with a person is a person, unless the pair
  // closes a longer list ("Nowruz, Cyrus and Ardeshir"), follows a preposition ("Craig of Idaho and
  // Bolter") or names a firm ("Johnson and Johnson").
  auto pair_of_persons = [&](const NameSpan& first, const NameSpan& second) {
    return first.end_token + 1 == second.first_token && tokens[first.end_token].text == "and" &&
           !(first.first_token > 0 && (tokens[first.first_token - 1].text == "," ||
                                       IsPlacePreposition(tokens[first.first_token - 1].text))) &&
           SpanText(tokens, first.first_token, first.end_token) !=
               SpanText(tokens, second.first_token, second.end_token);
  };
  for (std::size_t n = 0; n < names.size(); ++n) {
    NameSpan& name = names[n];
    const std::size_t t = name.first_token;
    if (name.end_token != t + 1 || name.type != "LOC" || tokens[t].text.size() < 3 ||
        IsAllCaps(tokens[t].text) || dictionary.Find(tokens[t].text) != nullptr)
      continue;
    if ((n + 1 < names.size() && names[n + 1].type == "PER" &&
         pair_of_persons(name, names[n + 1])) ||
        (n > 0 && names[n - 1].type == "PER" && pair_of_persons(names[n - 1], name)))
      name.type = "PER";
  }
  // A capitalised word the model left out, in a person's place, is a person's name.
  bool added = false;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const std::string& word = tokens[t].text;
    const bool reflexive = t + 1 < tokens.size() &&
                           (tokens[t + 1].text == "himself" || tokens[t + 1].text == "herself");
    // "'...,' says Pall.": the word after a quote's speech verb that ends the clause.
    const bool speaker = t >= 2 && (tokens[t - 1].text == "says" || tokens[t - 1].text == "said") &&
                         IsClosingQuote(tokens[t - 2].text) && t + 1 < tokens.size() &&
                         (tokens[t + 1].text == "." || tokens[t + 1].text == ",");
    if ((tokens[t].pos != "NNP" && !reflexive) || !StartsWithUpper(word) || IsAllCaps(word) ||
        word.size() < 3 || IsCalendarWord(word) || !(speaker || person_at(t)) ||
        Overlaps(names, t, t + 1) || dictionary.Find(word) != nullptr)
      continue;
    names.push_back({t, t + 1, "PER", 1.0});
    context_persons.insert(word);
    added = true;
  }
  if (added) {
    SortByPosition(names);
  }
}

// The nationality, regional and religious group words of resources/gazetteers/demonyms.txt and
// resources/group_words.txt.
const std::unordered_set<std::string>& GroupWords() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out = EmbeddedWordList("gazetteers/demonyms.txt");
    out.merge(EmbeddedWordList("group_words.txt"));
    return out;
  }();
  return words;
}

// The names listed in resources/gazetteers/organisations.txt, and for each first word the most
// words a listed name has.
struct OrganisationList {
  std::unordered_set<std::string> names;
  std::unordered_map<std::string, std::size_t> longest;
  std::bitset<256> first_bytes;  // the first bytes of the names, to skip most tokens unhashed
};

const OrganisationList& Organisations() {
  static const OrganisationList list = [] {
    OrganisationList out;
    out.names = EmbeddedWordList("gazetteers/organisations.txt");
    for (const std::string& name : out.names) {
      const std::vector<std::string_view> words = Split(name, ' ');
      out.first_bytes.set(static_cast<unsigned char>(name[0]));
      std::size_t& longest = out.longest[std::string(words[0])];
      longest = std::max(longest, words.size());
    }
    return out;
  }();
  return list;
}

// "within the Senate's rules": a listed organisation the model left out is that organisation
// (a one-word name only after the sentence's first word), and so is one it took for a person or
// for a place the dictionary does not know.
void AddListedOrganisations(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                            std::vector<NameSpan>& names) {
  const OrganisationList& list = Organisations();
  for (NameSpan& name : names) {
    if (name.type != "PER" && name.type != "LOC") continue;
    const std::string text = SpanText(tokens, name.first_token, name.end_token);
    // "Adidas is helping", "on Twitter"; a listed name the dictionary knows as a place ("White
    // House") stays one.
    if (list.names.count(text) && (name.type == "PER" || dictionary.Find(text) == nullptr))
      name.type = "ORG";
  }
  bool added = false;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!list.first_bytes.test(static_cast<unsigned char>(tokens[t].text[0]))) continue;
    const auto first_word = list.longest.find(tokens[t].text);
    if (first_word == list.longest.end() || Overlaps(names, t, t + 1)) continue;
    for (std::size_t end = std::min(tokens.size(), t + first_word->second); end > t; --end) {
      if ((end == t + 1 && t == 0) || Overlaps(names, t, end) ||
          !list.names.count(SpanText(tokens, t, end)))
        continue;
      names.push_back({t, end, "ORG", 1.0});
      added = true;
      t = end - 1;
      break;
    }
  }
  if (added) {
    SortByPosition(names);
  }
}

// "Ukrainians", "Syrian", "Muslim": a nationality or group word alone is a nationality (MISC),
// never an actor.
void TypeNationalities(const std::vector<Token>& tokens, const ActorDictionary& dictionary,
                       std::vector<NameSpan>& names) {
  for (NameSpan& name : names) {
    if (name.end_token != name.first_token + 1) continue;
    std::string_view word = tokens[name.first_token].text;
    if (IsAllCaps(word) || dictionary.Find(word) != nullptr) continue;  // "U.S.", "Georgia"
    if (dictionary.IsDemonym(word) || GroupWords().count(std::string(word)) ||
        (word.size() > 4 && word.back() == 's' &&
         dictionary.IsDemonym(word.substr(0, word.size() - 1)))) {
      name.type = "MISC";
    }
  }
}

// Within one document, the surname of a person named in full is that person wherever it stands
// alone: an unnamed "Jutting" after "Rurik Jutting" becomes a person, and so does a one-word name
// of another type ("Duffy's trial" after "Mike Duffy"), but not a place the dictionary knows where
// it stands as a place ("in Ireland", "Ireland and Scotland" after "James Ireland"). So is a word
// that a person's context made a person (`context_persons`, "Jutting, now 31,") wherever the model
// left the word out.
void SpreadSurnames(const std::vector<Sentence>& sentences, const ActorDictionary& dictionary,
                    const std::unordered_set<std::string>& context_persons,
                    std::vector<std::vector<NameSpan>>& names) {
  std::unordered_set<std::string> surnames;
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    for (const NameSpan& name : names[s]) {
      const std::string& last = sentences[s].tokens[name.end_token - 1].text;
      if (name.type == "PER" && name.end_token > name.first_token + 1 && last.size() > 2 &&
          StartsWithUpper(last) && !IsAllCaps(last)) {
        surnames.insert(last);
      }
    }
  }
  if (surnames.empty() && context_persons.empty()) return;
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    bool added = false;
    for (std::size_t n = 0; n < names[s].size(); ++n) {
      NameSpan& name = names[s][n];
      const std::size_t t = name.first_token;
      if (name.end_token != t + 1 || !surnames.count(tokens[t].text)) continue;
      // A known place that stands as a place stays one: after a place preposition, or next to
      // another place ("Ireland and Scotland players").
      auto place_at = [&](std::size_t k) {
        return k < names[s].size() && names[s][k].type == "LOC";
      };
      auto joins = [&](std::size_t k) { return tokens[k].text == "and" || tokens[k].text == ","; };
      const bool possessive = t + 1 < tokens.size() && IsPossessive(tokens[t + 1].text);
      const bool placed =
          name.type == "LOC" && dictionary.Find(tokens[t].text) != nullptr &&
          ((t > 0 && IsPlacePreposition(tokens[t - 1].text) && !possessive) ||
           (place_at(n + 1) && names[s][n + 1].first_token == t + 2 && joins(t + 1)) ||
           (n > 0 && place_at(n - 1) && names[s][n - 1].end_token + 1 == t && joins(t - 1)));
      if (!placed) name.type = "PER";
    }
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if ((!surnames.count(tokens[t].text) && !context_persons.count(tokens[t].text)) ||
          Overlaps(names[s], t, t + 1))
        continue;
      names[s].push_back({t, t + 1, "PER", 1.0});
      added = true;
    }
    if (added) {
      SortByPosition(names[s]);
    }
  }
}

}  // namespace

bool IsTitleCaseHeadline(const Sentence& sentence) {
  std::size_t words = 0, capitalised = 0, capitals = 0;
  for (const Token& token : sentence.tokens) {
    unsigned char c = static_cast<unsigned char>(token.text[0]);
    if (!std::isalpha(c)) continue;
    ++words;
    if (std::isupper(c)) ++capitalised;
    if (IsAllCaps(token.text) && token.text.size() > 1) ++capitals;
  }
  const std::string& last = sentence.tokens.back().text;
  return words >= 3 && capitalised * 10 >= words * 7 && capitals * 2 < words && last != "." &&
         last != "!" && last != "?";
}

void RepairNames(const std::vector<Sentence>& sentences, const ActorDictionary& dictionary,
                 std::vector<std::vector<NameSpan>>& names) {
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    JoinCutNames(sentences[s].tokens, dictionary, names[s]);
    JoinAcronymDefinitions(sentences[s].tokens, names[s]);
    NameAfterHonorifics(sentences[s].tokens, names[s]);
    DropOfficeWords(sentences[s].tokens, names[s]);
    DropAffiliationCompounds(sentences[s].tokens, names[s]);
    SplitKnownEndings(sentences[s].tokens, dictionary, names[s]);
  }

  // Words of the names found outside headlines, with the type of the name they belong to.
  std::unordered_set<std::string> context_persons;  // one-word persons found by their context
  std::vector<bool> headline(sentences.size());
  std::unordered_map<std::string, std::string> body_words;
  bool has_body = false;
  bool opening = true;  // headlines open a document; later title-case lines are tables, lists
  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    headline[s] = opening && !sentences[s].tokens.empty() && IsTitleCaseHeadline(sentences[s]);
    if (headline[s]) continue;
    opening = false;
    has_body = true;
    for (const NameSpan& name : names[s]) {
      for (std::size_t t = name.first_token; t < name.end_token; ++t)
        body_words.emplace(sentences[s].tokens[t].text, name.type);
    }
  }

  for (std::size_t s = 0; s < sentences.size() && s < names.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    std::vector<NameSpan> repaired;
    for (NameSpan& name : names[s]) {
      if (name.type == "MISC") {
        const ActorEntry* entry =
            dictionary.Find(SpanText(tokens, name.first_token, name.end_token));
        if (entry != nullptr && IsActorType(entry->type)) name.type = ConllType(entry->type);
      }
      if (!headline[s] || !has_body) {
        repaired.push_back(std::move(name));
        continue;
      }
      // Keep the runs of known name words; a dictionary name counts whole.
      std::size_t t = name.first_token;
      while (t < name.end_token) {
        const ActorEntry* entry = nullptr;
        std::size_t length = std::min(dictionary.MatchAt(tokens, t, &entry), name.end_token - t);
        if (length > 0 && entry != nullptr) {
          repaired.push_back({t, t + length, std::string(ConllType(entry->type)), name.confidence});
          t += length;
          continue;
        }
        auto known = body_words.find(tokens[t].text);
        if (known == body_words.end()) {
          ++t;
          continue;
        }
        std::size_t end = t + 1;
        while (end < name.end_token && body_words.count(tokens[end].text)) ++end;
        repaired.push_back({t, end, known->second, name.confidence});
        t = end;
      }
    }
    names[s] = std::move(repaired);
    DropCommonAcronyms(tokens, names[s]);
    DropPhotoCredits(tokens, names[s]);
    TypeByForm(tokens, names[s]);
    TypeNationalities(tokens, dictionary, names[s]);
    AddListedOrganisations(tokens, dictionary, names[s]);
    TypeByContext(tokens, dictionary, names[s], context_persons);
  }
  SpreadSurnames(sentences, dictionary, context_persons, names);
}

}  // namespace newsgraph
