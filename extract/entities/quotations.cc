#include "extract/entities/quotations.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "extract/text/names.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// How far from a quote mark its attribution may sit, in tokens.
constexpr std::size_t kAttributionWindow = 8;
// How long an apposition that names a person's affiliation may be, in tokens.
constexpr std::size_t kAppositionWindow = 12;

enum class MarkKind { kNone, kOpening, kClosing, kEither };

MarkKind QuoteMarkKind(std::string_view text) {
  if (text == "\u201c" || text == "``") return MarkKind::kOpening;
  if (text == "\u201d" || text == "''") return MarkKind::kClosing;
  if (text == "\"") return MarkKind::kEither;
  return MarkKind::kNone;
}

// True when a newline separates `sentence` from the one before it.
bool OpensParagraph(std::string_view text, const Sentence& previous, const Sentence& sentence) {
  if (sentence.span.begin < previous.span.end || sentence.span.begin > text.size()) return false;
  return text.substr(previous.span.end, sentence.span.begin - previous.span.end).find('\n') !=
         std::string_view::npos;
}

// A first-person pronoun mention that no quotation has resolved yet.
bool IsUnresolvedFirstPerson(const Mention& mention) {
  const std::string lower = ToLower(mention.text);
  return mention.kind == MentionKind::kPronoun && mention.canonical == lower &&
         (IsSingularFirstPerson(lower) || IsPluralFirstPerson(lower));
}

// An actor that can be a quotation's speaker: a name or nominal, or a resolved he/she.
bool CanSpeak(const Mention& mention) {
  if (!IsActorType(mention.type)) return false;
  if (mention.kind != MentionKind::kPronoun) return true;
  const std::string lower = ToLower(mention.text);
  return (lower == "he" || lower == "she") && mention.canonical != lower;
}

bool IsSeparator(std::string_view text) {
  return text == "," || text == "--" || text == "\xE2\x80\x94" || text == "\xE2\x80\x93";
}

// What a first-person plural pronoun stands for.
struct Side {
  std::string canonical;
  EntityType type = EntityType::kOrganization;
  std::string sector;
};

}  // namespace

bool Quotation::Contains(std::size_t sentence, std::size_t token) const {
  auto before = [](std::size_t s1, std::size_t t1, std::size_t s2, std::size_t t2) {
    return s1 < s2 || (s1 == s2 && t1 < t2);
  };
  return before(open.sentence, open.token, sentence, token) &&
         before(sentence, token, close.sentence, close.token);
}

std::vector<Quotation> FindQuotations(std::string_view text,
                                      const std::vector<Sentence>& sentences) {
  std::vector<Quotation> quotations;
  std::optional<Quotation> current;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Token>& tokens = sentences[s].tokens;
    std::size_t first = 0;
    if (current && s > 0 && OpensParagraph(text, sentences[s - 1], sentences[s])) {
      if (!tokens.empty() && QuoteMarkKind(tokens[0].text) != MarkKind::kNone &&
          QuoteMarkKind(tokens[0].text) != MarkKind::kClosing) {
        first = 1;  // the mark that carries the quotation on into this paragraph
      } else {
        current->close = {s - 1, sentences[s - 1].tokens.size()};
        current->closed = false;
        quotations.push_back(*current);
        current.reset();
      }
    }
    for (std::size_t t = first; t < tokens.size(); ++t) {
      const MarkKind kind = QuoteMarkKind(tokens[t].text);
      if (kind == MarkKind::kNone) continue;
      if (!current && kind != MarkKind::kClosing) {
        current = Quotation{};
        current->open = {s, t};
      } else if (current && kind != MarkKind::kOpening) {
        current->close = {s, t};
        quotations.push_back(*current);
        current.reset();
      }
    }
  }
  if (current && !sentences.empty()) {
    current->close = {sentences.size() - 1, sentences.back().tokens.size()};
    current->closed = false;
    quotations.push_back(*current);
  }
  return quotations;
}

// One document's mentions, looked up by sentence, with the attribution rules over them.
class QuotationResolver::DocumentQuotes {
 public:
  DocumentQuotes(const QuotationResolver& resolver, const std::vector<Sentence>& sentences,
                 std::vector<Mention>& mentions)
      : dictionary_(resolver.dictionary_),
        finder_(resolver.finder_),
        sentences_(sentences),
        mentions_(mentions),
        first_of_sentence_(sentences.size() + 1, mentions.size()) {
    for (std::size_t m = mentions.size(); m > 0; --m)
      first_of_sentence_[mentions[m - 1].sentence] = m - 1;
    for (std::size_t s = sentences.size(); s > 0; --s)
      first_of_sentence_[s - 1] = std::min(first_of_sentence_[s - 1], first_of_sentence_[s]);
  }

