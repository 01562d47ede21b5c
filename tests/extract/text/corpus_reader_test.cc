#include "extract/text/corpus_reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

class CorpusReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("newsgraph_reader_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(root_ / "locked.txt", fs::perms::owner_all, ignored);
    fs::remove_all(root_, ignored);
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  // Every document of `inputs`; the diagnostics land in diagnostics_.
  std::vector<Document> ReadAll(std::vector<std::string> inputs, ReaderOptions options = {}) {
    diagnostics_.clear();
    CorpusReader reader(
        std::move(inputs), [this](const Diagnostic& d) { diagnostics_.push_back(d); }, options);
    std::vector<Document> documents;
    Document document;
    while (reader.Next(document)) documents.push_back(document);
    EXPECT_EQ(reader.documents_read(), documents.size());
    EXPECT_EQ(reader.problems(), diagnostics_.size());
    return documents;
  }

  std::vector<std::string> Ids(const std::vector<Document>& documents) {
    std::vector<std::string> ids;
    for (const Document& document : documents) ids.push_back(document.id);
    return ids;
  }

  // True when one diagnostic names `file`, `line` and a message containing `text`.
  bool Reported(const std::string& file, std::size_t line, const std::string& text) const {
    for (const Diagnostic& d : diagnostics_) {
      if (d.file == file && d.line == line && d.message.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  std::string AllDiagnostics() const {
    std::string out;
    for (const Diagnostic& d : diagnostics_) out += d.ToString() + "\n";
    return out;
  }

  fs::path root_;
  std::vector<Diagnostic> diagnostics_;
};

TEST(DiagnosticTest, ToStringNamesFileAndLine) {
  EXPECT_EQ((Diagnostic{"a.jsonl", 7, "bad"}).ToString(), "a.jsonl:7: bad");
  EXPECT_EQ((Diagnostic{"a.txt", 0, "bad"}).ToString(), "a.txt: bad");
}

TEST(Utf8Test, ValidityAndRepair) {
  const std::string kFffd = "\xEF\xBF\xBD";
  struct Case {
    std::string input;
    bool valid;
    std::string repaired;
    std::size_t invalid;
  };
  const Case cases[] = {
      {"", true, "", 0},
      {"plain ASCII text, long enough for words", true, "plain ASCII text, long enough for words",
       0},
      {"Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x8C\x8D", true,
       "Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x8C\x8D", 0},
      {"a\x80z", false, "a" + kFffd + "z", 1},                          // stray continuation
      {"a\xC0\x80z", false, "a" + kFffd + kFffd + "z", 2},              // overlong NUL
      {"a\xE0\x80\x80z", false, "a" + kFffd + kFffd + kFffd + "z", 3},  // overlong 3-byte
      {"a\xED\xA0\x80z", false, "a" + kFffd + kFffd + kFffd + "z", 3},  // surrogate U+D800
      {"a\xF4\x90\x80\x80z", false, "a" + kFffd + kFffd + kFffd + kFffd + "z", 4},  // > U+10FFFF
      {"a\xE2\x80z", false, "a" + kFffd + "z", 1},  // truncated, maximal subpart
      {"ab\xE2\x80", false, "ab" + kFffd, 1},       // truncated at the end
      {"\xFF\xFEok", false, kFffd + kFffd + "ok", 2},
      {"12345678\xC3\xA9\xC3", false, "12345678\xC3\xA9" + kFffd, 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(IsValidUtf8(c.input), c.valid);
    std::size_t invalid = 99;
    EXPECT_EQ(RepairUtf8(c.input, &invalid), c.repaired);
    EXPECT_EQ(invalid, c.invalid);
    EXPECT_TRUE(IsValidUtf8(RepairUtf8(c.input)));
  }
}

TEST_F(CorpusReaderTest, ReadsTextFileWithIdFromFileName) {
  const std::string path = Write("2024-07-briefing.txt", "\xEF\xBB\xBFMoscow warned Kyiv.\n");
  const auto documents = ReadAll({path});
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].id, "2024-07-briefing");
  EXPECT_EQ(documents[0].text, "Moscow warned Kyiv.\n");
  EXPECT_EQ(documents[0].date, "");
  EXPECT_TRUE(diagnostics_.empty()) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, TextFileTakesItsDateFromItsNameElseFromTheOption) {
  const std::string dated = Write("2024-02-12-black-sea.txt", "Moscow warned Kyiv.\n");
  const std::string undated = Write("briefing.txt", "Kyiv warned Moscow.\n");
  const std::string month_only = Write("2024-07-briefing.txt", "Kyiv thanked Ankara.\n");
  ReaderOptions options;
  options.text_date = "2024-05-01";
  const auto documents = ReadAll({dated, undated, month_only}, options);
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].date, "2024-02-12");
  EXPECT_EQ(documents[1].date, "2024-05-01");
  EXPECT_EQ(documents[2].date, "2024-05-01");
  EXPECT_EQ(ReadAll({undated})[0].date, "");
}

