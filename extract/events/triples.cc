#include "extract/events/triples.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>

#include "extract/text/names.h"
#include "extract/syntax/pos_tags.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

template <std::size_t N>
bool OneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool IsNegation(std::string_view lower) {
  return lower == "not" || lower == "n't" || lower == "never" || lower == "no";
}

bool IsBeOrGet(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"is",   "are",   "was", "were",   "be",
                                                "been", "being", "'s",  "'re",    "am",
                                                "get",  "gets",  "got", "gotten", "getting"};
  return OneOf(lower, kWords);
}

bool IsBe(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"is",   "are",   "was", "were", "be",
                                                "been", "being", "'s",  "'re",  "am"};
  return OneOf(lower, kWords);
}

// Modals of a verb group. "will" states an intention; "must" and "should" an obligation (which a
// speaker reporting it demands); the others a mere possibility.
enum class Modality { kFact, kIntent, kObligation, kPossibility };

Modality ModalityOf(std::string_view lower) {
  if (lower == "will" || lower == "'ll" || lower == "wo" || lower == "shall") {
    return Modality::kIntent;
  }
  if (lower == "must" || lower == "should") return Modality::kObligation;
  return Modality::kPossibility;
}

// Words that may stand between the literal words of a pattern ("took another jab at").
bool IsFiller(const Token& token) {
  std::string_view pos = token.pos;
  return pos == "DT" || pos == "PDT" || pos == "PRP$" || IsAdjectiveTag(pos) || IsAdverbTag(pos) ||
         pos == "CD";
}

// Words of a time expression that may stand between a subject and its verb ("on Thursday").
bool IsTimeWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "today",   "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday",  "saturday",  "sunday",  "week",   "weekend", "month",     "year",
      "morning", "afternoon", "evening", "night",  "earlier", "later",     "ago",
      "now",     "again",     "also",    "once",   "already", "recently"};
  return OneOf(lower, kWords);
}
bool IsTimeModifier(std::string_view lower) {
  return lower == "on" || lower == "last" || lower == "this" || lower == "next" ||
         lower == "late" || lower == "early" || lower == "earlier" || lower == "on";
}

// Prepositions that may join the parts of a noun phrase ("the Members of the Security Council",
// "Rebels in the Ivory Coast").
bool IsNounPhrasePreposition(std::string_view lower) {
  return lower == "of" || lower == "from" || lower == "in" || lower == "for" ||
         lower == "against" || lower == "throughout" || lower == "loyal";
}

// A token that can continue a noun phrase.
bool IsNounPhraseTag(std::string_view pos) {
  return IsNounTag(pos) || IsAdjectiveTag(pos) || pos == "DT" || pos == "PDT" || pos == "POS" ||
         pos == "PRP$" || pos == "CD" || pos == "HYPH" || pos == "-LRB-" || pos == "-RRB-" ||
         pos == "(" || pos == ")" || pos == "VBN";
}

// A sentence in title case or capitals: a headline, where participles act as main verbs.
bool IsHeadline(const Sentence& sentence) {
  std::size_t words = 0, capitalised = 0;
  for (const Token& token : sentence.tokens) {
    unsigned char c = static_cast<unsigned char>(token.text[0]);
    if (!std::isalpha(c)) continue;
    ++words;
    if (std::isupper(c)) ++capitalised;
  }
  const std::string& last = sentence.tokens.back().text;
  return words >= 3 && capitalised * 10 >= words * 7 && last != "." && last != "!";
}

// How a verb or adjective before "to" + verb changes the embedded event.
enum class Control {
  kNone,
  kIntent,   // agreed to, vowed to, plans to, is ready to: 03x / 13x
  kThreat,   // threatened to: 13x
  kRefusal,  // refused to, declined to: 12x
  kAspect,   // tried to, began to, continued to: the embedded code
  kObject,   // urged B to, encouraged B to: the controlling verb's own pattern only
};

Control ControlOf(std::string_view lemma) {
  static constexpr std::string_view kIntent[] = {
      "agree",     "vow",       "pledge", "promise",  "offer",     "decide",    "plan",
      "intend",    "prepare",   "ready",  "prepared", "willing",   "determine", "determined",
      "commit",    "committed", "eager",  "keen",     "poised",    "set",       "aim",
      "want",      "hope",      "expect", "propose",  "undertake", "resolve",   "seek",
      "volunteer", "consent",   "go"};
  static constexpr std::string_view kThreat[] = {"threaten", "warn"};
  static constexpr std::string_view kRefusal[] = {"refuse", "decline", "reject", "unwilling",
                                                  "reluctant"};
  static constexpr std::string_view kAspect[] = {"try",      "attempt",  "begin",  "start",
                                                 "continue", "resume",   "manage", "move",
                                                 "strive",   "struggle", "work"};
  static constexpr std::string_view kObject[] = {
      "urge",   "ask",    "encourage", "call",    "press",    "invite", "persuade", "convince",
      "tell",   "order",  "force",     "help",    "allow",    "push",   "request",  "instruct",
      "appeal", "permit", "enable",    "require", "pressure", "compel", "advise",   "warn"};
  if (OneOf(lemma, kThreat)) return Control::kThreat;
  if (OneOf(lemma, kIntent)) return Control::kIntent;
  if (OneOf(lemma, kRefusal)) return Control::kRefusal;
  if (OneOf(lemma, kAspect)) return Control::kAspect;
  if (OneOf(lemma, kObject)) return Control::kObject;
  return Control::kNone;
}

// Adjectives after "be" that control an infinitive ("is ready to").
bool IsControlAdjective(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"ready",     "prepared",  "willing",  "determined",
                                                "eager",     "keen",      "poised",   "set",
                                                "unwilling", "reluctant", "committed"};
  return OneOf(lower, kWords);
}

RelationCode Code(std::string label, std::string cameo, int quad, double goldstein,
                  std::string plover) {
  RelationCode code;
  code.label = std::move(label);
  code.cameo = std::move(cameo);
  code.quad = quad;
  code.goldstein = goldstein;
  code.plover = std::move(plover);
  return code;
}

// "imposes sanctions on" -> "impose sanctions on".
std::string BaseForm(std::string_view label) {
  std::size_t space = label.find(' ');
  std::string verb(label.substr(0, space));
  std::string rest(space == std::string_view::npos ? "" : label.substr(space));
  auto ends = [&](std::string_view suffix) {
    return verb.size() > suffix.size() &&
           verb.compare(verb.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) {
    verb.replace(verb.size() - 3, 3, "y");
  } else if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes") ||
             ends("oes")) {
    verb.resize(verb.size() - 2);
  } else if (ends("s") && !ends("ss")) {
    verb.resize(verb.size() - 1);
  }
  return verb + rest;
}