  // The mention speaking `quotation`, kNone when it is not attributed in its own sentences.
  std::size_t Speaker(const Quotation& quotation) const {
    const std::size_t after = SpeakerAfter(quotation);
    return after != kNone ? after : SpeakerBefore(quotation);
  }

  // Resolves the first-person pronouns inside `quotation` to `speaker` or its side.
  void ResolveFirstPersons(const Quotation& quotation, std::size_t speaker) {
    const Mention speaking = mentions_[speaker];
    const std::optional<Side> side = SideOf(speaking);
    for (std::size_t m = first_of_sentence_[quotation.open.sentence];
         m < first_of_sentence_[quotation.close.sentence + 1]; ++m) {
      Mention& pronoun = mentions_[m];
      if (!IsUnresolvedFirstPerson(pronoun) ||
          !quotation.Contains(pronoun.sentence, pronoun.first_token))
        continue;
      if (IsSingularFirstPerson(ToLower(pronoun.text))) {
        pronoun.canonical = speaking.canonical;
        pronoun.type = speaking.type;
      } else if (side) {
        pronoun.canonical = side->canonical;
        pronoun.type = side->type;
        pronoun.sector = side->sector;
      }
    }
  }

  // True when an actor other than `speaker` who could speak is named between `from` and `to`
  // (token positions in document order, `to` excluded).
  bool NamesOtherSpeakerBetween(TokenPosition from, TokenPosition to, std::size_t speaker) const {
    for (std::size_t s = from.sentence; s <= to.sentence && s < sentences_.size(); ++s) {
      const std::size_t begin = s == from.sentence ? from.token : 0;
      const std::size_t end = s == to.sentence ? to.token : sentences_[s].tokens.size();
      for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m) {
        if (CanSpeakWithin(m, begin, end) &&
            mentions_[m].canonical != mentions_[speaker].canonical)
          return true;
      }
    }
    return false;
  }

 private:
  // '"...," A said', '"...," said A', '"...," according to A'.
  std::size_t SpeakerAfter(const Quotation& quotation) const {
    if (!quotation.closed) return kNone;
    const std::size_t s = quotation.close.sentence;
    const std::vector<Token>& tokens = sentences_[s].tokens;
    std::size_t begin = quotation.close.token + 1;
    while (begin < tokens.size() && IsSeparator(tokens[begin].text)) ++begin;
    std::size_t end = std::min(tokens.size(), begin + kAttributionWindow);
    for (std::size_t t = begin; t < end; ++t) {
      if (QuoteMarkKind(tokens[t].text) != MarkKind::kNone) end = t;
    }
    const std::size_t word = FirstSpeechWord(tokens, begin, end);
    if (word == kNone) return kNone;
    return word == begin ? FirstSpeaker(s, word + 1, end) : FirstSpeaker(s, begin, word);
  }

  // 'A said: "..."', 'A told reporters, "..."', 'A rejected the rules: "..."', in the sentence of
  // the opening mark or, when the quotation opens its sentence, in a sentence before ending with a
  // colon.
  std::size_t SpeakerBefore(const Quotation& quotation) const {
    std::size_t s = quotation.open.sentence;
    std::size_t end = quotation.open.token;
    if (end == 0) {
      if (s == 0 || sentences_[s - 1].tokens.empty() || sentences_[s - 1].tokens.back().text != ":")
        return kNone;
      --s;
      end = sentences_[s].tokens.size();
    }
    const std::vector<Token>& tokens = sentences_[s].tokens;
    std::size_t begin = end;
    while (begin > 0 && QuoteMarkKind(tokens[begin - 1].text) == MarkKind::kNone) --begin;
    for (std::size_t t = end; t > begin; --t) {
      if (speech_words_.count(ToLower(tokens[t - 1].text)))
        return LastSpeaker(s, AfterUnresolvedPronoun(s, begin, t - 1), t - 1);
    }
    // A clause that introduces a quoted sentence: 'A defended the decision, "As I ..."'.
    const std::vector<Token>& quoted = sentences_[quotation.open.sentence].tokens;
    const std::size_t first_quoted = quotation.open.token + 1;
    const bool introduces =
        tokens[end - 1].text == ":" ||
        (tokens[end - 1].text == "," && first_quoted < quoted.size() &&
         StartsWithUpper(quoted[first_quoted].text));
    return introduces ? FirstSpeaker(s, begin, end) : kNone;
  }

  std::size_t FirstSpeechWord(const std::vector<Token>& tokens, std::size_t begin,
                              std::size_t end) const {
    for (std::size_t t = begin; t < end; ++t) {
      if (speech_words_.count(ToLower(tokens[t].text))) return t;
    }
    return kNone;
  }

  // Where the search for a speaker before token `end` of sentence `s` starts: after the last
  // personal pronoun in [begin, end) that no mention covers ("He said" with no antecedent for He:
  // the speaker is unknown, not an actor named earlier in the sentence).
  std::size_t AfterUnresolvedPronoun(std::size_t s, std::size_t begin, std::size_t end) const {
    const std::vector<Token>& tokens = sentences_[s].tokens;
    for (std::size_t t = end; t > begin; --t) {
      if (tokens[t - 1].pos != "PRP") continue;
      bool covered = false;
      for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m)
        covered = covered || (mentions_[m].first_token <= t - 1 && t - 1 < mentions_[m].end_token);
      if (!covered) return t;
    }
    return begin;
  }

  // The first (last) mention that can speak within tokens [begin, end) of sentence `s`.
  std::size_t FirstSpeaker(std::size_t s, std::size_t begin, std::size_t end) const {
    for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m) {
      if (CanSpeakWithin(m, begin, end)) return m;
    }
    return kNone;
  }
  std::size_t LastSpeaker(std::size_t s, std::size_t begin, std::size_t end) const {
    for (std::size_t m = first_of_sentence_[s + 1]; m > first_of_sentence_[s]; --m) {
      if (CanSpeakWithin(m - 1, begin, end)) return m - 1;
    }
    return kNone;
  }

  // Mention `m` lies within tokens [begin, end) of its sentence and can speak there: an actor
  // after a preposition is whom the words were addressed to or where they appeared ("in remarks
  // to UOL", "spoke on Fox News"), not the speaker, unless the preposition follows a title ("a
  // spokesman for X": X speaks).
  bool CanSpeakWithin(std::size_t m, std::size_t begin, std::size_t end) const {
    const Mention& mention = mentions_[m];
    if (mention.first_token < begin || mention.end_token > end || !CanSpeak(mention)) return false;
    const std::vector<Token>& tokens = sentences_[mention.sentence].tokens;
    std::size_t before = mention.first_token;
    if (before > 0 && tokens[before - 1].pos == "DT") --before;
    if (before == 0 || (tokens[before - 1].pos != "IN" && tokens[before - 1].pos != "TO"))
      return true;
    return finder_.TitleBefore(tokens, before - 1) > 0;
  }

  // The speaker itself when it is an organisation or state, else the affiliation the document
  // gives anywhere for the person the speaker names.
  std::optional<Side> SideOf(const Mention& speaker) const {
    if (speaker.type == EntityType::kOrganization || speaker.type == EntityType::kGpe)
      return Side{speaker.canonical, speaker.type, speaker.sector};
    if (speaker.type != EntityType::kPerson) return std::nullopt;
    for (const Mention& named : mentions_) {
      if (named.type != EntityType::kPerson || named.kind != MentionKind::kName ||
          named.canonical != speaker.canonical)
        continue;
      if (std::optional<Side> side = Affiliation(named)) return side;
    }
    return std::nullopt;
  }

  // The state or organisation a person's mention names for them: a nationality in the title
  // ("Ukrainian Foreign Minister"), a possessor before the title ("Kenya's foreign minister"), an
  // "of" phrase after the name ("X of the SDF"), or an apposition with a title next to the name
  // ("X, a spokesman for the SDF,", "the head of the SDF, X,").
  std::optional<Side> Affiliation(const Mention& person) const {
    for (std::string_view word : Split(person.title, ' ')) {
      if (const ActorEntry* state = dictionary_.CountryOfDemonym(word))
        return Side{state->name, EntityType::kGpe, ""};
    }
    const std::vector<Token>& tokens = sentences_[person.sentence].tokens;
    const std::size_t title = finder_.TitleBefore(tokens, person.first_token);
    if (title > 0) {
      const std::size_t possessive = person.first_token - title;
      if (possessive >= 1 && (tokens[possessive - 1].text == "'s" ||
                              tokens[possessive - 1].text == "\xE2\x80\x99s"))
        return SideEndingAt(person.sentence, possessive - 1);
      return std::nullopt;
    }
    if (person.end_token + 1 < tokens.size() && tokens[person.end_token].text == "of") {
      const std::size_t next = person.end_token + 1;
      return SideStartingAt(person.sentence, tokens[next].pos == "DT" ? next + 1 : next);
    }
    if (person.end_token < tokens.size() && tokens[person.end_token].text == ",") {
      std::size_t end = person.end_token + 1;
      while (end < tokens.size() && end < person.end_token + kAppositionWindow &&
             !IsSeparator(tokens[end].text))
        ++end;
      if (std::optional<Side> side = TitledSideIn(person.sentence, person.end_token + 1, end))
        return side;
    }
    if (person.first_token >= 1 && tokens[person.first_token - 1].text == ",") {
      std::size_t begin = person.first_token - 1;
      while (begin > 0 && begin + kAppositionWindow > person.first_token &&
             !IsSeparator(tokens[begin - 1].text))
        --begin;
      return TitledSideIn(person.sentence, begin, person.first_token - 1);
    }
    return std::nullopt;
  }

  // The side named in tokens [begin, end) of sentence `s` when a title is among them.
  std::optional<Side> TitledSideIn(std::size_t s, std::size_t begin, std::size_t end) const {
    const std::vector<Token>& tokens = sentences_[s].tokens;
    for (std::size_t t = begin; t < end; ++t) {
      if (finder_.TitleAt(tokens, t) == 0) continue;
      for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m) {
        const Mention& mention = mentions_[m];
        if (mention.first_token < begin || mention.end_token > end) continue;
        if (std::optional<Side> side = SideNamedBy(mention)) return side;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The side of the mention ending just before token `end` of sentence `s` ("Kenya" in "Kenya's").
  std::optional<Side> SideEndingAt(std::size_t s, std::size_t end) const {
    for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m) {
      if (mentions_[m].end_token == end) return SideNamedBy(mentions_[m]);
    }
    return std::nullopt;
  }

  // The side of the mention starting at token `first` of sentence `s` ("the SDF" in "X of the
  // SDF").
  std::optional<Side> SideStartingAt(std::size_t s, std::size_t first) const {
    for (std::size_t m = first_of_sentence_[s]; m < first_of_sentence_[s + 1]; ++m) {
      if (mentions_[m].first_token == first) return SideNamedBy(mentions_[m]);
    }
    return std::nullopt;
  }

  // An organisation or state stands for itself, a nationality for its state; a name that ends
  // with a title names an office ("Senate Minority Leader"), not a side.
  std::optional<Side> SideNamedBy(const Mention& mention) const {
    if (mention.kind == MentionKind::kPronoun) return std::nullopt;
    const std::vector<Token>& tokens = sentences_[mention.sentence].tokens;
    if (finder_.TitleAt(tokens, mention.end_token - 1) == 1) return std::nullopt;
    if (mention.type == EntityType::kOrganization || mention.type == EntityType::kGpe)
      return Side{mention.canonical, mention.type, mention.sector};
    if (mention.type != EntityType::kNorp) return std::nullopt;
    const ActorEntry* state = dictionary_.CountryOfDemonym(mention.text);
    return state == nullptr ? std::nullopt
                            : std::optional<Side>(Side{state->name, EntityType::kGpe, ""});
  }

  const ActorDictionary& dictionary_;
  const MentionFinder& finder_;
  const std::vector<Sentence>& sentences_;
  std::vector<Mention>& mentions_;
  // first_of_sentence_[s]: the first mention of sentence s or later; mentions.size() past the end.
  std::vector<std::size_t> first_of_sentence_;
  const std::unordered_set<std::string>& speech_words_ = SpeechWords();

  static const std::unordered_set<std::string>& SpeechWords() {
    static const std::unordered_set<std::string> words = EmbeddedWordList("speech_words.txt");
    return words;
  }
};