TEST(DateOfFileName, OpensWithARealDate) {
  const std::pair<const char*, const char*> rows[] = {
      {"2024-02-12", "2024-02-12"},     {"2024-02-12-talks", "2024-02-12"},
      {"2024-02-12_talks", "2024-02-12"}, {"2024-02-123", ""},
      {"2024-02-30-x", ""},             {"2024-07-briefing", ""},
      {"talks-2024-02-12", ""},         {"", ""},
  };
  for (const auto& [stem, date] : rows) EXPECT_EQ(DateOfFileName(stem), date) << stem;
}

TEST_F(CorpusReaderTest, ReadsJsonlFields) {
  const std::string path =
      Write("news.jsonl",
            "\xEF\xBB\xBF{\"id\":\"a-1\",\"text\":\"Kyiv met with Warsaw.\",\"title\":\"T\","
            "\"date\":\"2024-03-05\",\"source\":\"S\",\"url\":\"https://example.org/"
            "a\",\"extra\":[1]}\r\n"
            "\r\n"
            "   \n"
            "{\"id\":42,\"text\":\"Second.\"}\r\n"
            "{\"text\":\"No id.\"}\n"
            "{\"id\":null,\"text\":\"Null id.\"}");
  const auto documents = ReadAll({path});
  ASSERT_EQ(documents.size(), 4u) << AllDiagnostics();
  EXPECT_EQ(documents[0].id, "a-1");
  EXPECT_EQ(documents[0].text, "Kyiv met with Warsaw.");
  EXPECT_EQ(documents[0].title, "T");
  EXPECT_EQ(documents[0].date, "2024-03-05");
  EXPECT_EQ(documents[0].source, "S");
  EXPECT_EQ(documents[0].url, "https://example.org/a");
  EXPECT_EQ(documents[1].id, "42");
  EXPECT_EQ(documents[1].title, "");
  EXPECT_EQ(documents[1].text, "Second.");
  EXPECT_EQ(documents[2].id, "news.jsonl:5");
  EXPECT_EQ(documents[3].id, "news.jsonl:6");
  EXPECT_TRUE(diagnostics_.empty()) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, NormalizesDates) {
  struct Case {
    std::string date;
    std::string expected;
    bool diagnostic;
  };
  const Case cases[] = {
      {"2024-03-05", "2024-03-05", false},
      {"2024-03-05T10:15:00Z", "2024-03-05", false},
      {"2024-03-05 10:15", "2024-03-05", false},
      {"2024-02-29", "2024-02-29", false},
      {"2023-02-29", "", true},
      {"2024-13-01", "", true},
      {"2024-04-31", "", true},
      {"March 5, 2024", "", true},
      {"2024-03-05junk", "", true},
      {"", "", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.date);
    const std::string path =
        Write("dates.jsonl", "{\"id\":\"d\",\"date\":\"" + c.date + "\",\"text\":\"Text.\"}\n");
    const auto documents = ReadAll({path});
    ASSERT_EQ(documents.size(), 1u);
    EXPECT_EQ(documents[0].date, c.expected);
    EXPECT_EQ(Reported(path, 1, "\"date\""), c.diagnostic) << AllDiagnostics();
  }
}