// The intent code of an embedded event: cooperation becomes "express intent" (03x, AGREE),
// conflict becomes "threaten" (13x, THREATEN).
RelationCode IntentCode(const RelationCode& event, bool threat) {
  std::string base = BaseForm(event.label);
  std::string root = event.cameo.substr(0, 2);
  if (!threat && (event.quad == 1 || event.quad == 2)) {
    std::string label = "intends to " + base;
    if (root == "04") return Code(label, "036", 1, 4.0, "AGREE");
    if (root == "05") return Code(label, "032", 1, 4.5, "AGREE");
    if (root == "06") return Code(label, "031", 1, 5.2, "AGREE");
    if (root == "07") return Code(label, "033", 1, 5.2, "AGREE");
    if (root == "08") return Code(label, "035", 1, 7.0, "AGREE");
    return Code(label, "030", 1, 4.0, "AGREE");
  }
  std::string label = "threatens to " + base;
  if (root == "16") return Code(label, "131", 3, -5.8, "THREATEN");
  if (root == "17") return Code(label, "137", 3, -7.0, "THREATEN");
  if (root == "14") return Code(label, "133", 3, -5.8, "THREATEN");
  if (root == "18" || root == "19" || root == "20") {
    return Code(label, "138", 3, -7.0, "THREATEN");
  }
  return Code(label, "130", 3, -4.4, "THREATEN");
}

// The rejection code of a refused event (12x, REJECT).
RelationCode RefusalCode(const RelationCode& event) {
  std::string label = "refuses to " + BaseForm(event.label);
  std::string root = event.cameo.substr(0, 2);
  if (root == "04") return Code(label, "125", 3, -5.0, "REJECT");
  if (root == "06") return Code(label, "121", 3, -4.0, "REJECT");
  if (root == "07") return Code(label, "122", 3, -4.0, "REJECT");
  if (root == "08") return Code(label, "124", 3, -5.0, "REJECT");
  return Code(label, "120", 3, -4.0, "REJECT");
}

RelationCode AccuseCode() { return Code("accuses", "112", 3, -2.0, "ACCUSE"); }
RelationCode DemandCode() { return Code("demands", "100", 3, -5.0, "REQUEST"); }

struct VerbGroup {
  std::size_t first = 0;
  std::size_t end = 0;   // exclusive
  std::size_t next = 0;  // after `end` and a time expression ("demanded Friday that")
  std::size_t head = 0;  // the last verb
  std::string lemma;     // of the head verb
  bool negated = false;
  bool passive = false;
  bool after_to = false;
  bool bare_participle = false;
  Modality modality = Modality::kFact;
  std::vector<std::size_t> subjects;  // mention indices
  std::size_t subject_begin = kNone;  // first token of the subject phrase
};

// A matched verb pattern with its actors.
struct Event {
  const VerbPattern* pattern = nullptr;
  RelationCode code;
  std::vector<std::size_t> sources;
  std::vector<std::size_t> targets;
  bool negated = false;
};

// The triples of one sentence. Holds references to the sentence, its mentions and the lexicons.
class SentenceExtractor {
 public:
  SentenceExtractor(const VerbLexicon& verbs, const EventNounLexicon& event_nouns,
                    const Lemmatizer& lemmatizer, const Sentence& sentence,
                    const std::vector<Mention>& mentions, std::size_t first_mention,
                    std::size_t sentence_index)
      : verbs_(verbs),
        event_nouns_(event_nouns),
        lemmatizer_(lemmatizer),
        tokens_(sentence.tokens),
        mentions_(mentions) {
    std::size_t n = tokens_.size();
    lower_.reserve(n);
    for (const Token& token : tokens_) lower_.push_back(ToLower(token.text));
    starts_at_.assign(n + 1, kNone);
    ends_at_.assign(n + 1, kNone);
    norp_at_.assign(n + 1, kNone);
    covered_.assign(n, false);
    for (std::size_t m = first_mention;
         m < mentions.size() && mentions[m].sentence == sentence_index; ++m) {
      if (IsActorType(mentions[m].type)) {
        starts_at_[mentions[m].first_token] = m;
        ends_at_[mentions[m].end_token] = m;
      } else if (mentions[m].type == EntityType::kNorp) {
        norp_at_[mentions[m].first_token] = m;
      }
      for (std::size_t t = mentions[m].first_token; t < mentions[m].end_token && t < n; ++t)
        covered_[t] = true;
    }
    headline_ = IsHeadline(sentence);
  }

