#include "export/text_escape.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include "tests/export/test_graphs.h"

namespace newsgraph::export_internal {
namespace {

struct TextCase {
  std::string name;
  std::string input;
  std::string expected;
};

std::string CaseName(const ::testing::TestParamInfo<TextCase>& info) { return info.param.name; }
void PrintTo(const TextCase& text_case, std::ostream* out) { *out << text_case.name; }

const std::string kFffd = "\xef\xbf\xbd";

class ToValidUtf8Test : public ::testing::TestWithParam<TextCase> {};

TEST_P(ToValidUtf8Test, ReplacesEachMaximalIllFormedSubpart) {
  EXPECT_EQ(ToValidUtf8(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ToValidUtf8Test,
    ::testing::Values(
        TextCase{"Ascii", "plain text", "plain text"},
        TextCase{"WellFormedMultiByte", "Z\xc3\xbcrich \xd8\xb9 \xe2\x82\xac \xf0\x9f\x99\x82",
                 "Z\xc3\xbcrich \xd8\xb9 \xe2\x82\xac \xf0\x9f\x99\x82"},
        TextCase{"ReplacementCharacterKept", kFffd, kFffd},
        TextCase{"Latin1Byte", "Z\xfcrich", "Z" + kFffd + "rich"},
        TextCase{"LoneContinuation",
                 "a\x80"
                 "b",
                 "a" + kFffd + "b"},
        TextCase{"TruncatedThreeByte", "a\xe2\x82", "a" + kFffd},
        TextCase{"TruncatedBeforeAscii", "\xe2\x82z", kFffd + "z"},
        TextCase{"OverlongSlash", "\xc0\xaf", kFffd + kFffd},
        TextCase{"OverlongThreeByte", "\xe0\x80\xaf", kFffd + kFffd + kFffd},
        TextCase{"EncodedSurrogate", "\xed\xa0\x80", kFffd + kFffd + kFffd},
        TextCase{"AboveMaxCodePoint", "\xf4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},
        TextCase{"TruncatedFourByte", "\xf0\x9f\x99", kFffd},
        TextCase{"InvalidLeadBytes", "\xff\xfe", kFffd + kFffd},
        TextCase{"NulKept", std::string("a\0b", 3), std::string("a\0b", 3)}),
    CaseName);

class XmlEscapeTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(XmlEscapeTest, Escapes) { EXPECT_EQ(XmlEscape(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Cases, XmlEscapeTest,
    ::testing::Values(TextCase{"Plain", "Vladimir Putin", "Vladimir Putin"},
                      TextCase{"Markup", "<&>\"'", "&lt;&amp;&gt;&quot;&apos;"},
                      TextCase{"EntityLookalike", "&amp;", "&amp;amp;"},
                      TextCase{"ForbiddenControlsRemoved",
                               "a\x01"
                               "b\x0b"
                               "c\x0c"
                               "d\x1f"
                               "e",
                               "abcde"},
                      TextCase{"NulRemoved", std::string("a\0b", 3), "ab"},
                      TextCase{"TabAndNewlineKept", "a\tb\nc", "a\tb\nc"},
                      TextCase{"CarriageReturnAsReference", "a\r\nb", "a&#13;\nb"},
                      TextCase{"NoncharactersRemoved",
                               "a\xef\xbf\xbe"
                               "b\xef\xbf\xbf"
                               "c",
                               "abc"},
                      TextCase{"IllFormedReplaced", "Z\xfcrich", "Z" + kFffd + "rich"},
                      TextCase{"SurrogateReplaced", "\xed\xa0\x80", kFffd + kFffd + kFffd},
                      TextCase{"AllowedUnicodeKept", "\xc2\x85 \xe2\x80\xa8 \xf0\x9f\x99\x82",
                               "\xc2\x85 \xe2\x80\xa8 \xf0\x9f\x99\x82"}),
    CaseName);

class CypherStringTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(CypherStringTest, QuotesAndEscapes) {
  EXPECT_EQ(CypherString(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CypherStringTest,
    ::testing::Values(TextCase{"Plain", "NATO", "'NATO'"}, TextCase{"Empty", "", "''"},
                      TextCase{"SingleQuote", "O'Brien", "'O\\'Brien'"},
                      TextCase{"TrailingBackslash", "O'Brien\\", "'O\\'Brien\\\\'"},
                      TextCase{"BackslashBeforeQuote", "\\'", "'\\\\\\''"},
                      TextCase{"DoubleQuotesUnchanged", "\"}) DETACH DELETE n //",
                               "'\"}) DETACH DELETE n //'"},
                      TextCase{"NamedEscapes", "a\tb\nc\rd\be\ff", "'a\\tb\\nc\\rd\\be\\ff'"},
                      TextCase{"OtherControls", std::string("\0\x01\x0b\x1f\x7f", 5),
                               "'\\u0000\\u0001\\u000B\\u001F\\u007F'"},
                      TextCase{"C1Control", "\xc2\x85", "'\\u0085'"},
                      TextCase{"LineSeparators", "\xe2\x80\xa8\xe2\x80\xa9", "'\\u2028\\u2029'"},
                      TextCase{"Noncharacters", "\xef\xbf\xbe\xef\xbf\xbf", "'\\uFFFE\\uFFFF'"},
                      TextCase{"UnicodeKept", "Z\xc3\xbcrich \xf0\x9f\x99\x82",
                               "'Z\xc3\xbcrich \xf0\x9f\x99\x82'"},
                      TextCase{"IllFormedReplaced", "\xc0\xaf", "'" + kFffd + kFffd + "'"},
                      TextCase{"NoUnicodeEscapeInjection", "\\u0027", "'\\\\u0027'"}),
    CaseName);

class RelationshipTypeTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(RelationshipTypeTest, DerivesType) {
  EXPECT_EQ(CypherRelationshipType(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RelationshipTypeTest,
    ::testing::Values(TextCase{"OneWord", "accuses", "ACCUSES"},
                      TextCase{"Phrase", "takes jab at", "TAKES_JAB_AT"},
                      TextCase{"Punctuation", "meets-with (again)", "MEETS_WITH_AGAIN"},
                      TextCase{"SeparatorRunsCollapse", "  a -- b  ", "A_B"},
                      TextCase{"DigitsInside", "signs g7 deal", "SIGNS_G7_DEAL"},
                      TextCase{"Empty", "", "RELATED_TO"},
                      TextCase{"OnlyPunctuation", "'}])", "RELATED_TO"},
                      TextCase{"LeadingDigit", "2nd strike", "RELATED_TO"},
                      TextCase{"NonAsciiIsSeparator",
                               "r\xc3\xa9"
                               "fute",
                               "R_FUTE"},
                      TextCase{"Injection", "x]->() DETACH DELETE n //", "X_DETACH_DELETE_N"}),
    CaseName);

struct DoubleCase {
  std::string name;
  double value;
  std::optional<std::string> expected;
};

void PrintTo(const DoubleCase& double_case, std::ostream* out) { *out << double_case.name; }

class FormatDoubleTest : public ::testing::TestWithParam<DoubleCase> {};

TEST_P(FormatDoubleTest, Formats) {
  EXPECT_EQ(FormatDouble(GetParam().value), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FormatDoubleTest,
    ::testing::Values(DoubleCase{"Integer", 3, "3.0"}, DoubleCase{"NegativeInteger", -10, "-10.0"},
                      DoubleCase{"Fraction", 2.8, "2.8"},
                      DoubleCase{"ShortestRoundTrip", 0.1 + 0.2, "0.30000000000000004"},
                      DoubleCase{"NegativeZero", -0.0, "0.0"},
                      DoubleCase{"Small", 1e-7, "0.0000001"},
                      DoubleCase{"Large", 1e21, "1000000000000000000000.0"},
                      DoubleCase{"NaN", std::numeric_limits<double>::quiet_NaN(), std::nullopt},
                      DoubleCase{"Infinity", std::numeric_limits<double>::infinity(), std::nullopt},
                      DoubleCase{"MinusInfinity", -std::numeric_limits<double>::infinity(),
                                 std::nullopt}),
    [](const auto& info) { return info.param.name; });

TEST(FormatDoubleTest, MaximumDoubleFits) {
  const std::optional<std::string> text = FormatDouble(std::numeric_limits<double>::max());
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(text->size(), 311u);  // 309 digits and ".0"
}

TEST(EvidenceLineTest, PrefixesDocumentAndSentence) {
  EXPECT_EQ(EvidenceLine({"wire-7", "2024-01-02", 12, "Text here."}), "[wire-7 #12] Text here.");
}

TEST(CodeAttributeNamesTest, PrefixesSanitizesAndKeepsNamesDistinct) {
  const Entity first = testing::MakeEntity("a", "A", EntityType::kGpe, {"A"},
                                           {{"iso3166", "X"}, {"a-b", "X"}}, 1, 1);
  const Entity second = testing::MakeEntity(
      "b", "B", EntityType::kGpe, {"B"}, {{"a_b", "Y"}, {"a b", "Y"}, {"a_b_2", "Y"}}, 1, 1);
  const KnowledgeGraph graph({first, second}, {});
  const std::map<std::string, std::string> expected = {
      {"a b", "code_a_b"},        // first in code name order
      {"a-b", "code_a_b_2"},      // collides with "a b"
      {"a_b", "code_a_b_3"},      // collides with both
      {"a_b_2", "code_a_b_2_2"},  // its own name is taken by "a-b"
      {"iso3166", "code_iso3166"},
  };
  EXPECT_EQ(CodeAttributeNames(graph), expected);
}

TEST(CodeAttributeNamesTest, EmptyWhenNoEntityHasCodes) {
  const KnowledgeGraph graph({testing::MakeEntity("a", "A", EntityType::kPerson, {"A"}, {}, 1, 1)},
                             {});
  EXPECT_TRUE(CodeAttributeNames(graph).empty());
}

}  // namespace
}  // namespace newsgraph::export_internal