TEST_F(CorpusReaderTest, SkipsMalformedJsonLinesAndCarriesOn) {
  const std::string path = Write("bad.jsonl",
                                 "{\"id\":\"ok-1\",\"text\":\"First.\"}\n"
                                 "{\"id\":\"x\",\"text\":\"unterminated}\n"
                                 "[1,2,3]\n"
                                 "{\"id\":\"y\"}\n"
                                 "{\"id\":\"z\",\"text\":17}\n"
                                 "{\"id\":\"w\",\"text\":\"   \\n\\t \"}\n"
                                 "{\"id\":\"v\",\"text\":\"a\"} trailing\n"
                                 "{\"id\":true,\"text\":\"Bool id.\",\"title\":5}\n"
                                 "{\"id\":\"ok-2\",\"text\":\"Last.\"}\n");
  const auto documents = ReadAll({path});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"ok-1", "bad.jsonl:8", "ok-2"}));
  EXPECT_TRUE(Reported(path, 2, "malformed JSON at column")) << AllDiagnostics();
  EXPECT_TRUE(Reported(path, 3, "not a JSON object"));
  EXPECT_TRUE(Reported(path, 4, "no \"text\""));
  EXPECT_TRUE(Reported(path, 5, "\"text\" is not a string"));
  EXPECT_TRUE(Reported(path, 6, "empty text"));
  EXPECT_TRUE(Reported(path, 7, "malformed JSON at column 23"));
  EXPECT_TRUE(Reported(path, 8, "\"id\" is not a string or a number"));
  EXPECT_TRUE(Reported(path, 8, "\"title\" is not a string"));
  EXPECT_EQ(diagnostics_.size(), 8u) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, RepairsInvalidUtf8AndDropsNul) {
  const std::string txt = Write("broken.txt", "Caf\xC3\xA9 \xC0\xAF in Kyiv \xED\xA0\x80.");
  const std::string jsonl = Write(
      "broken.jsonl", "{\"id\":\"j\",\"title\":\"T\xFF\",\"text\":\"Ky\\u0000iv \xE2\x80 ok\"}\n");
  const auto documents = ReadAll({txt, jsonl});
  ASSERT_EQ(documents.size(), 2u) << AllDiagnostics();
  EXPECT_EQ(documents[0].text,
            "Caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD in Kyiv \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.");
  EXPECT_TRUE(Reported(txt, 0, "5 invalid UTF-8 sequences")) << AllDiagnostics();
  EXPECT_EQ(documents[1].text, "Kyiv \xEF\xBF\xBD ok");
  EXPECT_EQ(documents[1].title, "T\xEF\xBF\xBD");
  EXPECT_TRUE(Reported(jsonl, 1, "NUL"));
  EXPECT_TRUE(Reported(jsonl, 1, "invalid UTF-8 sequence in \"text\""));
  EXPECT_TRUE(Reported(jsonl, 1, "invalid UTF-8 sequence in \"title\""));
  // A lone low surrogate escape decodes to an encoded surrogate, which is repaired too.
  const std::string surrogate = Write("surrogate.jsonl", "{\"text\":\"x\\udc00y\"}\n");
  const auto repaired = ReadAll({surrogate});
  ASSERT_EQ(repaired.size(), 1u);
  EXPECT_TRUE(IsValidUtf8(repaired[0].text));
}

TEST_F(CorpusReaderTest, SkipsBinaryAndEmptyFiles) {
  const std::string nul = Write("image.txt", std::string("GIF89a\0\0\x01", 9) + "rest");
  std::string controls;
  for (int i = 0; i < 200; ++i) controls += static_cast<char>(1 + i % 8);
  const std::string control = Write("blob.jsonl", controls + "\n");
  const std::string empty = Write("empty.txt", "");
  const std::string blank = Write("blank.txt", " \n\t\r\n");
  const std::string good = Write("good.txt", "Text.");
  const auto documents = ReadAll({nul, control, empty, blank, good});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"good"}));
  EXPECT_TRUE(Reported(nul, 0, "binary")) << AllDiagnostics();
  EXPECT_TRUE(Reported(control, 0, "binary"));
  EXPECT_TRUE(Reported(empty, 0, "empty text"));
  EXPECT_TRUE(Reported(blank, 0, "empty text"));
  EXPECT_EQ(diagnostics_.size(), 4u);
}

