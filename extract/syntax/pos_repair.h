#pragma once

#include <vector>

#include "extract/syntax/lemmatizer.h"
#include "extract/types.h"

namespace newsgraph {

// Corrects two part-of-speech errors of the tagger that hide a clause's verb from the triples:
//  - a present-tense verb tag (VBZ, VBP, VB) on a lower-case word with no WordNet verb lemma is a
//    noun: NNS when it ends in -s, else NN ("U.S. airstrikes against al-Qaida");
//  - a past participle (VBN) with no auxiliary or finite verb before it in the sentence, right
//    after a noun and right before its object (a determiner, number, possessive, name or
//    quantity word such as "more", "at", "nearly"), is a past tense (VBD): "A series of U.S.
//    airstrikes killed 20 militants".
void RepairPartOfSpeechTags(const Lemmatizer& lemmatizer, std::vector<Sentence>& sentences);

}  // namespace newsgraph
