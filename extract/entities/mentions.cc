#include "extract/entities/mentions.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "extract/text/names.h"
#include "extract/text/text_util.h"
#include "resources/embedded.h"

namespace newsgraph {
namespace {

// Words that mark a location rather than a political entity.
bool IsLocationWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "river",       "sea",        "ocean",   "mountains", "mountain",      "gulf",    "valley",
      "desert",      "island",     "islands", "peninsula", "lake",          "strait",  "bay",
      "region",      "caucasus",   "coast",   "basin",     "plain",         "plateau", "hills",
      "canal",       "channel",    "straits", "heights",   "highlands",     "delta",   "balkans",
      "sahara",      "himalayas",  "alps",    "arctic",    "europe",        "asia",    "africa",
      "east",        "antarctica", "oceania", "caribbean", "mediterranean", "pacific", "atlantic",
      "scandinavia", "sinai",      "kashmir", "donbas",    "crimea"};
  return kWords.count(lower) > 0;
}

// Punctuation after which a word opens a sentence of its own: quotes, dashes, a colon and the
// bracket closing a speaker's label.
bool IsOpeningPunctuation(std::string_view token) {
  static const std::unordered_set<std::string_view> kTokens = {
      "\"", "``", "\xE2\x80\x9C", "'",           "\xE2\x80\x98", ")", "))", "]", ":",
      "-",  "--", "\xE2\x80\x94", "\xE2\x80\x93"};
  return kTokens.count(token) > 0;
}

// Closed-class words that open sentences capitalised and are never names on their own.
bool IsFunctionWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "who",     "what",      "why",     "how",     "when",  "where",  "which",  "much",
      "many",    "hey",       "yes",     "no",      "oh",    "well",   "so",     "but",
      "and",     "or",        "yet",     "still",   "this",  "that",   "these",  "those",
      "there",   "here",      "some",    "most",    "all",   "each",   "every",  "any",
      "none",    "both",      "such",    "even",    "only",  "just",   "also",   "then",
      "now",     "today",     "after",   "before",  "while", "if",     "though", "although",
      "instead", "meanwhile", "however", "perhaps", "maybe", "please", "thanks", "okay",
      "ok",      "tell",      "let",     "look",    "sorry", "sure",   "right",  "actually"};
  return kWords.count(lower) > 0;
}

bool IsInstitutionWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "ministry",  "government", "parliament", "council",    "court",
      "committee", "commission", "agency",     "department", "office",
      "embassy",   "cabinet",    "assembly",   "bank",       "interior",
      "army",      "police",     "navy",       "presidency", "administration"};
  return kWords.count(lower) > 0;
}

bool IsCompassWord(std::string_view lower) {
  return lower == "north" || lower == "south" || lower == "east" || lower == "west" ||
         lower == "northern" || lower == "southern" || lower == "eastern" || lower == "western" ||
         lower == "central" || lower == "northeast" || lower == "northwest" ||
         lower == "southeast" || lower == "southwest";
}

bool IsPersonPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "him" || lower == "her";
}


// A document's full person names, looked up by what they end with. Building it normalises each
// name once, and a lookup scans only names sharing the key's last word, once per distinct key:
// linear in the document where comparing every short name with every full name was quadratic.
class FullNamesBySurname {
 public:
  explicit FullNamesBySurname(const std::vector<std::string>& full_names) {
    std::unordered_set<std::string_view> seen;
    for (const std::string& full : full_names) {
      if (!seen.insert(full).second) continue;
      std::string key = NormalizeName(full);
      by_last_word_[LastWord(key)].push_back({std::move(key), &full});
    }
  }

  // The only full name whose normalised form ends with the word(s) of `key` (a normalised name)
  // and is longer; null when none or several do.
  const std::string* Unique(const std::string& key) {
    const auto [cached, added] = cache_.emplace(key, nullptr);
    if (!added || key.empty()) return cached->second;
    const auto bucket = by_last_word_.find(LastWord(key));
    if (bucket == by_last_word_.end()) return nullptr;
    const std::string suffix = " " + key;
    const std::string* match = nullptr;
    for (const auto& [full_key, full] : bucket->second) {
      if (full_key.size() <= key.size() || !full_key.ends_with(suffix)) continue;
      if (match != nullptr) return cached->second = nullptr;
      match = full;
    }
    return cached->second = match;
  }