TEST_F(CorpusReaderTest, ReportsBadPathsAndCarriesOn) {
  const std::string missing = (root_ / "missing.txt").string();
  fs::create_directories(root_ / "empty_dir");
  Write("empty_dir/notes.md", "not an article");
  const std::string unsupported = Write("table.csv", "a,b\n");
  const std::string good = Write("good.txt", "Text.");
  const auto documents = ReadAll({missing, (root_ / "empty_dir").string(), unsupported, good});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"good"}));
  EXPECT_TRUE(Reported(missing, 0, "no such file")) << AllDiagnostics();
  EXPECT_TRUE(Reported((root_ / "empty_dir").string(), 0, "no .txt or .jsonl"));
  EXPECT_TRUE(Reported(unsupported, 0, "unsupported file type \".csv\""));
  EXPECT_EQ(diagnostics_.size(), 3u);
}

// A named input that open() refuses, for every user root included: a UNIX socket (ENXIO).
TEST_F(CorpusReaderTest, ReportsUnreadableFile) {
  const std::string socket_path = (root_ / "socket.txt").string();
  const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(socket_path.size(), sizeof address.sun_path) << socket_path;
  socket_path.copy(address.sun_path, socket_path.size());
  ASSERT_EQ(::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
  const std::string good = Write("good.txt", "Text.");
  const auto documents = ReadAll({socket_path, good});
  ::close(listener);
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"good"}));
  EXPECT_TRUE(Reported(socket_path, 0, "cannot open")) << AllDiagnostics();
}

// Without read permission a file cannot be opened, except by root, who reads it.
TEST_F(CorpusReaderTest, ReportsFileWithoutReadPermission) {
  const std::string locked = Write("locked.txt", "Text.");
  fs::permissions(locked, fs::perms::none);
  const auto documents = ReadAll({locked});
  if (::geteuid() == 0) {
    EXPECT_EQ(Ids(documents), (std::vector<std::string>{"locked"}));
  } else {
    EXPECT_TRUE(documents.empty());
    EXPECT_TRUE(Reported(locked, 0, "cannot open")) << AllDiagnostics();
  }
}

TEST_F(CorpusReaderTest, CountsTheInputBytesRead) {
  const std::string text = Write("a.txt", "\xEF\xBB\xBFText of a.");
  const std::string jsonl = Write("b.jsonl", "{\"id\":\"b1\",\"text\":\"B1.\"}\n\n"
                                             "{\"id\":\"b2\",\"text\":\"B2.\"}\n");
  CorpusReader reader({text, jsonl}, nullptr);
  Document document;
  EXPECT_EQ(reader.bytes_read(), 0u);
  ASSERT_TRUE(reader.Next(document));
  EXPECT_EQ(reader.bytes_read(), fs::file_size(text));
  while (reader.Next(document)) {
  }
  EXPECT_EQ(reader.bytes_read(), fs::file_size(text) + fs::file_size(jsonl));
}

TEST_F(CorpusReaderTest, RecursesDirectoriesInByteOrder) {
  Write("corpus/b.txt", "B.");
  Write("corpus/a/z.txt", "AZ.");
  Write("corpus/C.txt", "C.");
  Write("corpus/.hidden.txt", "Hidden.");
  Write("corpus/.git/x.txt", "Hidden dir.");
  Write("corpus/readme.md", "Not an article.");
  Write("corpus/d.jsonl", "{\"id\":\"d1\",\"text\":\"D1.\"}\n{\"id\":\"d2\",\"text\":\"D2.\"}\n");
  Write("corpus/e.TXT", "E.");
  const auto documents = ReadAll({(root_ / "corpus").string()});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"C", "z", "b", "d1", "d2", "e"}));
  EXPECT_TRUE(diagnostics_.empty()) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, RenamesRepeatedIds) {
  const std::string jsonl = Write("ids.jsonl",
                                  "{\"id\":\"a\",\"text\":\"1\"}\n"
                                  "{\"id\":\"a\",\"text\":\"2\"}\n"
                                  "{\"id\":\"a#3\",\"text\":\"3\"}\n"
                                  "{\"id\":\"a\",\"text\":\"4\"}\n");
  const std::string txt = Write("a.txt", "5");
  const auto documents = ReadAll({jsonl, txt});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"a", "a#2", "a#3", "a#4", "a#5"}));
  EXPECT_TRUE(Reported(jsonl, 2, "repeated id \"a\" renamed \"a#2\"")) << AllDiagnostics();
  EXPECT_TRUE(Reported(jsonl, 4, "renamed \"a#4\""));
  EXPECT_TRUE(Reported(txt, 0, "renamed \"a#5\""));
  EXPECT_EQ(diagnostics_.size(), 3u);
}