QuotationResolver::QuotationResolver(const ActorDictionary& dictionary, const MentionFinder& finder)
    : dictionary_(dictionary), finder_(finder) {}

std::vector<Quotation> QuotationResolver::Resolve(std::string_view text,
                                                  const std::vector<Sentence>& sentences,
                                                  std::vector<Mention>& mentions) const {
  DocumentQuotes quotes(*this, sentences, mentions);
  const std::vector<Quotation> quotations = FindQuotations(text, sentences);
  std::vector<Quotation> attributed;
  std::size_t previous_speaker = kNone;
  for (std::size_t q = 0; q < quotations.size(); ++q) {
    std::size_t speaker = quotes.Speaker(quotations[q]);
    // '"...," A said. "..."': a quotation with no attribution of its own that follows an
    // attributed one closely, with no other actor who could speak between them, is the same
    // speaker's.
    if (speaker == kNone && previous_speaker != kNone &&
        quotations[q].open.sentence <= quotations[q - 1].close.sentence + 1 &&
        !quotes.NamesOtherSpeakerBetween(quotations[q - 1].close, quotations[q].open,
                                         previous_speaker))
      speaker = previous_speaker;
    if (speaker != kNone) {
      quotes.ResolveFirstPersons(quotations[q], speaker);
      attributed.push_back(quotations[q]);
    }
    previous_speaker = speaker;
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const Mention& m) {
                                  const std::string lower = ToLower(m.text);
                                  return IsUnresolvedFirstPerson(m) &&
                                         (lower == "my" || lower == "our");
                                }),
                 mentions.end());
  return attributed;
}

}  // namespace newsgraph