 private:
  static std::string LastWord(std::string_view key) {
    const std::size_t space = key.rfind(' ');
    return std::string(space == std::string_view::npos ? key : key.substr(space + 1));
  }

  std::unordered_map<std::string, std::vector<std::pair<std::string, const std::string*>>>
      by_last_word_;
  std::unordered_map<std::string, const std::string*> cache_;
};

}  // namespace

std::string Surface(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i) {
    if (i > first && tokens[i].span.begin > tokens[i - 1].span.end) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

void AddInDocumentOrder(std::vector<Mention>&& added, std::vector<Mention>& mentions) {
  for (Mention& mention : added) mentions.push_back(std::move(mention));
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.span.begin < b.span.begin;
  });
}

bool IsSingularFirstPerson(std::string_view lower) {
  return lower == "i" || lower == "me" || lower == "my";
}

bool IsPluralFirstPerson(std::string_view lower) {
  return lower == "we" || lower == "us" || lower == "our";
}

MentionFinder::MentionFinder(const ActorDictionary& dictionary)
    : dictionary_(dictionary),
      state_bodies_(dictionary),
      descriptions_(dictionary),
      titles_(EmbeddedWordList("titles.txt")),
      group_nouns_(EmbeddedWordList("group_nouns.txt")) {
  for (std::string_view noun :
       {"forces",   "troops",     "army",          "military",   "coalition",    "separatists",
        "rebels",   "militants",  "insurgents",    "fighters",   "soldiers",     "militia",
        "militias", "guerrillas", "jihadists",     "extremists", "terrorists",   "regime",
        "junta",    "protesters", "demonstrators", "militiamen", "peacekeepers", "police"})
    generic_nouns_.emplace(noun);
  for (const std::string& title : titles_) {
    std::size_t words = 1;
    for (std::string_view word : Split(title, ' ')) {
      title_words_.emplace(word);
      ++words;
    }
    max_title_tokens_ = std::max(max_title_tokens_, words);
  }
  LoadActorGroups();
}

