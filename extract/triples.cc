#include "extract/triples.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "extract/names.h"
#include "extract/text_util.h"

namespace newsgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool IsVerbTag(std::string_view pos) { return StartsWith(pos, "VB") || pos == "MD"; }
bool IsAdverbTag(std::string_view pos) { return StartsWith(pos, "RB"); }
bool IsNounTag(std::string_view pos) { return StartsWith(pos, "NN"); }

bool IsNegation(std::string_view lower) {
  return lower == "not" || lower == "n't" || lower == "never" || lower == "no";
}

bool IsBeOrGet(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"is",  "are",   "was",  "were", "be",  "been",
                                                "being", "'s",  "'re", "am",   "get", "gets",
                                                "got", "gotten", "getting"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Modals that make a statement hypothetical. "will" states an intention and is kept.
bool IsIrrealisModal(std::string_view lower) {
  return lower == "would" || lower == "could" || lower == "might" || lower == "may" ||
         lower == "must" || lower == "should" || lower == "can" || lower == "ca" ||
         lower == "cannot" || lower == "shall" || lower == "'d";
}

// Words that may stand between the literal words of a pattern ("took another jab at").
bool IsFiller(const Token& token) {
  std::string_view pos = token.pos;
  return pos == "DT" || pos == "PDT" || pos == "PRP$" || StartsWith(pos, "JJ") ||
         IsAdverbTag(pos) || pos == "CD";
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

struct VerbGroup {
  std::size_t first = 0;
  std::size_t end = 0;   // exclusive
  std::size_t head = 0;  // the last verb
  bool negated = false;
  bool passive = false;
  bool irrealis = false;
  bool bare_participle = false;
  std::size_t subject = kNone;  // mention index, filled when found
};

}  // namespace

TripleExtractor::TripleExtractor(const VerbLexicon& verbs, const Lemmatizer& lemmatizer)
    : verbs_(verbs), lemmatizer_(lemmatizer) {}

std::vector<Triple> TripleExtractor::Extract(const Document& document,
                                             const std::vector<Sentence>& sentences,
                                             const std::vector<Mention>& mentions) const {
  std::vector<Triple> triples;
  std::size_t next_mention = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    const std::vector<Token>& tokens = sentence.tokens;
    if (tokens.empty()) continue;

    // Actor mentions of this sentence by token.
    std::vector<std::size_t> starts_at(tokens.size() + 1, kNone);
    std::vector<std::size_t> ends_at(tokens.size() + 1, kNone);
    while (next_mention < mentions.size() && mentions[next_mention].sentence < s) ++next_mention;
    for (std::size_t m = next_mention; m < mentions.size() && mentions[m].sentence == s; ++m) {
      if (!IsActorType(mentions[m].type)) continue;
      starts_at[mentions[m].first_token] = m;
      ends_at[mentions[m].end_token] = m;
    }
    auto lower = [&](std::size_t i) { return ToLower(tokens[i].text); };
    bool headline = IsHeadline(sentence);

    // The actors of a phrase starting at token i: determiners and title words skipped, then a
    // mention and any mentions coordinated with it.
    auto actors_at = [&](std::size_t i) {
      std::vector<std::size_t> found;
      std::size_t j = i;
      while (j < tokens.size() && starts_at[j] == kNone &&
             (tokens[j].pos == "DT" || tokens[j].pos == "PDT" || tokens[j].pos == "PRP$" ||
              (tokens[j].pos == "NNP" && j + 1 < tokens.size())) &&
             j - i < 4)
        ++j;
      if (j < tokens.size() && starts_at[j] != kNone) {
        std::size_t m = starts_at[j];
        found.push_back(m);
        std::size_t k = mentions[m].end_token;
        while (k + 1 < tokens.size()) {
          std::string word = lower(k);
          if (word != "and" && word != "or" && word != ",") break;
          std::size_t next = k + 1;
          if (word == "," && next < tokens.size() && (lower(next) == "and" || lower(next) == "or"))
            ++next;
          while (next < tokens.size() && starts_at[next] == kNone && tokens[next].pos == "DT")
            ++next;
          if (next >= tokens.size() || starts_at[next] == kNone) break;
          std::size_t after = mentions[starts_at[next]].end_token;
          // ", and Borrell said": a new clause's subject, not a coordinated actor.
          if (after < tokens.size() && IsVerbTag(tokens[after].pos)) break;
          found.push_back(starts_at[next]);
          k = after;
        }
        return found;
      }
      return found;
    };
    // As actors_at, but a noun phrase without an actor leads on to "by"/"of": "criticized air
    // strikes by a U.S.-led coalition".
    auto target_actors = [&](std::size_t i) {
      std::vector<std::size_t> found = actors_at(i);
      if (!found.empty()) return found;
      std::size_t k = i;
      while (k < tokens.size() && k - i < 6 && starts_at[k] == kNone &&
             (IsNounTag(tokens[k].pos) || tokens[k].pos == "DT" || StartsWith(tokens[k].pos, "JJ") ||
              tokens[k].pos == "PRP$" || tokens[k].pos == "CD"))
        ++k;
      if (k > i && k + 1 < tokens.size() && (lower(k) == "by" || lower(k) == "of"))
        return actors_at(k + 1);
      return found;
    };

    // Verb groups.
    std::vector<VerbGroup> groups;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      bool verb = IsVerbTag(tokens[i].pos);
      if (!verb && headline && i > 0 && ends_at[i] != kNone && StartsWithUpper(tokens[i].text) &&
          !verbs_.PatternsFor(lemmatizer_.VerbLemma(tokens[i].text)).empty())
        verb = true;  // "Russia Arming Iraq": a headline verb the tagger took for a name
      if (!verb) continue;
      VerbGroup group;
      group.first = i;
      std::size_t j = i;
      std::size_t verbs = 0;
      bool has_be = false;
      while (j < tokens.size() &&
             (IsVerbTag(tokens[j].pos) || (j == i) ||
              (IsAdverbTag(tokens[j].pos) && j + 1 < tokens.size() &&
               (IsVerbTag(tokens[j + 1].pos) || IsAdverbTag(tokens[j + 1].pos))))) {
        std::string word = lower(j);
        if (IsVerbTag(tokens[j].pos) || j == i) {
          if (verbs > 0 && IsBeOrGet(lower(group.head))) has_be = true;
          group.head = j;
          ++verbs;
          if (tokens[j].pos == "MD" && IsIrrealisModal(word)) group.irrealis = true;
        }
        if (IsNegation(word)) group.negated = true;
        ++j;
      }
      group.end = j;
      group.passive = has_be && tokens[group.head].pos == "VBN";
      group.bare_participle = verbs == 1 && !headline &&
                              (tokens[group.head].pos == "VBN" || tokens[group.head].pos == "VBG");
      if (group.first > 0 && (tokens[group.first - 1].pos == "TO" || lower(group.first - 1) == "to"))
        group.irrealis = true;
      groups.push_back(group);
      i = j - 1;
    }

    // Subjects: the actor right before the group, across ", apposition ," or a relative clause.
    auto subject_before = [&](std::size_t first) -> std::size_t {
      std::size_t j = first;
      while (j > 0 && IsAdverbTag(tokens[j - 1].pos)) --j;
      if (j > 0 && (lower(j - 1) == "who" || lower(j - 1) == "which" || lower(j - 1) == "that") &&
          tokens[j - 1].pos != "IN") {
        --j;
        if (j > 0 && tokens[j - 1].text == ",") --j;
      }
      if (j == 0) return kNone;
      if (ends_at[j] != kNone) return ends_at[j];
      if (tokens[j - 1].text == ",") {
        // "Gennady Gatilov, Russia's deputy foreign minister, accused ..."
        for (std::size_t k = j - 1; k > 0 && j - k < 25; --k) {
          if (tokens[k - 1].text == "," || tokens[k - 1].text == ".") break;
          if (tokens[k - 1].text == "\"" ) break;
          if (k >= 1 && tokens[k - 1].text != "," && k >= 2 && tokens[k - 2].text == ",") {
            // Apposition starts at k-1; the actor must end at k-2.
            if (ends_at[k - 2] != kNone) return ends_at[k - 2];
          }
        }
        return kNone;
      }
      // "Russia's foreign ministry accused ...": the possessor of the subject noun phrase.
      std::size_t k = j;
      while (k > 0 && j - k < 5 &&
             (IsNounTag(tokens[k - 1].pos) || StartsWith(tokens[k - 1].pos, "JJ")) &&
             ends_at[k] == kNone)
        --k;
      if (k > 0 && k < j && tokens[k - 1].pos == "POS" && ends_at[k - 1] != kNone)
        return ends_at[k - 1];
      return kNone;
    };

    // Matches pattern.words[from, to) at token i, allowing up to two filler words before each;
    // on success leaves i after the last matched word.
    auto match_words = [&](const VerbPattern& pattern, std::size_t from, std::size_t to,
                           std::size_t& i) {
      for (std::size_t w = from; w < to; ++w) {
        std::size_t skipped = 0;
        while (i < tokens.size() && skipped < 2 && IsFiller(tokens[i]) &&
               lower(i) != pattern.words[w])
          ++i, ++skipped;
        if (i >= tokens.size()) return false;
        if (lower(i) != pattern.words[w] &&
            lemmatizer_.NounLemma(tokens[i].text) != pattern.words[w] &&
            lemmatizer_.VerbLemma(tokens[i].text) != pattern.words[w])
          return false;
        ++i;
      }
      return true;
    };

    std::size_t previous_subject = kNone;
    for (VerbGroup& group : groups) {
      group.subject = subject_before(group.first);
      if (group.subject == kNone && previous_subject != kNone && group.first > 0 &&
          (lower(group.first - 1) == "and" || lower(group.first - 1) == "but"))
        group.subject = previous_subject;  // "Russia has criticized ..., and encouraged ..."
      if (group.subject != kNone) previous_subject = group.subject;
    }

    for (const VerbGroup& group : groups) {
      if (group.irrealis || group.bare_participle || group.subject == kNone) continue;
      std::string lemma = lemmatizer_.VerbLemma(tokens[group.head].text);
      const std::vector<VerbPattern>& patterns = verbs_.PatternsFor(lemma);
      for (const VerbPattern& pattern : patterns) {
        if (pattern.object_slot == std::string::npos) continue;
        std::vector<std::size_t> sources, targets;
        if (group.passive) {
          // "B was condemned by A": only patterns whose target follows the verb directly.
          if (pattern.object_slot != 1) continue;
          if (group.end >= tokens.size() || lower(group.end) != "by") continue;
          sources = actors_at(group.end + 1);
          targets = {group.subject};
        } else {
          std::size_t i = group.end;
          if (!match_words(pattern, 1, pattern.object_slot, i)) continue;
          targets = target_actors(i);
          if (targets.empty()) continue;
          // Literal words after the target must follow it: "called on B to negotiate".
          std::size_t after = mentions[targets.back()].end_token;
          if (!match_words(pattern, pattern.object_slot + 1, pattern.words.size(), after))
            continue;
          sources = {group.subject};
        }
        if (sources.empty() || targets.empty()) continue;
        // Coordinated subjects: "Russia and China accused ...".
        for (std::size_t source : sources) {
          for (std::size_t target : targets) {
            if (NormalizeName(mentions[source].canonical) ==
                NormalizeName(mentions[target].canonical))
              continue;
            Triple triple;
            triple.subject = source;
            triple.object = target;
            triple.relation = pattern.code;
            triple.negated = group.negated;
            triple.confidence =
                mentions[source].kind == MentionKind::kPronoun ? 0.7 : 1.0;
            triple.provenance.document_id = document.id;
            triple.provenance.date = document.date;
            triple.provenance.sentence = s;
            triple.provenance.sentence_span = sentence.span;
            triple.provenance.sentence_text =
                document.text.substr(sentence.span.begin, sentence.span.size());
            triples.push_back(std::move(triple));
          }
        }
        break;  // the longest matching pattern wins
      }
    }
  }
  return triples;
}

}  // namespace newsgraph