  // (subject, object, code, negated) of every fact in the sentence, in order.
  std::vector<std::tuple<std::size_t, std::size_t, RelationCode, bool>> Run() {
    FindGroups();
    for (std::size_t g = 0; g < groups_.size(); ++g) FindSubjects(g);
    std::vector<std::vector<Event>> events(groups_.size());
    for (std::size_t g = 0; g < groups_.size(); ++g) events[g] = GroupEvents(g);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      for (const Event& event : events[g]) Emit(event);
    }
    ReportedSpeech(events);
    NominalEvents();
    NominalIntents();
    return std::move(out_);
  }

 private:
  const std::string& lower(std::size_t i) const { return lower_[i]; }

  bool IsSpeechLemma(std::string_view lemma) const {
    for (const VerbPattern& pattern : verbs_.PatternsFor(lemma)) {
      if (pattern.speech) return true;
    }
    return false;
  }

  void FindGroups() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      bool verb = IsVerbTag(tokens_[i].pos);
      if (!verb && headline_ && i > 0 && ends_at_[i] != kNone && StartsWithUpper(tokens_[i].text) &&
          !verbs_.PatternsFor(lemmatizer_.VerbLemma(tokens_[i].text)).empty())
        verb = true;  // "Russia Arming Iraq": a headline verb the tagger took for a name
      if (!verb) continue;
      VerbGroup group;
      group.first = i;
      std::size_t j = i;
      std::size_t verbs = 0;
      bool has_be = false;
      while (j < tokens_.size() &&
             (IsVerbTag(tokens_[j].pos) || (j == i) ||
              (IsAdverbTag(tokens_[j].pos) && j + 1 < tokens_.size() &&
               (IsVerbTag(tokens_[j + 1].pos) || IsAdverbTag(tokens_[j + 1].pos))))) {
        const std::string& word = lower(j);
        if (IsVerbTag(tokens_[j].pos) || j == i) {
          if (verbs > 0 && IsBeOrGet(lower(group.head))) has_be = true;
          group.head = j;
          ++verbs;
          if (tokens_[j].pos == "MD") {
            Modality modality = ModalityOf(word);
            if (modality > group.modality) group.modality = modality;
          }
        }
        if (IsNegation(word)) group.negated = true;
        ++j;
      }
      group.end = j;
      if (group.first > 0 && IsNegation(lower(group.first - 1)))
        group.negated = true;  // "never met"
      group.next = j;
      if (group.next < tokens_.size() && IsTimeModifier(lower(group.next))) ++group.next;
      if (group.next < tokens_.size() && IsTimeWord(lower(group.next)) &&
          !IsAdverbTag(tokens_[group.next].pos))
        ++group.next;
      else
        group.next = j;
      group.passive = has_be && tokens_[group.head].pos == "VBN";
      group.bare_participle =
          verbs == 1 && !headline_ &&
          (tokens_[group.head].pos == "VBN" || tokens_[group.head].pos == "VBG");
      if (group.first > 0 &&
          (tokens_[group.first - 1].pos == "TO" || lower(group.first - 1) == "to"))
        group.after_to = true;
      group.lemma = lemmatizer_.VerbLemma(tokens_[group.head].text);
      groups_.push_back(std::move(group));
      i = j - 1;
    }
  }

  // Actors of the phrase starting at token i: determiners and title words skipped, then a mention
  // and any mentions coordinated with it. A nationality stands in when `norp` is set.
  // A coordinated actor followed by a verb starts a new clause, unless that verb is at
  // `verb_at` (the verb whose subject phrase this is).
  std::vector<std::size_t> ActorsAt(std::size_t i, bool norp = false,
                                    std::size_t verb_at = kNone) const {
    std::vector<std::size_t> found;
    std::size_t j = i;
    while (j < tokens_.size() && starts_at_[j] == kNone && j - i < 4 &&
           (tokens_[j].pos == "DT" || tokens_[j].pos == "PDT" || tokens_[j].pos == "PRP$" ||
            (tokens_[j].pos == "NNP" && j + 1 < tokens_.size() && norp_at_[j] == kNone)))
      ++j;
    if (j >= tokens_.size()) return found;
    std::size_t m = starts_at_[j];
    if (m == kNone && norp) m = norp_at_[j];
    if (m == kNone) return found;
    // "Kuleba's successor, Foreign Minister Andrii Sybiha": the possessed person is the actor.
    if (std::size_t possessed = PossessedPerson(m); possessed != kNone) m = possessed;
    found.push_back(m);
    std::size_t k = mentions_[m].end_token;
    while (k + 1 < tokens_.size()) {
      const std::string& word = lower(k);
      if (word != "and" && word != "or" && word != ",") break;
      std::size_t next = k + 1;
      if (word == "," && next < tokens_.size() && (lower(next) == "and" || lower(next) == "or"))
        ++next;
      while (next < tokens_.size() && starts_at_[next] == kNone && next - k <= 3 &&
             (tokens_[next].pos == "DT" || tokens_[next].pos == "PRP$" ||
              // "the wider African Union" (adjectives the tagger may take for nouns)
              ((tokens_[next].pos == "JJ" || tokens_[next].pos == "JJR" ||
                tokens_[next].pos == "NN") &&
               std::islower(static_cast<unsigned char>(tokens_[next].text[0])))))
        ++next;
      if (next >= tokens_.size() || starts_at_[next] == kNone) break;
      std::size_t after = mentions_[starts_at_[next]].end_token;
      // ", and Borrell said": a new clause's subject, not a coordinated actor.
      if (after < tokens_.size() && after != verb_at && IsVerbTag(tokens_[after].pos)) break;
      // "John Kamau, Kenya's deputy minister": an apposition, not a coordinated actor.
      if (word == "," && after < tokens_.size() && tokens_[after].pos == "POS") break;
      found.push_back(starts_at_[next]);
      k = after;
    }
    return found;
  }

  static bool IsTargetPreposition(std::string_view word) {
    static constexpr std::string_view kWords[] = {"to",   "toward", "towards", "against", "by",
                                                  "of",   "for",    "on",      "with",    "into",
                                                  "upon", "onto",   "in",      "at",      "from"};
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
  }

  // The actors of a noun phrase at token i that is not itself an actor: the first actor in the
  // phrase and its prepositional tail ("its troops to B", "air strikes by B", "an Indian
  // proposal"), within a window that ends at a finite verb, a clause boundary or an infinitive
  // or a preposition of place, time or source.
  std::vector<std::size_t> TailActors(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].pos == "IN" || tokens_[i].pos == "TO") return {};
    std::size_t norp = kNone;
    for (std::size_t k = i; k < tokens_.size() && k - i < 14; ++k) {
      const std::string& word = lower(k);
      std::string_view pos = tokens_[k].pos;
      if (starts_at_[k] != kNone) {
        return ActorsAt(k);
      }
      if (norp == kNone && norp_at_[k] != kNone) norp = k;
      if (IsFiniteVerbTag(pos) || word == "," || word == ";" || word == ":" || word == "." ||
          word == "that" || word == "who" || word == "which" || word == "while" ||
          word == "because" || word == "but" || word == "\"" || word == "``" || word == "''" ||
          word == "after" || word == "before" || word == "unless" || word == "if")
        break;
      if ((pos == "TO" || word == "to") && k + 1 < tokens_.size() && tokens_[k + 1].pos == "VB")
        break;
      // Places, times and sources are no targets: "a speech in Delaware", "animals from B".
      // "more than 20 militants" is a quantity.
      const bool quantity =
          word == "than" && k > i &&
          (lower(k - 1) == "more" || lower(k - 1) == "fewer" || lower(k - 1) == "less");
      if (pos == "IN" && !IsTargetPreposition(word) && !quantity) break;
      // "in their battle with B" is an adjunct of its own.
      if (word == "in" && k + 1 < tokens_.size() && tokens_[k + 1].pos == "PRP$") break;
    }
    if (norp != kNone) return {norp_at_[norp]};
    return {};
  }

  // The person a possessor actor stands before: "Lebanon's new President Elias Hrawi", "the
  // United Nations' special envoy for Syria, Staffan de Mistura"; kNone when there is none.
  std::size_t PossessedPerson(std::size_t possessor) const {
    std::size_t k = mentions_[possessor].end_token;
    if (k >= tokens_.size() || tokens_[k].pos != "POS") return kNone;
    std::size_t commas = 0;
    for (++k; k < tokens_.size() && k - mentions_[possessor].end_token < 10; ++k) {
      if (starts_at_[k] != kNone && mentions_[starts_at_[k]].type == EntityType::kPerson)
        return starts_at_[k];
      if (tokens_[k].text == "," && ++commas > 1) break;
      if (IsFiniteVerbTag(tokens_[k].pos) || tokens_[k].pos == "TO") break;
    }
    return kNone;
  }

  // Matches pattern.words[from, to) at token i, allowing up to two filler words before each;
  // on success leaves i after the last matched word.
  bool MatchWords(const VerbPattern& pattern, std::size_t from, std::size_t to,
                  std::size_t& i) const {
    for (std::size_t w = from; w < to; ++w) {
      std::size_t skipped = 0;
      while (i < tokens_.size() && skipped < 2 && IsFiller(tokens_[i]) &&
             lower(i) != pattern.words[w])
        ++i, ++skipped;
      if (i >= tokens_.size()) return false;
      if (lower(i) != pattern.words[w] &&
          lemmatizer_.NounLemma(tokens_[i].text) != pattern.words[w] &&
          lemmatizer_.VerbLemma(tokens_[i].text) != pattern.words[w])
        return false;
      ++i;
    }
    return true;
  }

  // The first token of the noun phrase that ends at `end` (exclusive), across prepositions that
  // join noun phrases and coordination; `end` when there is none.
  std::size_t NounPhraseStart(std::size_t end) const {
    std::size_t k = end;
    while (k > 0 && end - k < 16) {
      std::string_view pos = tokens_[k - 1].pos;
      const std::string& word = lower(k - 1);
      bool inside = covered_[k - 1] || IsNounPhraseTag(pos) || pos == "NNP" || pos == "NNPS" ||
                    word == "&" || ((word == "and" || IsNounPhrasePreposition(word)) && k < end);
      if (!inside) break;
      --k;
    }
    // A phrase does not start with a preposition or a conjunction.
    while (k < end && (IsNounPhrasePreposition(lower(k)) || lower(k) == "and")) ++k;
    return k;
  }

  // The actors of the noun phrase [begin, end): its own actor (the mention ending its first
  // part, before any preposition), else the first actor inside with those coordinated with it,
  // else a nationality.
  std::vector<std::size_t> PhraseActors(std::size_t begin, std::size_t end) const {
    if (begin >= end) return {};
    std::size_t part_end = end;
    for (std::size_t k = begin; k < end; ++k) {
      if (starts_at_[k] == kNone && IsNounPhrasePreposition(lower(k)) && k > begin) {
        // Prepositions inside a mention ("Kingdom of Morocco") do not split the phrase.
        bool in_mention = false;
        for (std::size_t t = begin; t < k; ++t) {
          if (starts_at_[t] != kNone && mentions_[starts_at_[t]].end_token > k) in_mention = true;
        }
        if (!in_mention) {
          part_end = k;
          break;
        }
      }
    }
    std::size_t first = kNone;
    for (std::size_t k = begin; k < part_end; ++k) {
      if (starts_at_[k] != kNone && mentions_[starts_at_[k]].end_token <= end) {
        first = k;
        break;
      }
    }
    if (first != kNone) {
      std::vector<std::size_t> coordinated = ActorsAt(first, false, end);
      std::erase_if(coordinated, [&](std::size_t m) { return mentions_[m].end_token > end; });
      std::size_t head = ends_at_[part_end];
      if (head != kNone && mentions_[head].first_token >= begin &&
          std::find(coordinated.begin(), coordinated.end(), head) == coordinated.end())
        return {head};
      return coordinated;
    }
    for (std::size_t k = begin; k < end; ++k) {
      if (starts_at_[k] != kNone && mentions_[starts_at_[k]].end_token <= end) return ActorsAt(k);
    }
    for (std::size_t k = begin; k < end; ++k) {
      if (norp_at_[k] != kNone) return {norp_at_[k]};
    }
    return {};
  }

  // Subjects of the verb group starting at token `first`, and where their phrase begins.
  std::vector<std::size_t> SubjectsBefore(std::size_t first, std::size_t* phrase_begin) const {
    std::size_t j = first;
    // Adverbs and time expressions: "Russia on Thursday accused", "Syria has again offered".
    for (bool moved = true; moved && j > 0;) {
      moved = false;
      while (j > 0 && IsAdverbTag(tokens_[j - 1].pos)) --j, moved = true;
      if (j > 0 && IsTimeWord(lower(j - 1))) {
        --j;
        moved = true;
        while (j > 0 && (IsTimeModifier(lower(j - 1)) || tokens_[j - 1].pos == "CD")) --j;
      }
      // "on Jan. 10", "on 5 November"
      if (j > 1 && tokens_[j - 1].pos == "CD" &&
          (lower(j - 2) == "on" || (j > 2 && lower(j - 3) == "on"))) {
        j -= lower(j - 2) == "on" ? 2 : 3;
        moved = true;
      }
    }
    if (j > 0 && (lower(j - 1) == "who" || lower(j - 1) == "which" || lower(j - 1) == "that") &&
        tokens_[j - 1].pos != "IN") {
      --j;
      if (j > 0 && tokens_[j - 1].text == ",") --j;
    }
    if (j == 0) return {};
    if (tokens_[j - 1].text == ",") {
      // "Gennady Gatilov, Russia's deputy foreign minister, accused ...": the actor before an
      // apposition or a relative clause set off by commas.
      for (std::size_t k = j - 1; k > 0 && j - k < 25; --k) {
        const std::string& word = tokens_[k - 1].text;
        if (word == "." || word == "\"" || word == ";") break;
        if (word == ",") {
          std::size_t begin = NounPhraseStart(k - 1);
          std::vector<std::size_t> found = PhraseActors(begin, k - 1);
          if (!found.empty() && ends_at_[k - 1] != kNone) {
            *phrase_begin = begin;
            return found;
          }
          break;
        }
      }
      return {};
    }
    std::size_t begin = NounPhraseStart(j);
    *phrase_begin = begin;
    return PhraseActors(begin, j);
  }

  void FindSubjects(std::size_t g) {
    VerbGroup& group = groups_[g];
    if (group.after_to) return;  // taken from the controlling group
    group.subjects = SubjectsBefore(group.first, &group.subject_begin);
    if (group.subjects.empty() && group.first > 0 && tokens_[group.first - 1].pos == "PRP") {
      // "Japan said it had halted ...": a pronoun subject right after a speech verb (and "that")
      // is the speaker.
      std::size_t before = group.first - 1;
      if (before > 0 && lower(before - 1) == "that") --before;
      for (std::size_t p = g; p > 0; --p) {
        const VerbGroup& speech = groups_[p - 1];
        if (speech.next == before && !speech.subjects.empty() && IsSpeechLemma(speech.lemma)) {
          const std::string& pronoun = lower(group.first - 1);
          if (pronoun == "it" || pronoun == "they" || pronoun == "we") {
            group.subjects = speech.subjects;
            group.subject_begin = group.first - 1;
          }
          break;
        }
      }
    }
    if (group.subjects.empty() && g > 0 && group.first > 0) {
      std::size_t before = group.first - 1;
      if (lower(before) == "," && before > 0) --before;
      if (lower(before) == "and" || lower(before) == "but" || lower(before) == "or") {
        // "Russia has criticized ..., and encouraged ...": the subject of the previous group,
        // passing over a subordinate clause set off by commas ("A draws B aside, as C plays, and
        // tells B").
        for (std::size_t p = g; p > 0; --p) {
          const std::size_t begin = groups_[p - 1].subject_begin;
          if (begin != kNone && begin > 1 && IsSubordinator(lower(begin - 1)) &&
              lower(begin - 2) == ",")
            continue;
          if (!groups_[p - 1].subjects.empty() && !groups_[p - 1].after_to) {
            group.subjects = groups_[p - 1].subjects;
            group.subject_begin = groups_[p - 1].subject_begin;
            break;
          }
        }
      }
    }
  }

  // The lexicon pattern of `group` with `subjects`, the longest that matches; no pattern
  // without a target.
  std::optional<Event> Match(const VerbGroup& group,
                             const std::vector<std::size_t>& subjects) const {
    if (subjects.empty()) return std::nullopt;
    for (const VerbPattern& pattern : verbs_.PatternsFor(group.lemma)) {
      if (pattern.object_slot == std::string::npos) continue;
      Event event;
      if (pattern.feeling) {
        // "A is encouraged by B": the experiencer A is the source.
        if (!group.passive) continue;
        std::size_t i = group.next;
        if (!MatchWords(pattern, 1, pattern.object_slot, i)) continue;
        event.targets = ActorsAt(i);
        if (!event.targets.empty()) {
          // "B was encouraged by A to negotiate": an appeal in the passive, not a feeling.
          std::size_t after = mentions_[event.targets.back()].end_token;
          if (after + 1 < tokens_.size() && lower(after) == "to" &&
              IsVerbTag(tokens_[after + 1].pos))
            continue;
        } else {
          event.targets = TailActors(i);  // "by the decision of B to resign"
        }
        event.sources = subjects;
      } else if (group.passive) {
        // "B was condemned by A": only patterns whose target follows the verb directly.
        if (pattern.object_slot != 1) continue;
        std::size_t by = group.end;
        while (by < tokens_.size() && by - group.end < 4 && lower(by) != "by" &&
               (IsAdverbTag(tokens_[by].pos) || tokens_[by].pos == "IN" ||
                tokens_[by].pos == "CD" || IsNounTag(tokens_[by].pos) || tokens_[by].pos == "DT") &&
               starts_at_[by] == kNone)
          ++by;
        if (by >= tokens_.size() || lower(by) != "by") continue;
        event.sources = PhraseActors(by + 1, PhraseEnd(by + 1));
        event.targets = subjects;
      } else {
        std::size_t i = group.next;
        if (!MatchWords(pattern, 1, pattern.object_slot, i)) continue;
        event.targets = ActorsAt(i);
        if (event.targets.empty()) event.targets = TailActors(i);
        // What is given or mobilised ("4,000 troops to B", "army reservists for a war against
        // B") is the theme, not the target.
        std::string_view root = std::string_view(pattern.code.cameo).substr(0, 2);
        if (!event.targets.empty() && pattern.object_slot == 1 && (root == "07" || root == "15") &&
            std::all_of(event.targets.begin(), event.targets.end(),
                        [&](std::size_t m) { return mentions_[m].kind == MentionKind::kNominal; }))
          event.targets = TailActors(mentions_[event.targets.back()].end_token);
        if (event.targets.empty()) continue;
        // What is delivered or sent "against" someone is no help to them.
        if (pattern.code.quad <= 2 && pattern.object_slot + 1 == pattern.words.size()) {
          bool against = false;
          for (std::size_t k = i; k < mentions_[event.targets.front()].first_token; ++k)
            against |= lower(k) == "against";
          if (against) continue;
        }
        // Literal words after the target must follow it: "called on B to negotiate".
        std::size_t after = mentions_[event.targets.back()].end_token;
        if (!MatchWords(pattern, pattern.object_slot + 1, pattern.words.size(), after)) continue;
        event.sources = subjects;
      }
      if (event.sources.empty() || event.targets.empty()) continue;
      event.pattern = &pattern;
      event.code = pattern.code;
      event.negated = group.negated;
      return event;
    }
    return std::nullopt;
  }

  // The end of the noun phrase starting at i (a window up to a finite verb or clause boundary).
  std::size_t PhraseEnd(std::size_t i) const {
    std::size_t k = i;
    while (k < tokens_.size() && k - i < 10) {
      std::string_view pos = tokens_[k].pos;
      const std::string& word = lower(k);
      if (IsFiniteVerbTag(pos) || word == "," || word == "." || word == ";" || word == "that" ||
          word == "who" || word == "to" || IsSubordinator(word))
        break;
      ++k;
    }
    return k;
  }

  // Words that open a new clause inside a sentence: "by several allies after Orban visited".
  static bool IsSubordinator(std::string_view word) {
    static constexpr std::string_view kWords[] = {"after",    "before", "while", "because", "since",
                                                  "although", "though", "if",    "unless",  "when",
                                                  "whereas",  "until",  "as"};
    return OneOf(word, kWords);
  }

  // The verb group that starts at token i, or kNone.
  std::size_t GroupAt(std::size_t i) const {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].first == i) return g;
    }
    return kNone;
  }

  // The facts stated by group g: its own pattern, recoded by modality, or the event of the
  // infinitive it controls.
  std::vector<Event> GroupEvents(std::size_t g) const {
    const VerbGroup& group = groups_[g];
    if (group.after_to || group.subjects.empty()) return {};
    if (group.modality == Modality::kPossibility || group.modality == Modality::kObligation)
      return {};

    // "agreed to V", "is ready to V", "threatened to V", "refused to V".
    std::size_t k = group.next;
    std::string control_word = group.lemma;
    if (IsBe(lower(group.head)) && k < tokens_.size() && IsControlAdjective(lower(k))) {
      control_word = lower(k);
      ++k;
    }
    std::size_t inner = kNone;
    if (k + 1 < tokens_.size() && lower(k) == "to") inner = GroupAt(k + 1);
    Control control = inner != kNone ? ControlOf(control_word) : Control::kNone;

    std::optional<Event> own;
    if (!group.bare_participle) own = Match(group, group.subjects);
    // A pattern that spells out the infinitive ("threaten to attack O") wins.
    bool own_spans_inner = own && std::find(own->pattern->words.begin(), own->pattern->words.end(),
                                            "to") != own->pattern->words.end();
    if (group.bare_participle && control == Control::kNone) return {};

    if (control == Control::kIntent || control == Control::kThreat ||
        control == Control::kRefusal || control == Control::kAspect) {
      if (own_spans_inner) return {*own};
      VerbGroup embedded = groups_[inner];
      embedded.negated = group.negated || embedded.negated;
      std::optional<Event> event = Match(embedded, group.subjects);
      if (event) {
        if (control == Control::kIntent) event->code = IntentCode(event->code, false);
        if (control == Control::kThreat) event->code = IntentCode(event->code, true);
        if (control == Control::kRefusal) event->code = RefusalCode(event->code);
        return {*event};
      }
      if (own && (control != Control::kIntent || own->pattern->words.size() > 2)) return {*own};
      return {};
    }
    if (!own) return MutualEvents(group);
    if (group.modality == Modality::kIntent && !own_spans_inner)
      own->code = IntentCode(own->code, own->code.cameo.substr(0, 2) == "13");
    return {*own};
  }

  // "A and B met": a consultation verb without a target relates its coordinated subjects.
  std::vector<Event> MutualEvents(const VerbGroup& group) const {
    if (group.subjects.size() < 2 || group.bare_participle) return {};
    const VerbPattern* consult = nullptr;
    for (const VerbPattern& pattern : verbs_.PatternsFor(group.lemma)) {
      if (pattern.object_slot != std::string::npos && pattern.code.plover == "CONSULT" &&
          pattern.words.size() - pattern.object_slot == 1) {
        consult = &pattern;
        break;
      }
    }
    if (consult == nullptr) return {};
    RelationCode code = consult->code;
    if (group.modality == Modality::kIntent) code = IntentCode(code, false);
    std::vector<Event> events;
    for (std::size_t a = 0; a < group.subjects.size(); ++a) {
      for (std::size_t b = a + 1; b < group.subjects.size(); ++b) {
        Event event;
        event.pattern = consult;
        event.code = code;
        event.sources = {group.subjects[a]};
        event.targets = {group.subjects[b]};
        event.negated = group.negated;
        events.push_back(std::move(event));
      }
    }
    return events;
  }

  // Whether a fact between source and target (in this direction) with the polarity of `quad`
  // was already emitted.
  bool HasFact(std::size_t source, std::size_t target, int quad) const {
    for (const auto& [s, o, c, n] : out_) {
      if (s == source && o == target && (c.quad >= 3) == (quad >= 3)) return true;
    }
    return false;
  }

  // The subjects of the nearest verb group before token i that has any (the first such group
  // of the sentence when `main` is set); the next group's when none precedes.
  std::vector<std::size_t> ClauseSubjects(std::size_t i, bool main) const {
    const VerbGroup* found = nullptr;
    for (const VerbGroup& group : groups_) {
      if (group.first >= i) break;
      if (group.subjects.empty()) continue;
      found = &group;
      if (main) break;
    }
    if (found != nullptr) return found->subjects;
    for (const VerbGroup& group : groups_) {
      if (group.first > i && !group.subjects.empty()) return group.subjects;
    }
    return {};
  }

  // Facts stated by event nouns: "air strikes against B", "A's fight against B".
  void NominalEvents() {
    const std::size_t n = tokens_.size();
    for (std::size_t h = 0; h + 2 < n; ++h) {
      if (!IsNounTag(tokens_[h].pos) || covered_[h]) continue;
      std::size_t p = h + 1;
      std::vector<std::size_t> agents;
      if (lower(p) == "by") {
        agents = ActorsAt(p + 1);
        if (agents.empty()) continue;
        p = mentions_[agents.back()].end_token;
        if (p + 1 >= n) continue;
      }
      // "the agreement reached yesterday between A and B", "talks on 2 December between A and B"
      for (std::size_t k = p; k < n && k - p <= 5 && starts_at_[k] == kNone; ++k) {
        const std::string_view pos = tokens_[k].pos;
        if (lower(k) == "between") {
          p = k;
          break;
        }
        const bool participle = pos == "VBN" || (pos == "VBD" && k == p);
        if (!participle && pos != "CD" && pos != "NNP" && !IsAdverbTag(pos) &&
            !IsTimeWord(lower(k)) && !IsTimeModifier(lower(k)) && lower(k) != "in")
          break;
      }
      const std::string& preposition = lower(p);
      bool conflict_preposition = preposition == "against" || preposition == "on" ||
                                  preposition == "upon" || preposition == "into" ||
                                  preposition == "at";
      bool cooperation_preposition = preposition == "for" || preposition == "to" ||
                                     preposition == "toward" || preposition == "towards";
      bool mutual = preposition == "with" || preposition == "between";
      if (!conflict_preposition && !cooperation_preposition && !mutual && preposition != "of")
        continue;

      // The noun's lemmas, up to two noun modifiers before it.
      std::size_t begin = h;
      while (begin > 0 && h - begin < 2 && IsNounTag(tokens_[begin - 1].pos) &&
             !covered_[begin - 1])
        --begin;
      std::string lemmas[3];
      for (std::size_t k = begin; k <= h; ++k) lemmas[k - begin] = lemmatizer_.NounLemma(lower(k));
      const EventNoun* noun =
          event_nouns_.LongestSuffixMatch(std::span<const std::string>(lemmas, h - begin + 1));
      if (noun == nullptr) continue;
      bool conflict = noun->code.quad >= 3;
      if ((conflict && cooperation_preposition) || (!conflict && conflict_preposition)) continue;

      // Targets: an actor after the preposition, across determiners and adjectives.
      std::size_t t = p + 1;
      while (t < n && t - p <= 3 && starts_at_[t] == kNone &&
             (tokens_[t].pos == "DT" || tokens_[t].pos == "PDT" || IsAdjectiveTag(tokens_[t].pos) ||
              tokens_[t].pos == "HYPH"))
        ++t;
      if (t >= n || starts_at_[t] == kNone) continue;
      std::vector<std::size_t> targets = ActorsAt(t);
      if (targets.empty()) continue;

      if (preposition == "between") {
        // "between A and B was ...": the second party even when a verb follows it.
        std::size_t after = mentions_[targets.back()].end_token;
        // "between A, led by C, and B": a participial apposition stands between the parties.
        if (after + 1 < n && lower(after) == "," && tokens_[after + 1].pos == "VBN") {
          std::size_t close = after + 2;
          while (close + 1 < n && close - after < 12 && lower(close) != ",") ++close;
          if (close + 1 < n && lower(close) == ",") after = close + 1;
        }
        if (targets.size() == 1 && after + 1 < n && lower(after) == "and") {
          std::size_t next = after + 1;
          while (next < n && starts_at_[next] == kNone && tokens_[next].pos == "DT") ++next;
          if (next < n && starts_at_[next] != kNone) targets.push_back(starts_at_[next]);
        }
        if (StatesNoFact(begin)) continue;
        for (std::size_t a = 0; a < targets.size(); ++a) {
          for (std::size_t b = a + 1; b < targets.size(); ++b) {
            EmitNominal(targets[a], targets[b], noun->code);
            EmitNominal(targets[b], targets[a], noun->code);
          }
        }
        continue;
      }
      // A possessor's event is presupposed ("seeking to join the SDF's fight against B"); only a
      // verb that ends or denies it makes it no fact.
      const bool possessed = begin > 0 && tokens_[begin - 1].pos == "POS";
      if (StatesNoFact(begin, possessed)) continue;
      if (agents.empty()) agents = NominalAgents(begin);
      for (std::size_t agent : agents) {
        for (std::size_t target : targets) {
          EmitNominal(agent, target, noun->code);
          if (mutual) EmitNominal(target, agent, noun->code);
        }
      }
    }
  }

  // "A's strategy to defeat B": an infinitive after a noun whose possessor or modifier is an
  // actor states that actor's intent.
  void NominalIntents() {
    for (const VerbGroup& group : groups_) {
      if (!group.after_to || group.first < 2 || !IsNounTag(tokens_[group.first - 2].pos) ||
          covered_[group.first - 2])
        continue;
      std::vector<std::size_t> agents = NominalAgents(group.first - 2, true);
      if (agents.empty()) continue;
      std::optional<Event> event = Match(group, agents);
      if (!event) continue;
      RelationCode code = IntentCode(event->code, event->code.quad >= 3);
      for (std::size_t source : event->sources) {
        for (std::size_t target : event->targets) EmitNominal(source, target, code);
      }
    }
  }

  // True when the verb governing the event noun phrase at `begin` makes it no fact: an
  // infinitive, a negated or hypothetical verb, or one that ends, proposes or seeks the event
  // ("urged B to end its strikes", "offered to host talks between A and B"). A `presupposed` event
  // (a possessor's) is no fact only under a negated verb or one of those lemmas.
  bool StatesNoFact(std::size_t begin, bool presupposed = false) const {
    static constexpr std::string_view kNonFactual[] = {
        "end",     "stop",  "halt",    "cease", "suspend", "host",    "propose", "offer",
        "seek",    "want",  "demand",  "call",  "urge",    "request", "plan",    "consider",
        "discuss", "avoid", "prevent", "ban",   "reject",  "oppose",  "deny"};
    const VerbGroup* governing = nullptr;
    for (const VerbGroup& group : groups_) {
      if (group.end <= begin && begin - group.end <= 6) governing = &group;
    }
    if (governing == nullptr) return false;
    if (presupposed) return governing->negated || OneOf(governing->lemma, kNonFactual);
    return governing->after_to || governing->negated ||
           governing->modality == Modality::kPossibility || OneOf(governing->lemma, kNonFactual);
  }

  void EmitNominal(std::size_t source, std::size_t target, const RelationCode& code) {
    if (!HasFact(source, target, code.quad)) Emit(source, target, code, false);
  }

  // The agent of the event noun phrase whose noun words start at token `begin`.
  std::vector<std::size_t> NominalAgents(std::size_t begin, bool modifiers_only = false) const {
    // The rest of the noun phrase before the noun: possessors and modifiers.
    std::size_t start = begin;
    while (start > 0 && begin - start < 8 &&
           (covered_[start - 1] || IsNounPhraseTag(tokens_[start - 1].pos) ||
            tokens_[start - 1].pos == "NNP" || tokens_[start - 1].pos == "NNPS") &&
           tokens_[start - 1].text != "(" && tokens_[start - 1].text != ")")
      --start;
    for (std::size_t k = begin; k > start; --k) {
      std::size_t m = ends_at_[k];
      if (m != kNone && mentions_[m].first_token >= start) return {m};
    }
    for (std::size_t k = start; k < begin; ++k) {
      if (norp_at_[k] != kNone && mentions_[norp_at_[k]].end_token <= begin) return {norp_at_[k]};
    }
    const bool after_in = start > 0 && lower(start - 1) == "in";
    // "support for A in their fight against B": the actor supported is the agent.
    if (after_in && start >= 2 && ends_at_[start - 1] != kNone) {
      std::size_t m = ends_at_[start - 1];
      std::size_t before = mentions_[m].first_token;
      while (before > 0 && (tokens_[before - 1].pos == "DT" || tokens_[before - 1].pos == "PRP$"))
        --before;
      if (before > 0 && (lower(before - 1) == "for" || lower(before - 1) == "to") &&
          mentions_[m].kind != MentionKind::kPronoun)
        return {m};
    }
    for (std::size_t k = start; k < begin; ++k) {
      const std::string& word = lower(k);
      if (word != "its" && word != "their") continue;
      // "X seized Y in their battle with Z": the possessive of an adjunct is the clause subject.
      if (after_in) {
        std::vector<std::size_t> subjects = ClauseSubjects(start, true);
        if (!subjects.empty()) return subjects;
      }
      // The possessive stands for the nearest actor before it: "urged Russia to end its strikes".
      for (std::size_t j = k; j > 0; --j) {
        std::size_t m = ends_at_[j];
        if (m != kNone && IsActorType(mentions_[m].type) &&
            mentions_[m].kind != MentionKind::kPronoun)
          return {m};
      }
      return ClauseSubjects(start, false);
    }
    if (modifiers_only) return {};
    if (start > 0 && lower(start - 1) == "in") return ClauseSubjects(start, true);
    // The object of a light verb: "conducted strikes", "carried out an attack".
    std::size_t before = start;
    while (before > 0 && tokens_[before - 1].pos == "RP") --before;
    for (const VerbGroup& group : groups_) {
      if (group.end != before) continue;
      if (IsLightVerb(group.lemma) && !group.negated && group.modality != Modality::kPossibility)
        return group.subjects;
      break;
    }
    return {};
  }

  static bool IsLightVerb(std::string_view lemma) {
    static constexpr std::string_view kWords[] = {
        "conduct", "carry",  "launch",   "continue",  "begin",     "start",   "mount",   "stage",
        "wage",    "lead",   "step",     "intensify", "escalate",  "resume",  "provide", "offer",
        "give",    "extend", "pledge",   "reiterate", "reaffirm",  "express", "sign",    "hold",
        "deliver", "join",   "announce", "make",      "undertake", "fly"};
    return OneOf(lemma, kWords);
  }

  void Emit(std::size_t source, std::size_t target, const RelationCode& code, bool negated) {
    if (source == target) return;
    if (NormalizeName(mentions_[source].canonical) == NormalizeName(mentions_[target].canonical))
      return;
    for (const auto& [s, o, c, n] : out_) {
      if (s == source && o == target && c.cameo == code.cameo && n == negated) return;
    }
    out_.emplace_back(source, target, code, negated);
  }
  void Emit(const Event& event) {
    for (std::size_t source : event.sources) {
      for (std::size_t target : event.targets) Emit(source, target, event.code, event.negated);
    }
  }

  // Speakers and the groups they report: "A said (that) ...", '"...," A said', "according to A".
  void ReportedSpeech(const std::vector<std::vector<Event>>& events) {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const VerbGroup& speech = groups_[g];
      // A news report ("X reported") attributes without taking a side.
      if (speech.after_to || speech.subjects.empty() || speech.negated ||
          speech.lemma == "report" || speech.modality == Modality::kPossibility ||
          !IsSpeechLemma(speech.lemma))
        continue;
      // After the clause it reports: the speaker phrase follows a comma or a closing quote.
      std::size_t begin = speech.subject_begin == kNone ? speech.first : speech.subject_begin;
      bool after =
          begin > 0 && (tokens_[begin - 1].text == "," || tokens_[begin - 1].text == "\"" ||
                        tokens_[begin - 1].text == "''");
      for (std::size_t h = 0; h < groups_.size(); ++h) {
        if (h == g) continue;
        bool reported = after ? groups_[h].end <= begin : groups_[h].first >= speech.end;
        if (reported) Report(speech.subjects, groups_[h], events[h]);
      }
    }
    // "according to A"
    for (std::size_t i = 0; i + 2 < tokens_.size(); ++i) {
      if (lower(i) != "according" || lower(i + 1) != "to") continue;
      std::vector<std::size_t> speakers = PhraseActors(i + 2, PhraseEnd(i + 2));
      if (speakers.empty()) continue;
      for (std::size_t h = 0; h < groups_.size(); ++h) {
        if (groups_[h].first < i || groups_[h].first > i + 12)
          Report(speakers, groups_[h], events[h]);
      }
    }
  }

  // A speaker reporting a conflict event of B accuses B; reporting "B must ..." demands of B.
  void Report(const std::vector<std::size_t>& speakers, const VerbGroup& group,
              const std::vector<Event>& group_events) {
    for (const Event& event : group_events) {
      if (event.negated || event.code.quad != 4) continue;
      for (std::size_t speaker : speakers) {
        if (mentions_[speaker].kind == MentionKind::kNominal) continue;  // "residents said"
        for (std::size_t source : event.sources) Emit(speaker, source, AccuseCode(), false);
      }
    }
    if (group.modality == Modality::kObligation && !group.negated && !group.after_to) {
      for (std::size_t speaker : speakers) {
        for (std::size_t subject : group.subjects) Emit(speaker, subject, DemandCode(), false);
      }
    }
  }

  const VerbLexicon& verbs_;
  const EventNounLexicon& event_nouns_;
  const Lemmatizer& lemmatizer_;
  const std::vector<Token>& tokens_;
  const std::vector<Mention>& mentions_;
  std::vector<std::string> lower_;
  std::vector<std::size_t> starts_at_;  // actor mention starting at a token
  std::vector<std::size_t> ends_at_;    // actor mention ending before a token
  std::vector<std::size_t> norp_at_;    // nationality mention starting at a token
  std::vector<bool> covered_;           // token inside any mention
  bool headline_ = false;
  std::vector<VerbGroup> groups_;
  std::vector<std::tuple<std::size_t, std::size_t, RelationCode, bool>> out_;
};

}  // namespace

