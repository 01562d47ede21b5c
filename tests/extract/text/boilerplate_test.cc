#include "extract/text/boilerplate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace newsgraph {
namespace {

// A text with its expected boilerplate marked as "[[...]]": the plain text and the spans.
struct Marked {
  std::string text;
  std::vector<ByteSpan> spans;
};

Marked Unmark(std::string_view marked) {
  Marked out;
  while (!marked.empty()) {
    const std::size_t open = marked.find("[[");
    out.text += marked.substr(0, open);
    if (open == std::string_view::npos) break;
    marked.remove_prefix(open + 2);
    const std::size_t close = marked.find("]]");
    const std::size_t begin = out.text.size();
    out.text += marked.substr(0, close);
    out.spans.push_back({begin, out.text.size()});
    marked.remove_prefix(close + 2);
  }
  return out;
}

Document MakeDocument(std::string id, std::string text) {
  Document document;
  document.id = std::move(id);
  document.text = std::move(text);
  return document;
}

// The text outside `spans`.
std::string Kept(const std::string& text, const std::vector<ByteSpan>& spans) {
  std::string kept;
  std::size_t at = 0;
  for (const ByteSpan& span : spans) {
    kept += text.substr(at, span.begin - at);
    at = span.end;
  }
  return kept + text.substr(at);
}

// A donation banner and an appeal footer of the shape scraped news sites carry.
constexpr std::string_view kBanner =
    "\xC3\x97\n"
    "Tired of pop-up ads?\n"
    "As of March 3, we have switched off every advert to improve your reading experience.\n"
    "That choice costs us $8,000 a month. Your support keeps the presses running.\n"
    "Support us\n"
    "Our newsroom is blocked in three countries. Help us keep reporting from the harbour.\n";
constexpr std::string_view kFooter =
    "A Message from The Harbour Herald:\n"
    "\n"
    "Dear readers,\n"
    "\n"
    "We face a hard year. The port authority has barred our reporters from the quays.\n"
    "\n"
    "Your support, however small, keeps us independent. Please support us monthly.\n"
    "\n"
    "Once\n"
    "Monthly\n"
    "Continue\n"
    "Not ready to support today?\n"
    "Remind me later.\n"
    "\n"
    "Read more";
constexpr std::string_view kFirstArticle =
    "Ukraine Accuses Russia of Shelling Grain Port\n"
    "\n"
    "Ukraine accused Russia on Monday of shelling the port of Odesa, Foreign Minister Dmytro "
    "Kuleba said.\n"
    "\n"
    "\"This is an attack on the food of millions,\" Kuleba said in a statement.\n"
    "\n";

Marked BannerArticleFooter(std::string_view article) {
  return Unmark("[[" + std::string(kBanner) + "]]\n" + std::string(article) + "[[" +
                std::string(kFooter) + "]]");
}

Marked SecondWithContactLine() {
  // The contact line is boilerplate too. Blank lines between text and boilerplate stay with the
  // text.
  return Unmark("[[" + std::string(kBanner) + "]]\n" +
                "Moscow Warns NATO Over Baltic Drills\n\nRussia warned NATO on Tuesday that naval "
                "drills in the Baltic Sea would raise tensions, Deputy Foreign Minister Alexander "
                "Grushko said.\n\n[[Contact the author at desk@harbour-herald.example\n\n" +
                std::string(kFooter) + "]]");
}

TEST(BoilerplateFilterTest, CueRulesAloneFindBannerAndFooter) {
  const BoilerplateFilter filter;
  for (const Marked& marked : {BannerArticleFooter(kFirstArticle), SecondWithContactLine()}) {
    const auto spans = filter.Find(MakeDocument("d", marked.text));
    EXPECT_EQ(spans, marked.spans) << Kept(marked.text, spans);
  }
}

TEST(BoilerplateFilterTest, ObservedRunFindsOnlyBannerAndFooter) {
  const Marked first = BannerArticleFooter(kFirstArticle);
  const Marked second = SecondWithContactLine();
  BoilerplateFilter filter;
  filter.Observe(MakeDocument("a", first.text));
  filter.Observe(MakeDocument("b", second.text));
  EXPECT_EQ(filter.documents_observed(), 2u);
  EXPECT_GT(filter.fingerprints(), 0u);
  EXPECT_EQ(filter.Find(MakeDocument("a", first.text)), first.spans);
  EXPECT_EQ(filter.Find(MakeDocument("b", second.text)), second.spans);
}

TEST(BoilerplateFilterTest, RepeatedEdgesWithoutCuesNeedObservation) {
  const std::string header = "Harbour Herald | Weekend Edition\nPrinted in Port Ellis\n";
  const std::string trailer = "\nHarbour Herald, 12 Quay Street, Port Ellis\n";
  const Marked first =
      Unmark("[[" + header + "]]\n" + std::string(kFirstArticle) + "[[" + trailer.substr(1) + "]]");
  const Marked second = Unmark("[[" + header + "]]\n" +
                               "Moscow Warns NATO Over Baltic Drills\n\nRussia warned NATO on "
                               "Tuesday, Alexander Grushko said.\n\n[[" +
                               trailer.substr(1) + "]]");
  BoilerplateFilter filter;
  EXPECT_TRUE(filter.Find(MakeDocument("a", first.text)).empty());
  filter.Observe(MakeDocument("a", first.text));
  filter.Observe(MakeDocument("b", second.text));
  EXPECT_EQ(filter.Find(MakeDocument("a", first.text)), first.spans);
  EXPECT_EQ(filter.Find(MakeDocument("b", second.text)), second.spans);

  BoilerplateOptions three;
  three.min_repeats = 3;
  BoilerplateFilter strict(three);
  strict.Observe(MakeDocument("a", first.text));
  strict.Observe(MakeDocument("b", second.text));
  EXPECT_TRUE(strict.Find(MakeDocument("a", first.text)).empty());
}

TEST(BoilerplateFilterTest, DuplicatedArticleKeepsItsContent) {
  const Marked marked = BannerArticleFooter(kFirstArticle);
  BoilerplateFilter filter;
  filter.Observe(MakeDocument("a", marked.text));
  filter.Observe(MakeDocument("a-copy", marked.text));
  // Every line repeats, but only the cue rules' banner and footer go.
  EXPECT_EQ(filter.Find(MakeDocument("a", marked.text)), marked.spans);

  const std::string plain = "Kyiv met with Warsaw.\n\nThe talks covered grain transit.\n";
  filter.Observe(MakeDocument("p", plain));
  filter.Observe(MakeDocument("p-copy", plain));
  EXPECT_TRUE(filter.Find(MakeDocument("p", plain)).empty());
}

TEST(BoilerplateFilterTest, RevisedCopySharingOpeningAndClosingIsKept) {
  const std::string opening =
      "Kyiv and Warsaw agree on grain transit\n\n"
      "Ukraine and Poland agreed on Monday to reopen the border to grain trucks.\n\n";
  const std::string closing = "Talks on rail transit will follow next month, officials said.\n";
  const std::string first = opening + "The deal was signed in Lublin.\n\n" + closing;
  const std::string second =
      opening + "The agreement was signed in Lublin after a week of talks.\n\n" + closing;
  BoilerplateFilter filter;
  filter.Observe(MakeDocument("a", first));
  filter.Observe(MakeDocument("b", second));
  EXPECT_TRUE(filter.Find(MakeDocument("a", first)).empty());
  EXPECT_TRUE(filter.Find(MakeDocument("b", second)).empty());
}

TEST(BoilerplateFilterTest, RepeatedSentencesNeedMoreDocuments) {
  const std::string tagline = "Ana Ruiz is the paper's diplomatic editor, based in Vienna.\n";
  BoilerplateFilter filter;
  std::vector<Document> documents;
  for (int i = 0; i < 5; ++i) {
    documents.push_back(MakeDocument(
        std::to_string(i), "Story number " + std::to_string(i) + " opens here.\n\n" + tagline));
  }
  for (int i = 0; i < 4; ++i) filter.Observe(documents[i]);
  EXPECT_TRUE(filter.Find(documents[0]).empty());
  filter.Observe(documents[4]);
  const std::size_t begin = documents[0].text.find("Ana");
  EXPECT_EQ(filter.Find(documents[0]), (std::vector<ByteSpan>{{begin, documents[0].text.size()}}));
}

TEST(BoilerplateFilterTest, RepeatedQuoteInTheMiddleIsKept) {
  const std::string quote =
      "\"We will not accept any ceasefire that freezes the front line,\" Kuleba said.\n\n";
  const std::string first = "Kyiv rejects truce plan\n\nUkraine rejected the plan on Friday.\n\n" +
                            quote + "Talks are due to resume next week in Geneva.\n";
  const std::string second =
      "EU ministers meet in Brussels\n\nThe European Union met on Monday.\n\n" + quote +
      "Hungary again blocked the aid package.\n";
  BoilerplateFilter filter;
  filter.Observe(MakeDocument("a", first));
  filter.Observe(MakeDocument("b", second));
  EXPECT_TRUE(filter.Find(MakeDocument("a", first)).empty());
  EXPECT_TRUE(filter.Find(MakeDocument("b", second)).empty());
}

TEST(BoilerplateFilterTest, CueRules) {
  const char* const cases[] = {
      // Whole-line cues, whatever their case and trailing symbols.
      "Kyiv said talks would resume.\n\n[[Read more\n]]",
      "Kyiv said talks would resume.\n[[READ MORE \xC2\xBB\n]]",
      "Kyiv said talks would resume.\n[[Share this article\n]]More text follows here.\n",
      // A line cue must be the whole line.
      "Read more about the sanctions in the explainer below.\n",
      // Prefix cues.
      "Body.\n[[Contact the author at j.doe@example.org\n]]",
      "Body.\n[[Follow us on Telegram and X.\n]]",
      "Body.\n[[Contact\xC2\xA0the author at\xC2\xA0j.doe@example.org\n]]",
      "Body.\n[[Subscribe to our newsletter for a daily briefing.\n]]",
      "Body.\n[[Read more: Kremlin rejects the proposal\n]]",
      // Appeal paragraphs: two distinct appeal phrases, no reported speech.
      "Body.\n\n[[Please donate today.\nYour support funds this work.\n]]\nMore body.\n",
      "[[Support independent journalism \xE2\x80\x94 donate\n]]\nBody.\n",
      "Germany will donate two air-defence systems to Ukraine.\n",
      "\"We need your support,\" Zelensky told donors, urging them to donate.\n",
      "Lavrov said Moscow would support us, the envoy told reporters.\n",
      // A footer heading after article text ends the article.
      "Body.\n\n[[Dear readers,\n\nWe rely on you.\n]]",
      "Body.\n\n[[A Message from the Editors:\nEverything below is ours.\n]]",
      "Body.\n\nA message from Hamas reached Doha on Tuesday.\nMore body.\n",
      "Dear readers,\nthis letter is the article.\n",
      // Symbol-only lines join neighbouring boilerplate, and only that.
      "Body.\n[[\xC3\x97\nRead more\n]]",
      "Body.\n* * *\nMore body.\n",
      // Photo credits, captions and consent lines standing alone.
      "Body.\n[[Getty Images\n]]More body.\n",
      "Body.\n[[Image copyright Reuters\n]]",
      ("Body.\n[[This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
       "Service apply.\n]]"),
      "Body.\n[[Follow us\n]]",
      "Follow us closely: Kyiv said the talks would resume.\n",
      // CRLF line endings.
      "Body.\r\n\r\n[[Read more\r\n]]",
  };
  const BoilerplateFilter filter;
  for (const char* const row : cases) {
    SCOPED_TRACE(row);
    const Marked marked = Unmark(row);
    const auto spans = filter.Find(MakeDocument("d", marked.text));
    EXPECT_EQ(spans, marked.spans) << "kept: " << Kept(marked.text, spans);
  }
}

TEST(BoilerplateFilterTest, DisabledFindsNothing) {
  BoilerplateOptions options;
  options.enabled = false;
  BoilerplateFilter filter(options);
  const Marked marked = BannerArticleFooter(kFirstArticle);
  filter.Observe(MakeDocument("a", marked.text));
  filter.Observe(MakeDocument("b", marked.text));
  EXPECT_EQ(filter.documents_observed(), 0u);
  EXPECT_TRUE(filter.Find(MakeDocument("a", marked.text)).empty());
}

TEST(BoilerplateFilterTest, FingerprintsAreCapped) {
  BoilerplateOptions options;
  options.max_fingerprints = 3;
  BoilerplateFilter filter(options);
  filter.Observe(MakeDocument("a", "one\ntwo\nthree\nfour\nfive\n"));
  filter.Observe(MakeDocument("b", "one\ntwo\nsix\nseven\n"));
  filter.FinishObserving();
  EXPECT_EQ(filter.fingerprints(), 3u);
}

// Documents of one site: a banner and a footer around distinct bodies, with lines shared by
// some documents only.
std::vector<Document> SiteDocuments() {
  std::vector<Document> documents;
  for (int i = 0; i < 9; ++i) {
    std::string text = i % 3 == 0 ? "Partner news\n\n" : "Site banner\n\n";
    text += "Body line " + std::to_string(i) + " of the article.\n";
    text += "Another line " + std::to_string(i % 4) + " here\n\nSite footer\n";
    documents.push_back(MakeDocument("d" + std::to_string(i), text));
  }
  return documents;
}

// The counts file of the documents [begin, end) of SiteDocuments().
std::string CountsOf(const BoilerplateOptions& options, std::size_t begin, std::size_t end) {
  BoilerplateFilter filter(options);
  const std::vector<Document> documents = SiteDocuments();
  for (std::size_t i = begin; i < end; ++i) filter.Observe(documents[i]);
  filter.FinishObserving();
  std::ostringstream out;
  filter.WriteCounts(out);
  return out.str();
}

std::string SumOf(const BoilerplateOptions& options, const std::vector<std::string>& files) {
  BoilerplateFilter filter(options);
  for (const std::string& file : files) filter.AddCounts(file, "counts");
  filter.FinishObserving();
  std::ostringstream out;
  filter.WriteCounts(out);
  return out.str();
}

// Summed counts equal the counts of one filter over all documents, in any order and grouping,
// also when the cap on distinct lines drops some.
TEST(BoilerplateFilterTest, CountsAddUpInAnyOrderAndGrouping) {
  for (const std::size_t cap : {std::size_t{1} << 21, std::size_t{3}}) {
    BoilerplateOptions options;
    options.max_fingerprints = cap;
    const std::string all = CountsOf(options, 0, 9);
    const std::string a = CountsOf(options, 0, 2), b = CountsOf(options, 2, 7),
                      c = CountsOf(options, 7, 9);
    EXPECT_EQ(SumOf(options, {a, b, c}), all) << cap;
    EXPECT_EQ(SumOf(options, {c, a, b}), all) << cap;
    EXPECT_EQ(SumOf(options, {SumOf(options, {a, b}), c}), all) << cap;
    EXPECT_EQ(SumOf(options, {a, SumOf(options, {c, b})}), all) << cap;
    EXPECT_NE(a, all);
  }
  BoilerplateOptions capped;
  capped.max_fingerprints = 3;
  const std::string kept = CountsOf(capped, 0, 9);
  EXPECT_EQ(std::count(kept.begin(), kept.end(), '\n'), 3 + 3);  // the header and three lines
}

// A filter given the counts of all documents finds in one of them what a filter that observed
// them all finds; the counts of its own shard alone miss the banner it shares with another shard.
TEST(BoilerplateFilterTest, AddedCountsStandForObservation) {
  const std::vector<Document> documents = SiteDocuments();
  BoilerplateFilter observed;
  for (const Document& document : documents) observed.Observe(document);
  observed.FinishObserving();
  BoilerplateFilter added;
  added.AddCounts(CountsOf({}, 0, 2), "a");
  added.AddCounts(CountsOf({}, 2, 9), "b");
  added.FinishObserving();
  BoilerplateFilter shard;
  shard.AddCounts(CountsOf({}, 0, 2), "a");
  shard.FinishObserving();
  EXPECT_EQ(added.documents_observed(), 9u);
  EXPECT_EQ(added.Find(documents[0]), observed.Find(documents[0]));
  EXPECT_EQ(added.Find(documents[0]).size(), 2u);  // "Partner news" and "Site footer"
  EXPECT_NE(shard.Find(documents[0]), observed.Find(documents[0]));
}

TEST(BoilerplateFilterTest, RefusesOtherCountsFiles) {
  const std::string counts = CountsOf({}, 0, 9);
  std::string other_version = counts;
  other_version.replace(0, counts.find('\n'), "newsgraph boilerplate counts 99");
  BoilerplateOptions wider;
  wider.edge_lines = 30;
  const std::vector<std::tuple<std::string, BoilerplateOptions, std::string>> cases = {
      {other_version, {}, "counts line 1: boilerplate counts format version 99, but this "
                          "newsgraph reads version 1"},
      {"{\"format\":\"newsgraph partial graph\"}\n", {}, "not a boilerplate counts file"},
      {counts, wider, "another edge_lines"},
      {counts + "zz 3\n", {}, "expected \"<fingerprint> <count>\""},
  };
  for (const auto& [text, options, message] : cases) {
    BoilerplateFilter filter(options);
    try {
      filter.AddCounts(text, "counts");
      ADD_FAILURE() << "accepted " << message;
    } catch (const std::runtime_error& error) {
      EXPECT_NE(std::string(error.what()).find(message), std::string::npos) << error.what();
    }
  }
}

TEST(BoilerplateFilterTest, CustomCuesAndErrors) {
  BoilerplateOptions options;
  options.cues = "# custom\nline ends here\nprefix photo:\n";
  const BoilerplateFilter filter(options);
  const Marked marked = Unmark("Body.\n[[Photo: Reuters\n]]Read more\n[[Ends here.\n]]");
  EXPECT_EQ(filter.Find(MakeDocument("d", marked.text)), marked.spans);

  for (const char* bad : {"line\n", "banner Support us\n"}) {
    options.cues = std::string("# ok\n") + bad;
    try {
      BoilerplateFilter broken(options);
      ADD_FAILURE() << "accepted " << bad;
    } catch (const std::runtime_error& error) {
      EXPECT_NE(std::string(error.what()).find("line 2"), std::string::npos) << error.what();
    }
  }
}

TEST(BoilerplateFilterTest, BuiltInCueListLoads) {
  EXPECT_NO_THROW(BoilerplateFilter());
  const BoilerplateFilter filter;
  EXPECT_TRUE(filter.Find(MakeDocument("empty", "")).empty());
  EXPECT_TRUE(filter.Find(MakeDocument("blank", "\n\n  \n")).empty());
}

}  // namespace
}  // namespace newsgraph
