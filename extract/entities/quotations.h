// Direct speech in a document: quotations that may run over several sentences and paragraphs,
// the actor each is attributed to, and the first-person pronouns inside them, which stand for
// that speaker ("I") or the side the speaker speaks for ("we", "our").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/entities/actor_dictionary.h"
#include "extract/entities/mentions.h"
#include "extract/types.h"

namespace newsgraph {

// A token of a document: its sentence and its index in that sentence.
struct TokenPosition {
  std::size_t sentence = 0;
  std::size_t token = 0;
};

// One quotation: the tokens strictly between its opening and its closing mark.
struct Quotation {
  TokenPosition open;   // the opening quote mark
  // The closing quote mark; for a quotation left open at the end of a paragraph, one past the last
  // token of the paragraph's last sentence.
  TokenPosition close;
  bool closed = true;  // false when the paragraph ended before a closing mark

  bool Contains(std::size_t sentence, std::size_t token) const;
};

// The quotations of a document, in order. Curly marks and `` '' say whether they open or close;
// straight double marks alternate. A quotation still open when its paragraph ends (a newline in
// `text` between two sentences) goes on when the next paragraph opens with a quote mark, the
// convention of news writing for a quote over several paragraphs, and ends there otherwise.
// Single quote marks are left alone: they are also apostrophes.
std::vector<Quotation> FindQuotations(std::string_view text,
                                      const std::vector<Sentence>& sentences);

// Attributes quotations to their speakers and resolves the first-person pronouns inside them.
class QuotationResolver {
 public:
  // Keeps references to both, which must outlive the resolver.
  QuotationResolver(const ActorDictionary& dictionary, const MentionFinder& finder);

  // `mentions` are MentionFinder::Find's for `sentences` of `text`, in document order. A quotation's
  // speaker is the actor named (or the resolved he/she) with a word of resources/speech_words.txt
  // next to it:
  // - after the closing mark in its sentence: '"...," A said', '"...," said A', '"...,"
  //   according to A' (an actor after the word only when the word comes first, so a spokesman who
  //   "told Reuters" is no attribution to Reuters);
  // - before the opening mark in its sentence, or in the sentence before when that one ends with
  //   a colon: 'A said: "..."', 'A told reporters, "..."' (the nearest actor before the word), or a
  //   clause introducing the quote with a colon ('A responded to the rules: "..."', its first
  //   actor);
  // - else, the speaker of the quotation just before when that one ends in the same or the
  //   previous sentence ('"...," A said. "..."').
  // Inside an attributed quotation I/me/my take the speaker's canonical name, and we/us/our the
  // speaker's side: the speaker itself when it is an organisation or state, else the state or
  // organisation the document names for the person in a title ("Ukrainian Foreign Minister"),
  // before a title ("Kenya's foreign minister"), in an "of" phrase after the name ("X of the
  // SDF") or in an apposition next to the name ("X, a spokesman for the SDF,"); unresolved when
  // none is named. Possessive my/our left unresolved are removed; other first-person
  // pronouns keep their lower-case text as canonical, which keeps them out of the graph.
  // Returns the attributed quotations, in order.
  std::vector<Quotation> Resolve(std::string_view text, const std::vector<Sentence>& sentences,
                                 std::vector<Mention>& mentions) const;

 private:
  class DocumentQuotes;

  const ActorDictionary& dictionary_;
  const MentionFinder& finder_;
};

}  // namespace newsgraph