TEST_F(CorpusReaderTest, SkipsOverlongLinesAndTexts) {
  ReaderOptions options;
  options.max_line_bytes = 64;
  options.max_text_bytes = 32;
  const std::string jsonl =
      Write("long.jsonl", "{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"" +
                              std::string(100, 'x') + "\"}\n" + "{\"id\":\"c\",\"text\":\"" +
                              std::string(40, 'y') + "\"}\n" + "{\"id\":\"d\",\"text\":\"end\"}");
  const std::string txt = Write("long.txt", std::string(33, 'z'));
  const auto documents = ReadAll({jsonl, txt}, options);
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"a", "d"}));
  EXPECT_TRUE(Reported(jsonl, 2, "over the 64-byte limit")) << AllDiagnostics();
  EXPECT_TRUE(Reported(jsonl, 3, "over the 32-byte limit"));
  EXPECT_TRUE(Reported(txt, 0, "over the 32-byte limit"));
  EXPECT_EQ(diagnostics_.size(), 3u);
}

TEST_F(CorpusReaderTest, HandlesLinesLargerThanTheReadBuffer) {
  ReaderOptions options;
  options.max_line_bytes = 3 << 20;
  const std::string big(5 << 19, 'k');   // 2.5 MiB, spans several buffer fills
  const std::string huge(4 << 20, 'h');  // over the limit
  const std::string path = Write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n" +
                                                  "{\"id\":\"huge\",\"text\":\"" + huge + "\"}\n" +
                                                  "{\"id\":\"after\",\"text\":\"After.\"}\n");
  const auto documents = ReadAll({path}, options);
  ASSERT_EQ(Ids(documents), (std::vector<std::string>{"big", "after"})) << AllDiagnostics();
  EXPECT_EQ(documents[0].text, big);
  EXPECT_TRUE(Reported(path, 2, "over the 3145728-byte limit"));
}

TEST_F(CorpusReaderTest, ReadsJsonlFromStdin) {
  const std::string path = Write("stdin.jsonl", "{\"text\":\"From a pipe.\"}\nnot json\n");
  const int saved = ::dup(0);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, 0);
  ::close(fd);
  const auto documents = ReadAll({"-"});
  ::dup2(saved, 0);
  ::close(saved);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].id, "stdin:1");
  EXPECT_EQ(documents[0].text, "From a pipe.");
  EXPECT_TRUE(Reported("<stdin>", 2, "malformed JSON")) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, StreamsWithoutOpeningInputsEarly) {
  const std::string first = Write("first.txt", "First.");
  const std::string second = Write("second.txt", "Second.");
  std::vector<Diagnostic> seen;
  CorpusReader reader({first, second}, [&](const Diagnostic& d) { seen.push_back(d); });
  Document document;
  ASSERT_TRUE(reader.Next(document));
  EXPECT_EQ(document.id, "first");
  fs::remove(second);  // gone before it is reached: reported, not a crash
  EXPECT_FALSE(reader.Next(document));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].file, second);
  EXPECT_EQ(reader.documents_read(), 1u);
  EXPECT_EQ(reader.problems(), 1u);
}