void MentionFinder::LoadActorGroups() {
  std::size_t line_number = 0;
  for (std::string_view line : SplitLines(EmbeddedResource("actor_groups.tsv"))) {
    ++line_number;
    if (Trim(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    const bool body = fields.size() == 4 && (fields[3] == "alone" || fields[3] == "the");
    if ((fields.size() == 3 || body) && fields[0] == "group") {
      group_sectors_.emplace(ToLower(fields[1]), fields[2]);
      if (fields[1].find(' ') == std::string_view::npos) group_nouns_.insert(ToLower(fields[1]));
      if (body) state_bodies_.AddBody(ToLower(fields[1]), fields[2], fields[3] == "the");
    } else if (fields.size() == 4 && fields[0] == "institution" &&
               dictionary_.Find(fields[3]) != nullptr) {
      institutions_[NormalizeName(fields[1])] = {dictionary_.Find(fields[3])->name,
                                                 std::string(fields[2])};
    } else {
      throw std::runtime_error("resources/actor_groups.tsv:" + std::to_string(line_number) +
                               ": expected group<TAB>phrase<TAB>sector[<TAB>alone|the] or "
                               "institution<TAB>name<TAB>sector<TAB>known state");
    }
  }
}

std::string MentionFinder::GroupSector(const std::vector<Token>& tokens, std::size_t first,
                                       std::size_t end) const {
  for (std::size_t start = first; start < end; ++start) {
    std::string phrase;
    for (std::size_t i = start; i < end; ++i) {
      if (i > start) phrase += ' ';
      phrase += ToLower(tokens[i].text);
    }
    if (auto it = group_sectors_.find(phrase); it != group_sectors_.end()) return it->second;
  }
  return "";
}

std::size_t MentionFinder::TitleAt(const std::vector<Token>& tokens, std::size_t first) const {
  std::size_t best = 0;
  std::string phrase;
  for (std::size_t count = 1; count <= max_title_tokens_ && first + count <= tokens.size();
       ++count) {
    if (count > 1) phrase += ' ';
    phrase += ToLower(tokens[first + count - 1].text);
    if (titles_.count(phrase)) best = count;
  }
  return best;
}

std::size_t MentionFinder::TitleBefore(const std::vector<Token>& tokens, std::size_t end) const {
  std::size_t best = 0;
  std::string phrase;
  for (std::size_t count = 1; count <= max_title_tokens_ && count <= end; ++count) {
    std::string word = ToLower(tokens[end - count].text);
    phrase = count == 1 ? word : word + " " + phrase;
    if (titles_.count(phrase)) best = count;
  }
  if (best == 0) return 0;
  // A nationality or country before the title belongs to it ("Russian Deputy Foreign Minister"),
  // and so does a known organisation ("Labour MP", "Lib Dem spokesman").
  if (best < end && (dictionary_.IsDemonym(tokens[end - best - 1].text))) return best + 1;
  for (std::size_t words = std::min<std::size_t>(3, end - best); words > 0; --words) {
    const std::size_t start = end - best - words;
    if (!StartsWithUpper(tokens[start].text)) continue;
    const ActorEntry* entry = dictionary_.Find(Surface(tokens, start, end - best));
    if (entry != nullptr && entry->type == EntityType::kOrganization) return best + words;
  }
  return best;
}

// One sentence's mentions while MentionFinder::Find collects them, each token in one at most.
struct MentionFinder::SentenceMentions {
  SentenceMentions(const std::vector<Token>& sentence_tokens, std::size_t sentence_index)
      : tokens(sentence_tokens), s(sentence_index), covered(sentence_tokens.size(), false) {}

  // Adds the mention of tokens [first, end); an empty `canonical` stands for its text.
  void Add(std::size_t first, std::size_t end, EntityType type, MentionKind kind,
           std::string canonical, std::string title) {
    Mention mention;
    mention.span = {tokens[first].span.begin, tokens[end - 1].span.end};
    mention.text = Surface(tokens, first, end);
    mention.type = type;
    mention.kind = kind;
    mention.sentence = s;
    mention.first_token = first;
    mention.end_token = end;
    mention.title = std::move(title);
    mention.canonical = canonical.empty() ? mention.text : std::move(canonical);
    for (std::size_t i = first; i < end; ++i) covered[i] = true;
    found.push_back(std::move(mention));
  }

  const std::vector<Token>& tokens;
  std::size_t s;
  std::vector<bool> covered;
  std::vector<Mention> found;  // in any order
};

namespace {

// Tokens inside a nationality name of the NER model ("Fijian"), which may modify a group.
std::vector<bool> NationalityTokens(const std::vector<Token>& tokens,
                                    const std::vector<NameSpan>& names) {
  std::vector<bool> nationality(tokens.size(), false);
  for (const NameSpan& name : names) {
    if (ParseEntityType(name.type) != EntityType::kNorp) continue;
    for (std::size_t i = name.first_token; i < name.end_token && i < tokens.size(); ++i)
      nationality[i] = true;
  }
  return nationality;
}

// More than half the sentence's tokens are in capitals (a headline).
bool IsHeadlineCaps(const std::vector<Token>& tokens) {
  return std::count_if(tokens.begin(), tokens.end(),
                       [](const Token& t) { return IsAllCaps(t.text) && t.text.size() > 1; }) *
             2 >
         static_cast<long>(tokens.size());
}

// Short forms: a defined acronym takes its full name, and a one-word person or organisation name
// the one person of the document with that surname.
void ResolveShortForms(const std::map<std::string, std::string>& acronyms,
                       std::vector<Mention>& mentions) {
  std::vector<std::string> person_names;  // full names (two words or more), in document order
  for (const Mention& mention : mentions) {
    if (mention.type == EntityType::kPerson && mention.kind == MentionKind::kName &&
        mention.end_token - mention.first_token >= 2)
      person_names.push_back(mention.canonical);
  }
  FullNamesBySurname full_names(person_names);
  for (Mention& mention : mentions) {
    if (auto it = acronyms.find(mention.text); it != acronyms.end()) {
      mention.canonical = it->second;
    } else if ((mention.type == EntityType::kPerson ||
                mention.type == EntityType::kOrganization) &&
               mention.kind == MentionKind::kName &&
               mention.end_token - mention.first_token == 1) {
      if (const std::string* match = full_names.Unique(NormalizeName(mention.text))) {
        mention.canonical = *match;
        mention.type = EntityType::kPerson;  // a surname the model took for an organisation
      }
    }
  }
}

// A pronoun's antecedent is the first person named or described earlier in its sentence
// (usually the subject), else the first person of the nearest earlier sentence that has one.
void ResolvePersonPronouns(std::vector<Mention>& mentions) {
  const Mention* sentence_first_person = nullptr;
  const Mention* previous_first_person = nullptr;
  std::size_t current_sentence = static_cast<std::size_t>(-1);
  for (Mention& mention : mentions) {
    if (mention.sentence != current_sentence) {
      if (sentence_first_person != nullptr) previous_first_person = sentence_first_person;
      sentence_first_person = nullptr;
      current_sentence = mention.sentence;
    }
    if (mention.kind == MentionKind::kPronoun) {
      const Mention* antecedent =
          sentence_first_person != nullptr ? sentence_first_person : previous_first_person;
      if (antecedent != nullptr && IsPersonPronoun(ToLower(mention.text)))
        mention.canonical = antecedent->canonical;
      continue;
    }
    if (mention.type == EntityType::kPerson && sentence_first_person == nullptr)
      sentence_first_person = &mention;
  }
}

// A bare group noun stands for the nearest earlier group in the document with the same head
// noun ("the coalition" -> "U.S.-led coalition").
void ResolveBareGroupNouns(const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) {
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    Mention& mention = mentions[m];
    if (mention.kind != MentionKind::kNominal || mention.end_token - mention.first_token != 1 ||
        mention.canonical != mention.text)
      continue;
    std::string head = ToLower(mention.text);
    for (std::size_t k = m; k > 0; --k) {
      const Mention& earlier = mentions[k - 1];
      if (earlier.end_token - earlier.first_token < 2 || earlier.kind != MentionKind::kNominal)
        continue;
      const std::vector<Token>& tokens = sentences[earlier.sentence].tokens;
      if (ToLower(tokens[earlier.end_token - 1].text) == head) {
        mention.canonical = earlier.canonical;
        mention.type = earlier.type;
        mention.sector = earlier.sector;
        break;
      }
    }
  }
}

// Third-person pronouns with no antecedent are dropped.
void DropUnresolvedPersonPronouns(std::vector<Mention>& mentions) {
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const Mention& m) {
                                  return m.kind == MentionKind::kPronoun && m.canonical == m.text &&
                                         IsPersonPronoun(ToLower(m.text));
                                }),
                 mentions.end());
}

}  // namespace