TripleExtractor::TripleExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer)
    : verbs_(verbs), lemmatizer_(lemmatizer), event_nouns_(EventNounLexicon::LoadEmbedded()) {}

std::vector<Triple> TripleExtractor::Extract(const Document& document,
                                             const std::vector<Sentence>& sentences,
                                             const std::vector<Mention>& mentions) const {
  std::vector<Triple> triples;
  std::size_t next_mention = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (sentence.tokens.empty()) continue;
    while (next_mention < mentions.size() && mentions[next_mention].sentence < s) ++next_mention;
    if (next_mention >= mentions.size() || mentions[next_mention].sentence != s) continue;
    SentenceExtractor extractor(verbs_, event_nouns_, lemmatizer_, sentence, mentions, next_mention,
                                s);
    for (auto& [source, target, code, negated] : extractor.Run()) {
      Triple triple;
      triple.subject = source;
      triple.object = target;
      triple.relation = std::move(code);
      triple.negated = negated;
      triple.confidence = mentions[source].kind == MentionKind::kPronoun ? 0.7 : 1.0;
      triple.provenance.document_id = document.id;
      triple.provenance.date = document.date;
      triple.provenance.sentence = s;
      triple.provenance.sentence_span = sentence.span;
      triple.provenance.sentence_text =
          document.text.substr(sentence.span.begin, sentence.span.size());
      triples.push_back(std::move(triple));
    }
  }
  return triples;
}

}  // namespace newsgraph