TEST_F(CorpusReaderTest, SkipsDeeplyNestedLinesAndCarriesOn) {
  const std::string path =
      Write("deep.jsonl", "{\"id\":\"a\",\"text\":\"Before.\"}\n" + std::string(1000000, '[') +
                              "\n{\"id\":\"b\",\"text\":\"After.\",\"x\":" +
                              std::string(65, '{') + "}\n{\"id\":\"c\",\"text\":\"[[[{{{\"," +
                              "\"x\":[[{\"y\":[]}]]}\n");
  const auto documents = ReadAll({path});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"a", "c"})) << AllDiagnostics();
  EXPECT_TRUE(Reported(path, 2, "nested over 64 levels deep")) << AllDiagnostics();
  EXPECT_TRUE(Reported(path, 3, "nested over 64 levels deep")) << AllDiagnostics();
}

struct NestingRow {
  std::string json;
  std::size_t max_depth;
  bool within;
};

TEST(JsonNestingTest, CountsBracketsOutsideStrings) {
  const NestingRow rows[] = {
      {"{}", 1, true},
      {"{\"a\":[1]}", 1, false},
      {"{\"a\":[1]}", 2, true},
      {"\"[[[[\"", 0, true},                 // brackets inside a string
      {"[\"\\\"[[[\"]", 1, true},            // an escaped quote does not end the string
      {"[\"\\\\\",[[]]]", 2, false},         // an escaped backslash does
      {std::string(1000, '['), 999, false},  // unclosed, as in a malformed line
      {"]]]]{}", 1, true},                   // stray closers never go below zero
  };
  for (const NestingRow& row : rows)
    EXPECT_EQ(JsonNestingWithin(row.json, row.max_depth), row.within) << row.json;
}

TEST_F(CorpusReaderTest, AppliesTheTextLimitAfterUtf8Repair) {
  ReaderOptions options;
  options.max_text_bytes = 10;
  // Eight invalid bytes pass the limit as read and become 24 bytes of U+FFFD.
  const std::string txt = Write("bad.txt", std::string(8, '\xFF'));
  const std::string jsonl = Write("bad.jsonl", "{\"id\":\"j\",\"text\":\"" + std::string(8, '\xFF') +
                                                   "\"}\n{\"id\":\"k\",\"text\":\"ok\"}\n");
  const auto documents = ReadAll({txt, jsonl}, options);
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"k"})) << AllDiagnostics();
  EXPECT_TRUE(Reported(txt, 0, "24 bytes after UTF-8 repair is over the 10-byte limit"))
      << AllDiagnostics();
  EXPECT_TRUE(Reported(jsonl, 1, "24 bytes after UTF-8 repair")) << AllDiagnostics();
}

TEST_F(CorpusReaderTest, DirectoryWalkTakesRegularFilesOnlyAndNeverBlocks) {
  Write("dir/a.txt", "Alpha.");
  ASSERT_EQ(::mkfifo((root_ / "dir" / "b.jsonl").c_str(), 0600), 0);
  ASSERT_EQ(::mkfifo((root_ / "dir" / "c.txt").c_str(), 0600), 0);
  Write("dir/d.txt", "Delta.");
  const auto documents = ReadAll({(root_ / "dir").string()});
  EXPECT_EQ(Ids(documents), (std::vector<std::string>{"a", "d"}));
  EXPECT_TRUE(Reported((root_ / "dir" / "b.jsonl").string(), 0, "not a regular file"))
      << AllDiagnostics();
  EXPECT_TRUE(Reported((root_ / "dir" / "c.txt").string(), 0, "not a regular file"));
}

TEST_F(CorpusReaderTest, InputsThatCanBeReadTwice) {
  const std::string txt = Write("a.txt", "A.");
  const std::string fifo = (root_ / "pipe.jsonl").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_TRUE(InputsCanBeReadTwice({txt, root_.string(), (root_ / "missing.txt").string()}));
  EXPECT_FALSE(InputsCanBeReadTwice({txt, "-"}));
  EXPECT_FALSE(InputsCanBeReadTwice({txt, fifo}));
}

TEST_F(CorpusReaderTest, NullReportCallbackIsAllowed) {
  CorpusReader reader({(root_ / "nothing.txt").string()}, nullptr);
  Document document;
  EXPECT_FALSE(reader.Next(document));
  EXPECT_EQ(reader.problems(), 1u);
}

}  // namespace
}  // namespace newsgraph