std::vector<Mention> MentionFinder::Find(const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<NameSpan>>& names) const {
  static const std::vector<NameSpan> kNoNames;
  std::vector<Mention> mentions;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    SentenceMentions sentence(sentences[s].tokens, s);
    const std::vector<NameSpan>& sentence_names = s < names.size() ? names[s] : kNoNames;
    AddGroups(sentence, NationalityTokens(sentence.tokens, sentence_names));
    AddNames(sentence, sentence_names);
    AddParticipleCompounds(sentence);
    if (!IsHeadlineCaps(sentence.tokens)) AddDictionaryNames(sentence);
    AddPronouns(sentence);
    std::sort(sentence.found.begin(), sentence.found.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    for (Mention& mention : sentence.found) mentions.push_back(std::move(mention));
  }
  ResolveShortForms(DefinedAcronyms(sentences, mentions), mentions);
  descriptions_.Resolve(sentences, mentions);
  ResolvePersonPronouns(mentions);
  ResolveBareGroupNouns(sentences, mentions);
  // A state's institution named for its executive ("the Kremlin") is the state, with a sector.
  for (Mention& mention : mentions) {
    if (mention.kind != MentionKind::kName) continue;
    auto it = institutions_.find(NormalizeName(mention.text));
    if (it == institutions_.end()) continue;
    mention.canonical = it->second.state;
    mention.sector = it->second.sector;
  }
  DropUnresolvedPersonPronouns(mentions);
  anaphors_.Resolve(sentences, mentions);
  state_bodies_.Resolve(sentences, mentions);
  return mentions;
}

