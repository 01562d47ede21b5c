#include "extract/entities/name_repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/text/tokenizer.h"

namespace newsgraph {
namespace {

// "text of the span/TYPE" for every span of every sentence, in order.
std::vector<std::string> Render(const std::vector<Sentence>& sentences,
                                const std::vector<std::vector<NameSpan>>& names) {
  std::vector<std::string> out;
  for (std::size_t s = 0; s < names.size(); ++s) {
    for (const NameSpan& name : names[s]) {
      std::string text;
      for (std::size_t t = name.first_token; t < name.end_token; ++t)
        text += (t > name.first_token ? " " : "") + sentences[s].tokens[t].text;
      out.push_back(text + "/" + name.type);
    }
  }
  return out;
}

struct RepairCase {
  const char* name;
  const char* text;
  // Spans given as (sentence, first token, end token, type).
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t, const char*>> spans;
  std::vector<std::string> expected;
  // Part-of-speech tags set before the repair, as (sentence, token, tag); others stay empty.
  std::vector<std::tuple<std::size_t, std::size_t, const char*>> tags = {};
};

class RepairNamesTest : public ::testing::TestWithParam<RepairCase> {
 protected:
  static const ActorDictionary& Dictionary() {
    static const ActorDictionary dictionary = ActorDictionary::LoadEmbedded();
    return dictionary;
  }
};

TEST_P(RepairNamesTest, Repairs) {
  std::vector<Sentence> sentences = SplitSentences(GetParam().text);
  std::vector<std::vector<NameSpan>> names(sentences.size());
  for (const auto& [s, first, end, type] : GetParam().spans)
    names[s].push_back({first, end, type, 1.0});
  for (const auto& [s, t, tag] : GetParam().tags) sentences[s].tokens[t].pos = tag;
  RepairNames(sentences, Dictionary(), names);
  EXPECT_EQ(Render(sentences, names), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RepairNamesTest,
    ::testing::Values(
        RepairCase{"particle_cut_after",
                   "The envoy Staffan de Mistura spoke.",
                   {{0, 2, 4, "ORG"}, {0, 4, 5, "PER"}},
                   {"Staffan de Mistura/PER"}},
        RepairCase{"particle_between",
                   "Ursula von der Leyen spoke.",
                   {{0, 0, 1, "PER"}, {0, 2, 4, "PER"}},
                   {"Ursula von der Leyen/PER"}},
        RepairCase{"cut_after_of",
                   "The Government of Iraq spoke.",
                   {{0, 1, 3, "ORG"}, {0, 3, 4, "LOC"}},
                   {"Government of Iraq/ORG"}},
        RepairCase{"nationality_opens_organisation",
                   "The Syrian Democratic Forces advanced.",
                   {{0, 1, 2, "MISC"}, {0, 2, 4, "ORG"}},
                   {"Syrian Democratic Forces/ORG"}},
        RepairCase{"only_a_nationality_opens_organisation",
                   "Boston-based Reagan Communications grew.",
                   {{0, 0, 1, "MISC"}, {0, 1, 3, "ORG"}},
                   {"Boston-based/MISC", "Reagan Communications/ORG"}},
        RepairCase{"middle_initial_is_a_person",
                   "Adnan Z. Amin spoke.",
                   {{0, 0, 3, "ORG"}},
                   {"Adnan Z. Amin/PER"}},
        RepairCase{"cut_before_middle_initial",
                   "Adnan Z. Amin spoke.",
                   {{0, 0, 1, "ORG"}, {0, 1, 3, "PER"}},
                   {"Adnan Z. Amin/PER"}},
        RepairCase{"cut_after_middle_initial",
                   "Adnan Z. Amin spoke.",
                   {{0, 0, 2, "ORG"}, {0, 2, 3, "PER"}},
                   {"Adnan Z. Amin/PER"}},
        RepairCase{"adjacent_person_names_are_one",
                   "Alejandra Gonz\xC3\xA1lez Anaya spoke.",
                   {{0, 0, 1, "PER"}, {0, 1, 3, "PER"}},
                   {"Alejandra Gonz\xC3\xA1lez Anaya/PER"}},
        RepairCase{"generational_suffix",
                   "She killed Andre Price III and painted like Lucas Cranach the Elder.",
                   {{0, 2, 4, "PER"}, {0, 8, 10, "PER"}},
                   {"Andre Price III/PER", "Lucas Cranach the Elder/PER"}},
        RepairCase{"suffix_takes_in_a_name_inside_it",
                   "Paintings by Lucas Cranach the Elder hang here.",
                   {{0, 2, 4, "PER"}, {0, 5, 6, "LOC"}},
                   {"Lucas Cranach the Elder/PER"}},
        RepairCase{"suffix_never_cuts_a_name_that_goes_on",
                   "Andre Price III Foundation gave.",
                   {{0, 0, 2, "PER"}, {0, 2, 4, "ORG"}},
                   {"Andre Price/PER", "III Foundation/ORG"}},
        RepairCase{"no_join_without_person",
                   "Iraq and Syria met.",
                   {{0, 0, 1, "LOC"}, {0, 2, 3, "LOC"}},
                   {"Iraq/LOC", "Syria/LOC"}},
        RepairCase{"headline_verbs_dropped",
                   "Moscow Arming Rebels, Petrov Says\n\nGeneral Ivan Petrov said Moscow helps.",
                   {{0, 0, 2, "ORG"}, {0, 4, 6, "PER"}, {1, 1, 3, "PER"}, {1, 4, 5, "LOC"}},
                   {"Moscow/LOC", "Petrov/PER", "Ivan Petrov/PER", "Moscow/LOC"}},
        RepairCase{"headline_alone_is_kept",
                   "Lavrov Says Talks Failed",
                   {{0, 0, 2, "PER"}},
                   {"Lavrov Says/PER"}},
        RepairCase{"title_case_later_is_not_a_headline",
                   "Kyiv said so.\nPetrov Says Goodbye",
                   {{1, 0, 2, "PER"}},
                   {"Petrov Says/PER"}},
        RepairCase{
            "misc_known_actor", "Ties with the West worsened.", {{0, 3, 4, "MISC"}}, {"West/LOC"}},
        RepairCase{"photo_credit_by_agency",
                   "Macron spoke. Ludovic Marin/AFP",
                   {{0, 0, 1, "PER"}, {1, 0, 2, "PER"}},
                   {"Macron/PER"}},
        RepairCase{"photo_credit_by_library",
                   "Protesters marched. Getty Images",
                   {{1, 0, 2, "ORG"}},
                   {}},
        RepairCase{"agency_alone_stays_an_actor",
                   "Reuters reported the talks.",
                   {{0, 0, 1, "ORG"}},
                   {"Reuters/ORG"}},
        RepairCase{"misc_nationality_stays",
                   "Russian troops left.",
                   {{0, 0, 1, "MISC"}},
                   {"Russian/MISC"}},
        RepairCase{"nationality_opens_longer_organisation",
                   "Help came from the American Civil Liberties Union.",
                   {{0, 4, 6, "MISC"}, {0, 6, 8, "ORG"}},
                   {"American Civil Liberties Union/ORG"}},
        RepairCase{"possessive_inside_a_name",
                   "It is part of the People\xE2\x80\x99s Republic of China.",
                   {{0, 5, 7, "ORG"}, {0, 7, 9, "LOC"}, {0, 9, 10, "LOC"}},
                   {"People \xE2\x80\x99s Republic of China/LOC"}},
        RepairCase{"possessive_before_another_name_stays_apart",
                   "Russia's Gazprom cut supplies.",
                   {{0, 0, 1, "LOC"}, {0, 2, 3, "ORG"}},
                   {"Russia/LOC", "Gazprom/ORG"}},
        RepairCase{"no_lower_case_word_ends_a_name",
                   "He worked for BBC World Service radio at Bush House.",
                   {{0, 3, 7, "ORG"}, {0, 8, 10, "LOC"}},
                   {"BBC World Service/ORG", "Bush House/LOC"}},
        RepairCase{
            "honorific_names_a_person", "Ms Hopley added that it would.", {}, {"Hopley/PER"}},
        RepairCase{"honorific_retypes_the_name_after_it",
                   "Then Dr. Amin Khalil spoke.",
                   {{0, 2, 4, "LOC"}},
                   {"Amin Khalil/PER"}},
        RepairCase{"honorific_before_lower_case_is_no_name", "Ms and Mrs are titles.", {}, {}},
        RepairCase{"quoted_title_is_a_work",
                   "The hit song is \"Geronimo\" by Sheppard.",
                   {{0, 5, 6, "PER"}, {0, 8, 9, "PER"}},
                   {"Geronimo/MISC", "Sheppard/PER"}},
        RepairCase{"quoted_publisher_stays",
                   "The newspaper \"Die Zeit\" asked first.",
                   {{0, 3, 5, "ORG"}},
                   {"Die Zeit/ORG"}},
        RepairCase{"quote_opening_a_sentence_is_no_title",
                   "\"Agora was invitation-only,\" he said.",
                   {{0, 1, 2, "ORG"}},
                   {"Agora/ORG"}},
        RepairCase{"organisation_head_word_makes_an_organisation",
                   "The Syrian Democratic Forces and the Russian Orthodox rite met.",
                   {{0, 1, 4, "MISC"}, {0, 6, 8, "MISC"}},
                   {"Syrian Democratic Forces/ORG", "Russian Orthodox/MISC"}},
        RepairCase{
            "agreement_is_no_actor",
            "They met the Paris Agreement targets and the North Atlantic Treaty Organization.",
            {{0, 3, 5, "LOC"}, {0, 8, 12, "ORG"}},
            {"Paris Agreement/MISC", "North Atlantic Treaty Organization/ORG"}},
        RepairCase{"surname_of_a_named_person_alone",
                   "Rurik Jutting was arrested. Later, Jutting appeared calm. Duffy met Jutting.",
                   {{0, 0, 2, "PER"}, {2, 2, 3, "LOC"}},
                   {"Rurik Jutting/PER", "Jutting/PER", "Jutting/PER"}},
        RepairCase{"nationality_alone_is_no_actor",
                   "Millions of Ukrainians and one Syrian were left without Muslim help.",
                   {{0, 2, 3, "ORG"}, {0, 5, 6, "PER"}, {0, 9, 10, "LOC"}},
                   {"Ukrainians/MISC", "Syrian/MISC", "Muslim/MISC"}},
        RepairCase{"office_word_before_a_person",
                   "Defense Secretary William Perry and the Defence Ministry spoke.",
                   {{0, 0, 1, "ORG"}, {0, 2, 4, "PER"}, {0, 6, 8, "ORG"}},
                   {"William Perry/PER", "Defence Ministry/ORG"}},
        RepairCase{"arabic_article_or_known_particle_opens_the_name",
                   "Hamas met al Jazeera staff in Rio de Janeiro, not de Gaulle or van Gogh. "
                   "They met al Qaeda envoys.",
                   {{0, 0, 1, "ORG"}, {0, 3, 4, "ORG"}, {0, 6, 7, "LOC"}, {0, 8, 9, "LOC"},
                    {0, 12, 13, "PER"}, {0, 15, 16, "PER"}, {1, 3, 4, "LOC"}},
                   {"Hamas/ORG", "al Jazeera/ORG", "Rio de Janeiro/LOC", "Gaulle/PER", "Gogh/PER",
                    "al Qaeda/ORG"}},
        RepairCase{"acronym_definition_joins_the_cut_name",
                   "They criticised the Organization for Security and Co-operation in Europe "
                   "(OSCE) and the Islamic State (IS).",
                   {{0, 3, 8, "ORG"}, {0, 9, 10, "LOC"}, {0, 11, 12, "ORG"}, {0, 15, 17, "ORG"},
                    {0, 18, 19, "ORG"}},
                   {"Organization for Security and Co-operation in Europe/ORG", "OSCE/ORG",
                    "Islamic State/ORG", "IS/ORG"}},
        RepairCase{"acronym_definition_over_a_possessive_is_an_organisation",
                   "The Catholic Bishops' Conference of the Philippines (CBCP) spoke.",
                   {{0, 1, 5, "MISC"}, {0, 7, 8, "ORG"}, {0, 9, 10, "ORG"}},
                   {"Catholic Bishops ' Conference of the Philippines/ORG", "CBCP/ORG"}},
        RepairCase{"acronym_that_spells_no_name_joins_nothing",
                   "Officials in Kenya and Ethiopia (UN) met.",
                   {{0, 2, 3, "LOC"}, {0, 4, 5, "LOC"}, {0, 6, 7, "ORG"}},
                   {"Kenya/LOC", "Ethiopia/LOC", "UN/ORG"}},
        RepairCase{"surname_spread_leaves_a_known_place_standing_as_a_place",
                   "The Dragons might use James Ireland. Ireland and Scotland players rested. "
                   "MaliVai Washington won when Washington served in Ireland.",
                   {{0, 4, 6, "PER"}, {1, 0, 1, "LOC"}, {1, 2, 3, "LOC"}, {2, 0, 2, "PER"},
                    {2, 4, 5, "LOC"}, {2, 7, 8, "LOC"}},
                   {"James Ireland/PER", "Ireland/LOC", "Scotland/LOC", "MaliVai Washington/PER",
                    "Washington/PER", "Ireland/LOC"},
                   {{2, 6, "IN"}}},
        RepairCase{"one_word_names_spread_nothing",
                   "Jordan was there. Jordan left.",
                   {{0, 0, 1, "PER"}},
                   {"Jordan/PER"}},
        RepairCase{"one_word_person_found_by_context_spreads",
                   "Later, Jutting, now 31, was there. Jutting left.",
                   {},
                   {"Jutting/PER", "Jutting/PER"},
                   {{0, 2, "NNP"}}},
        RepairCase{"one_word_person_of_the_model_alone_does_not_spread",
                   "Oper shr loss. Oper net loss.",
                   {{0, 0, 1, "PER"}},
                   {"Oper/PER"}},
        RepairCase{"common_noun_acronyms_are_no_names",
                   "Tumour DNA, G.D.P. growth and GIFs rose at the IMF.",
                   {{0, 1, 2, "ORG"}, {0, 3, 4, "ORG"}, {0, 6, 7, "PER"}, {0, 10, 11, "ORG"}},
                   {"IMF/ORG"}},
        RepairCase{"quoted_title_with_names_inside_is_one_work",
                   "Fans await \"The Winds of Winter\" and \"A Dream of Spring.\"",
                   {{0, 4, 7, "ORG"}, {0, 11, 12, "ORG"}, {0, 13, 14, "LOC"}},
                   {"The Winds of Winter/MISC", "A Dream of Spring/MISC"}},
        RepairCase{"quoted_title_keeps_possessive_and_comma",
                   "They printed \u201cZettel\u2019s Traum,\u201d at last.",
                   {{0, 3, 4, "ORG"}, {0, 5, 6, "MISC"}},
                   {"Zettel \u2019s Traum/MISC"}},
        RepairCase{"name_after_a_work_noun_is_a_work",
                   "He said in the programme Evole that the film Evita won.",
                   {{0, 5, 6, "ORG"}, {0, 9, 10, "PER"}},
                   {"Evole/MISC", "Evita/MISC"}},
        RepairCase{"show_named_after_its_host_is_a_work",
                   "He told the BBC's Andrew Marr Show that Andrew Marr left.",
                   {{0, 3, 4, "ORG"}, {0, 5, 7, "PER"}, {0, 9, 11, "PER"}},
                   {"BBC/ORG", "Andrew Marr Show/MISC", "Andrew Marr/PER"}},
        RepairCase{"religious_and_ethnic_group_words_alone_are_groups",
                   "Yazidi women and Sunnis fled the Catholic Church.",
                   {{0, 0, 1, "ORG"}, {0, 3, 4, "ORG"}, {0, 6, 8, "ORG"}},
                   {"Yazidi/MISC", "Sunnis/MISC", "Catholic Church/ORG"}},
        RepairCase{"affiliation_compound_is_no_part_of_the_name",
                   "Rosneft-owned Yugansk and Moscow-based Gazprom grew.",
                   {{0, 0, 2, "ORG"}, {0, 3, 5, "ORG"}},
                   {"Yugansk/ORG", "Gazprom/ORG"}},
        RepairCase{"laws_awards_and_holidays_are_no_actors",
                   "The Anti-Terrorism Bill passed before Christmas, and the Booker Prize went out.",
                   {{0, 1, 3, "ORG"}, {0, 5, 6, "PER"}, {0, 9, 11, "ORG"}},
                   {"Anti-Terrorism Bill/MISC", "Christmas/MISC", "Booker Prize/MISC"}},
        RepairCase{"known_actor_ending_a_name_is_a_name_of_its_own",
                   "In the Bill Clinton White House and the United Nations Security Council, the "
                   "University of North Carolina met.",
                   {{0, 2, 6, "PER"}, {0, 8, 12, "ORG"}, {0, 14, 18, "ORG"}},
                   {"Bill Clinton/PER", "White House/LOC", "United Nations Security Council/ORG",
                    "University of North Carolina/ORG"}},
        RepairCase{"events_are_no_actors",
                   "After the Mountain View Summit, Brazil hosted the Carnival.",
                   {{0, 2, 5, "LOC"}, {0, 6, 7, "LOC"}, {0, 9, 10, "ORG"}},
                   {"Mountain View Summit/MISC", "Brazil/LOC", "Carnival/MISC"}},
        RepairCase{"word_after_a_quote_and_its_speech_verb_is_the_speaker",
                   "\"We noticed this,\" says Pall.",
                   {},
                   {"Pall/PER"},
                   {{0, 7, "NNP"}}},
        RepairCase{"listed_organisation_the_model_left_out",
                   "He explained to Slate why the Security Council met. Slate agreed.",
                   {},
                   {"Slate/ORG", "Security Council/ORG"}},
        RepairCase{"listed_organisation_the_model_took_for_a_person_or_a_place",
                   "Adidas is helping on Twitter at the White House.",
                   {{0, 0, 1, "PER"}, {0, 4, 5, "LOC"}, {0, 7, 9, "LOC"}},
                   {"Adidas/ORG", "Twitter/ORG", "White House/LOC"}},
        RepairCase{"quoted_speech_keeps_its_names",
                   "He said \"Russia will act\" today.",
                   {{0, 3, 4, "LOC"}},
                   {"Russia/LOC"}},
        RepairCase{"geographic_and_landmark_heads_make_places",
                   "Cod in the Celtic Sea, the Irish Seas and the South Bank Tower.",
                   {{0, 3, 5, "ORG"}, {0, 7, 8, "MISC"}, {0, 11, 14, "ORG"}},
                   {"Celtic Sea/LOC", "Irish Seas/LOC", "South Bank Tower/LOC"}},
        RepairCase{"verb_of_thought_makes_a_guessed_place_a_person",
                   "It would be safer, Plato thought. Police in Liege thought so.",
                   {{0, 5, 6, "LOC"}, {1, 2, 3, "LOC"}},
                   {"Plato/PER", "Liege/LOC"},
                   {{1, 1, "IN"}}},
        RepairCase{"kinship_apposition_and_age_make_persons",
                   "His wife, Alice, reported. Two years later, Jutting, now 31, is on trial.",
                   {{0, 3, 4, "LOC"}},
                   {"Alice/PER", "Jutting/PER"},
                   {{1, 4, "NNP"}}},
        RepairCase{"no_person_from_a_year_an_open_apposition_or_a_common_word",
                   "Imports in Jan-Dec, 1986, rose. His wife, Abbotsford teacher Jane Roe, came. "
                   "Management believes it.",
                   {{1, 3, 4, "LOC"}, {1, 5, 7, "PER"}},
                   {"Abbotsford/LOC", "Jane Roe/PER"},
                   {{0, 2, "NNP"}, {2, 0, "NNP"}}},
        RepairCase{"reflexive_makes_an_unnamed_word_a_person",
                   "Wintour herself appears. Many thought so.",
                   {},
                   {"Wintour/PER"},
                   {{0, 0, "JJ"}, {1, 0, "JJ"}}},
        RepairCase{"guessed_place_coordinated_with_a_person_is_a_person",
                   "Between Sulla and Trump, Rome and Trump.",
                   {{0, 1, 2, "LOC"}, {0, 3, 4, "PER"}, {0, 5, 6, "LOC"}, {0, 7, 8, "PER"}},
                   {"Sulla/PER", "Trump/PER", "Rome/LOC", "Trump/PER"}},
        RepairCase{"no_person_from_a_list_a_place_or_a_firm",
                   "Oilfields at Nowruz, Cyrus and Ardeshir; Larry Craig of Idaho and Beau Bolter; "
                   "Johnson and Johnson.",
                   {{0, 2, 3, "LOC"}, {0, 4, 5, "LOC"}, {0, 6, 7, "PER"}, {0, 8, 10, "PER"},
                    {0, 11, 12, "LOC"}, {0, 13, 15, "PER"}, {0, 16, 17, "LOC"}, {0, 18, 19, "PER"}},
                   {"Nowruz/LOC", "Cyrus/LOC", "Ardeshir/PER", "Larry Craig/PER", "Idaho/LOC",
                    "Beau Bolter/PER", "Johnson/LOC", "Johnson/PER"}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace newsgraph
