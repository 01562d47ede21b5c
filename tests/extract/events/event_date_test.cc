// Event dates: every time expression the resolver knows, resolved against a report date (one row
// each), and whole sentences through the embedded pipeline, where the expression attached to the
// event's predicate must win over any other date of the sentence.
#include "extract/events/event_date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/text/text_util.h"

namespace newsgraph {
namespace {

struct DateRow {
  std::string text;    // words separated by spaces, as the tokenizer splits them
  std::string report;  // the article's date
  bool future;         // the event is stated as intended
  std::string date;    // the expected event date, empty when the text dates nothing
  std::string precision;
};

// Tokens of `text` split at spaces, untagged and unparsed.
std::vector<Token> Words(const std::string& text) {
  std::vector<Token> tokens;
  for (std::string_view word : Split(text, ' '))
    if (!word.empty()) tokens.emplace_back(std::string(word), ByteSpan{});
  return tokens;
}

const TimeWords& Words() {
  static const TimeWords* words = new TimeWords(TimeWords::LoadEmbedded());
  return *words;
}

// 2024-02-14 is a Wednesday.
const DateRow kDateRows[] = {
    {"attacked on Monday", "2024-02-14", false, "2024-02-12", "day"},
    {"attacked on Wednesday", "2024-02-14", false, "2024-02-14", "day"},
    {"attacked on Thursday", "2024-02-14", false, "2024-02-08", "day"},
    {"will meet on Friday", "2024-02-14", true, "2024-02-16", "day"},
    {"will meet on Wednesday", "2024-02-14", true, "2024-02-14", "day"},
    {"met last Monday", "2024-02-14", false, "2024-02-12", "day"},
    {"met last Wednesday", "2024-02-14", false, "2024-02-07", "day"},
    {"meets next Monday", "2024-02-14", false, "2024-02-19", "day"},
    {"attacked yesterday", "2024-02-14", false, "2024-02-13", "day"},
    {"attacked today", "2024-03-01", false, "2024-03-01", "day"},
    {"visits tomorrow", "2024-02-29", true, "2024-03-01", "day"},
    {"attacked last week", "2024-02-14", false, "2024-02-05", "week"},
    {"visits next week", "2024-02-14", true, "2024-02-19", "week"},
    {"attacked last month", "2024-01-10", false, "2023-12-01", "month"},
    {"earlier this month", "2024-01-10", false, "2024-01-01", "month"},
    {"elected next year", "2024-01-10", true, "2025-01-01", "year"},
    {"annexed last year", "2024-01-10", false, "2023-01-01", "year"},
    {"attacked two days ago", "2024-03-01", false, "2024-02-28", "day"},
    {"invaded 3 weeks ago", "2024-02-14", false, "2024-01-22", "week"},
    {"left a year ago", "2024-02-14", false, "2023-01-01", "year"},
    {"attacked on Feb. 24", "2024-03-01", false, "2024-02-24", "day"},
    {"attacked on Feb 24", "2024-02-14", false, "2023-02-24", "day"},
    {"will vote on Feb. 24", "2024-02-14", true, "2024-02-24", "day"},
    {"invaded on 24 February 2022", "2024-02-14", false, "2022-02-24", "day"},
    {"invaded on February 24 , 2022", "2024-02-14", false, "2022-02-24", "day"},
    {"invaded on February 24th", "2024-03-01", false, "2024-02-24", "day"},
    {"met on Dec. 30", "2024-01-02", false, "2023-12-30", "day"},
    {"met in March", "2024-05-10", false, "2024-03-01", "month"},
    {"met in March", "2024-02-10", false, "2023-03-01", "month"},
    {"will meet in March", "2024-02-10", true, "2024-03-01", "month"},
    {"met in early March", "2024-05-10", false, "2024-03-01", "month"},
    {"met in March 2019", "2024-05-10", false, "2019-03-01", "month"},
    {"annexed Crimea in 2014", "2024-05-10", false, "2014-01-01", "year"},
    {"bombed Dresden in 1945", "2024-05-10", false, "1945-01-01", "year"},
    {"bombed Dresden during 1945", "", false, "1945-01-01", "year"},
    {"in late 2019", "2024-05-10", false, "2019-01-01", "year"},
    {"from July 13 to 17 of last year", "2019-09-08", false, "2018-07-13", "day"},
    {"in March last year", "2024-05-10", false, "2023-03-01", "month"},
    {"on May 2 this year", "2024-01-10", false, "2024-05-02", "day"},
    {"in March last year", "", false, "", ""},
    // No time expression, or none the resolver may take.
    {"attacked on Monday", "", false, "", ""},
    {"May said", "2024-05-10", false, "", ""},
    {"the 2014 annexation", "2024-05-10", false, "", ""},
    {"met the last week", "2024-05-10", false, "", ""},
    {"a march on the capital", "2024-05-10", false, "", ""},
    {"attacked on Feb. 30 , 2024", "2024-05-10", false, "", ""},
};

TEST(EventDate, ResolvesEachExpressionAgainstTheReportDate) {
  const EventDateResolver resolver(Words());
  for (const DateRow& row : kDateRows) {
    const std::vector<TimeExpression> found = resolver.Find(Words(row.text));
    EventDate date;
    if (!found.empty())
      date = ResolveTimeExpression(found.front(), ParseIsoDate(row.report),
                                   row.future ? EventTense::kFuture : EventTense::kPast);
    EXPECT_EQ(date.date, row.date) << row.text << " @ " << row.report;
    if (!row.date.empty()) {
      EXPECT_EQ(DatePrecisionName(date.precision), row.precision) << row.text;
    } else {
      EXPECT_EQ(date.precision, DatePrecision::kReport) << row.text;
    }
  }
}

// The simple present: a weekday is the next one (a schedule), a date without a year the nearer.
TEST(EventDate, ThePresentTenseLooksToTheNearestDate) {
  const EventDateResolver resolver(Words());
  const std::pair<const char*, const char*> rows[] = {
      {"visits on April 29", "1987-04-29"},  // the report is 1987-04-02
      {"rejects it as of March 30", "1987-03-30"},
      {"starts a visit on Sunday", "1987-04-05"},
  };
  for (const auto& [text, expected] : rows) {
    const std::vector<TimeExpression> found = resolver.Find(Words(text));
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(
        ResolveTimeExpression(found.front(), CivilDate{1987, 4, 2}, EventTense::kPresent).date,
        expected)
        << text;
  }
}

struct SentenceRow {
  std::string text;
  std::string date;  // the event date of every fact of the sentence
  std::string precision;
};

const Extractor& SharedExtractor() {
  static const Extractor* extractor = new Extractor();
  return *extractor;
}

// The report date is 2024-02-14, a Wednesday.
const SentenceRow kSentenceRows[] = {
    {"Russia attacked Ukraine on Monday.", "2024-02-12", "day"},
    {"On Monday, Russia attacked Ukraine.", "2024-02-12", "day"},
    {"Russia, which annexed Crimea in 2014, attacked Ukraine on Monday.", "2024-02-12", "day"},
    {"Russia, which annexed Crimea in 2014, attacked Ukraine.", "2024-02-14", "report"},
    {"Britain bombed Germany in 1945.", "1945-01-01", "year"},
    {"Iran will meet Turkey on Friday.", "2024-02-16", "day"},
    {"Israel accused Hamas on Feb. 24.", "2023-02-24", "day"},
    {"The United States sanctioned Iran last week.", "2024-02-05", "week"},
    {"Russia attacked Ukraine.", "2024-02-14", "report"},
    {"Iran hosts Iraq on Sunday.", "2024-02-18", "day"},
};

TEST(EventDate, ThePredicatesOwnTimeExpressionDatesItsFacts) {
  for (const SentenceRow& row : kSentenceRows) {
    Document document;
    document.id = "event-date";
    document.date = "2024-02-14";
    document.text = row.text;
    const DocumentExtraction extraction = SharedExtractor().Extract(document);
    ASSERT_FALSE(extraction.triples.empty()) << row.text;
    for (const Triple& triple : extraction.triples) {
      EXPECT_EQ(triple.event_date.date, row.date) << row.text;
      EXPECT_EQ(DatePrecisionName(triple.event_date.precision), row.precision) << row.text;
      EXPECT_EQ(triple.provenance.date, "2024-02-14");
    }
  }
}

// "Russia sent Ukraine a plan for yesterday's talks": the possessive dates the talks, not the
// sending.
TEST(EventDate, APossessiveDatesOnlyTheNounItModifies) {
  struct Word {
    const char* text;
    const char* pos;
    int head;
    const char* deprel;
  };
  const Word words[] = {{"Russia", "NNP", 1, "nsubj"},
                        {"sent", "VBD", -1, "root"},
                        {"Ukraine", "NNP", 1, "iobj"},
                        {"a", "DT", 4, "det"},
                        {"plan", "NN", 1, "obj"},
                        {"for", "IN", 8, "case"},
                        {"yesterday", "NN", 8, "nmod:poss"},
                        {"'s", "POS", 6, "case"},
                        {"talks", "NNS", 4, "nmod"},
                        {".", ".", 1, "punct"}};
  Sentence sentence;
  for (const Word& word : words) {
    Token token(word.text, ByteSpan{});
    token.pos = word.pos;
    token.head = word.head;
    token.deprel = word.deprel;
    sentence.tokens.push_back(token);
  }
  const EventDateResolver resolver(Words());
  const EventDate sending = resolver.Resolve(sentence, 1, "2024-02-14", false);
  EXPECT_EQ(sending.date, "2024-02-14");
  EXPECT_EQ(sending.precision, DatePrecision::kReport);
  const EventDate talks = resolver.Resolve(sentence, 8, "2024-02-14", false);
  EXPECT_EQ(talks.date, "2024-02-13");
  EXPECT_EQ(talks.precision, DatePrecision::kDay);
}

TEST(TimeWords, RejectsAMalformedLine) {
  EXPECT_THROW(TimeWords("month\tjanuary\n", "test.tsv"), std::runtime_error);
  EXPECT_THROW(TimeWords("season\tspring\t1\n", "test.tsv"), std::runtime_error);
  EXPECT_THROW(TimeWords("unit\tfortnight\tfortnight\n", "test.tsv"), std::runtime_error);
  EXPECT_NO_THROW(TimeWords("# comment\n\nmonth\tjanuary\t1\n", "test.tsv"));
}

}  // namespace
}  // namespace newsgraph