// Actor groups first: they take precedence over the nationality words inside them.
void MentionFinder::AddGroups(SentenceMentions& sentence,
                              const std::vector<bool>& nationality) const {
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string lower = ToLower(tokens[i].text);
    if (!group_nouns_.count(lower)) continue;
    std::size_t end = i + 1;
    while (end < tokens.size() && group_nouns_.count(ToLower(tokens[end].text))) ++end;
    bool lower_case = !StartsWithUpper(tokens[end - 1].text);
    std::size_t first = i;
    bool nationality_only = true;
    const ActorEntry* country = nullptr;
    while (first > 0) {
      const std::string& word = tokens[first - 1].text;
      std::string word_lower = ToLower(word);
      if (const ActorEntry* entry = dictionary_.CountryOfDemonym(word); entry != nullptr) {
        country = country ? country : entry;
      } else if (word_lower.rfind("pro-", 0) == 0 || word_lower.rfind("anti-", 0) == 0 ||
                 word_lower.ends_with("-led") || word_lower.ends_with("-backed")) {
        nationality_only = false;
      } else if (lower_case && nationality[first - 1]) {
        nationality_only = false;  // a nationality the dictionary does not know
      } else {
        break;
      }
      --first;
    }
    if (first == i) {
      // A bare group noun ("the army", "rebels") is a nominal actor when it is written in lower
      // case (or opens the sentence) and names an armed or political group.
      // So is a lower-case run of group nouns with such a head ("coalition forces").
      bool sentence_start = i == 0 || (i == 1 && tokens[0].pos == "DT");
      if (generic_nouns_.count(ToLower(tokens[end - 1].text)) &&
          (lower_case || (end == i + 1 && sentence_start)) &&
          !(i > 0 && (tokens[i - 1].pos == "PRP$" || tokens[i - 1].pos == "POS"))) {
        sentence.Add(i, end, EntityType::kOrganization, MentionKind::kNominal, "", "");
      }
      i = end - 1;
      continue;
    }
    const std::string sector = GroupSector(tokens, i, end);
    if (nationality_only && country != nullptr && !sector.empty()) {
      sentence.Add(first, end, EntityType::kGpe, MentionKind::kNominal, country->name, "");
      sentence.found.back().sector = sector;
    } else {
      sentence.Add(first, end, EntityType::kOrganization, MentionKind::kNominal, "", "");
    }
    i = end - 1;
  }
}

void MentionFinder::AddParticipleCompounds(SentenceMentions& sentence) const {
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& word = tokens[i].text;
    if (sentence.covered[i] || CompoundParticiple(word).empty()) continue;
    if (StateOfAdjective(dictionary_, CompoundModifier(word)).empty()) continue;
    sentence.Add(i, i + 1, EntityType::kNorp, MentionKind::kName, "", "");
  }
}

// Names from the NER model.
void MentionFinder::AddNames(SentenceMentions& sentence, const std::vector<NameSpan>& names) const {
  const std::vector<Token>& tokens = sentence.tokens;
  for (const NameSpan& name : names) {
    std::size_t first = name.first_token;
    std::size_t end = std::min(name.end_token, tokens.size());
    if (first >= end) continue;
    bool overlaps = false;
    for (std::size_t i = first; i < end; ++i) overlaps = overlaps || sentence.covered[i];
    if (overlaps) continue;
    // A capitalised function word opening a sentence ("Who", "Much"), a quote or a speaker's
    // turn in an interview ("((WN)) Tell me", "((Derakhshani)) Well,") is not a name.
    const bool opens = first == 0 || IsOpeningPunctuation(tokens[first - 1].text);
    if (end - first == 1 && opens && IsFunctionWord(ToLower(tokens[first].text))) continue;
    // An institution word alone ("the Ministry", "the Government") names no one in particular.
    if (end - first == 1 && IsInstitutionWord(ToLower(tokens[first].text))) continue;
    EntityType type = ParseEntityType(name.type);
    std::string title;
    // "Labour MP Barry Sheerman": an organisation's span that opens with a title of two words
    // or more before a name of two words or more is that person's, with the title. A one-word
    // title opens organisations' names too ("General Motors", "General Agreement on ...").
    if (type == EntityType::kOrganization && end - first >= 4) {
      for (std::size_t k = end - 2; k >= first + 2; --k) {
        const std::size_t length = TitleBefore(tokens, k);
        if (length > 0 && k - length == first && StartsWithUpper(tokens[k].text) &&
            !IsAllCaps(tokens[k].text)) {
          type = EntityType::kPerson;
          break;
        }
      }
    }
    if (type == EntityType::kPerson) {
      // Titles inside the span ("President Vladimir Putin") move to the title attribute.
      std::size_t inner = 0;
      for (std::size_t k = end; k > first; --k) {
        std::size_t length = TitleBefore(tokens, k);
        if (length > 0 && k - length <= first) {
          inner = k - first;
          break;
        }
      }
      const std::size_t span_first = first;
      if (inner > 0) {
        title = Surface(tokens, first, first + inner);
        first += inner;
        if (first >= end) continue;  // a bare title is not a name
      }
      if (std::size_t before = TitleBefore(tokens, span_first); before > 0) {
        std::string outer = Surface(tokens, span_first - before, span_first);
        title = title.empty() ? outer : outer + " " + title;
      }
    } else if (type == EntityType::kLocation) {
      type = PlaceType(tokens, first, end);
    }
    sentence.Add(first, end, type, MentionKind::kName, "", std::move(title));
  }
}

EntityType MentionFinder::PlaceType(const std::vector<Token>& tokens, std::size_t first,
                                    std::size_t end) const {
  if (const ActorEntry* entry = dictionary_.Find(Surface(tokens, first, end)); entry != nullptr)
    return entry->type == EntityType::kLocation ? EntityType::kLocation : EntityType::kGpe;
  bool location_words = IsCompassWord(ToLower(tokens[first].text)) && end - first > 1;
  for (std::size_t i = first; i < end; ++i)
    location_words = location_words || IsLocationWord(ToLower(tokens[i].text));
  return location_words ? EntityType::kLocation : EntityType::kGpe;
}

// Dictionary names the model missed ("the West").
void MentionFinder::AddDictionaryNames(SentenceMentions& sentence) const {
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentence.covered[i]) continue;
    const ActorEntry* entry = nullptr;
    std::size_t length = dictionary_.MatchAt(tokens, i, &entry);
    if (length == 0) continue;
    bool free = true;
    for (std::size_t k = i; k < i + length; ++k) free = free && !sentence.covered[k];
    // A single capitalised word opening a sentence is too weak a cue on its own.
    if (!free || (i == 0 && length == 1 && entry->aliases.empty())) continue;
    // "The GOP lead": the article is no part of the name unless the name has it ("The Hague").
    const std::size_t first =
        length > 1 && tokens[i].text == "The" && !entry->name.starts_with("The ") ? i + 1 : i;
    sentence.Add(first, i + length, entry->type, MentionKind::kName, "", "");
    i += length - 1;
  }
}

// Pronouns that can stand for a person, and first-person pronouns, which stand for themselves
// until a quotation gives them a speaker (QuotationResolver).
void MentionFinder::AddPronouns(SentenceMentions& sentence) const {
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (sentence.covered[i]) continue;
    std::string lower = ToLower(tokens[i].text);
    if (IsPersonPronoun(lower)) {
      sentence.Add(i, i + 1, EntityType::kPerson, MentionKind::kPronoun, "", "");
    } else if ((IsSingularFirstPerson(lower) || IsPluralFirstPerson(lower)) &&
               (tokens[i].pos == "PRP" || tokens[i].pos == "PRP$") && tokens[i].text != "US") {
      // QuotationResolver gives them their speaker.
      const EntityType type =
          IsSingularFirstPerson(lower) ? EntityType::kPerson : EntityType::kOrganization;
      sentence.Add(i, i + 1, type, MentionKind::kPronoun, lower, "");
    }
  }
}

// Acronyms defined in parentheses: "Islamic State (IS)". A person's parenthesis gives a country,
// not an acronym ("Muriel Spark (UK)"), and so does one the dictionary knows as another actor.
std::map<std::string, std::string> MentionFinder::DefinedAcronyms(
    const std::vector<Sentence>& sentences, const std::vector<Mention>& mentions) const {
  std::map<std::string, std::string> acronyms;  // acronym -> full name
  for (std::size_t m = 0; m + 1 < mentions.size(); ++m) {
    const Mention& full = mentions[m];
    const Mention& next = mentions[m + 1];
    if (next.sentence != full.sentence || next.first_token != full.end_token + 1) continue;
    const std::vector<Token>& tokens = sentences[full.sentence].tokens;
    if (tokens[full.end_token].text != "(" || next.end_token >= tokens.size() ||
        tokens[next.end_token].text != ")" || !IsAllCaps(next.text) ||
        full.type == EntityType::kNorp || full.type == EntityType::kPerson)
      continue;
    const ActorEntry* known = dictionary_.Find(next.text);
    const ActorEntry* full_entry = dictionary_.Find(full.canonical);
    if (known != nullptr && known != full_entry) continue;
    // A place before an acronym that does not begin with its letter ends a longer name ("the
    // Catholic Bishops' Conference of the Philippines (CBCP)").
    auto is_place = [](EntityType type) {
      return type == EntityType::kGpe || type == EntityType::kLocation;
    };
    if ((is_place(full.type) || (full_entry != nullptr && is_place(full_entry->type))) &&
        next.text[0] != full.text[0])
      continue;
    acronyms[next.text] = full.canonical;
  }
  return acronyms;
}

}  // namespace newsgraph
