// The lexer (tokens, comments, bracket nesting) and the resynchronisation points after errors.
#include <gtest/gtest.h>

#include "parser/lexer.hpp"
#include "parser/lexical.hpp"
#include "parser/recovery.hpp"

namespace initcheck::parser {
namespace {

std::vector<std::string> texts(const LexedSource& lexed) {
  std::vector<std::string> result;
  for (const auto& token : lexed.tokens)
    result.emplace_back(lexed.textOf(token));
  return result;
}

TEST(Lexer, SplitsTokens) {
  LexedSource lexed = lex("let x1 = a.m(..)->b <= \"s\\\"t\" && !c; 42");
  EXPECT_EQ(texts(lexed),
            (std::vector<std::string>{"let", "x1", "=", "a", ".", "m", "(", "..", ")", "->", "b",
                                      "<=", "\"s\\\"t\"", "&&", "!", "c", ";", "42", ""}));
  EXPECT_EQ(lexed.tokens[0].kind, TokenKind::Keyword);
  EXPECT_EQ(lexed.tokens[1].kind, TokenKind::Identifier);
  EXPECT_EQ(lexed.tokens[12].kind, TokenKind::String);
  EXPECT_EQ(lexed.tokens[17].kind, TokenKind::Integer);
  EXPECT_EQ(lexed.tokens.back().kind, TokenKind::End);
}

TEST(Lexer, InvalidCharactersAreTokensOfTheirOwn) {
  LexedSource lexed = lex("a # \xc3\xa9 \xff ` $");
  ASSERT_EQ(lexed.tokens.size(), 7u);
  for (int i = 1; i <= 5; ++i)
    EXPECT_EQ(lexed.tokens[i].kind, TokenKind::Invalid) << i;
  EXPECT_EQ(lexed.textOf(lexed.tokens[2]), "\xc3\xa9");  // one token per UTF-8 character
}

TEST(Lexer, UnterminatedStringEndsAtItsLine) {
  LexedSource lexed = lex("\"abc\nx");
  ASSERT_EQ(lexed.tokens.size(), 3u);
  EXPECT_EQ(lexed.textOf(lexed.tokens[0]), "\"abc");
  EXPECT_EQ(lexed.textOf(lexed.tokens[1]), "x");
}

TEST(Lexer, RecordsComments) {
  LexedSource lexed = lex("a // one\n/* two */ b /* three");
  ASSERT_EQ(lexed.comments.size(), 3u);
  EXPECT_EQ(
      lexed.text.substr(lexed.comments[0].begin, lexed.comments[0].end - lexed.comments[0].begin),
      "// one");
  EXPECT_EQ(lexed.comments[1].begin, 9u);
  EXPECT_EQ(lexed.unterminatedComment, 21u);
  EXPECT_EQ(texts(lexed), (std::vector<std::string>{"a", "b", ""}));
}

TEST(Lexer, FindsTheFirstBracketNestedTooDeep) {
  EXPECT_FALSE(lex(std::string(256, '(')).tooDeep.has_value());
  EXPECT_EQ(lex(std::string(257, '[')).tooDeep, 256u);
  // Unclosed parentheses of separate statements do not add up.
  std::string statements = "{";
  for (int i = 0; i < 1000; ++i)
    statements += " f(x;";
  EXPECT_FALSE(lex(statements + "}").tooDeep.has_value());
  std::string blocks;
  for (int i = 0; i < 1000; ++i)
    blocks += "{ ( }";
  EXPECT_FALSE(lex(blocks).tooDeep.has_value());
}

TEST(Lexer, TokenQueries) {
  LexedSource lexed = lex("ab  cd\n  ef");
  EXPECT_EQ(lexed.indexAt(0), 0u);
  EXPECT_EQ(lexed.indexAt(1), 1u);
  EXPECT_EQ(lexed.indexAt(100), 3u);
  EXPECT_EQ(lexed.endOfTokenBefore(4), 2u);
  EXPECT_EQ(lexed.endOfTokenBefore(9), 6u);
  EXPECT_EQ(lexed.endOfTokenBefore(1), 0u);
  EXPECT_TRUE(lexed.startsLine(0));
  EXPECT_FALSE(lexed.startsLine(1));
  EXPECT_TRUE(lexed.startsLine(2));
  EXPECT_FALSE(lexed.atColumnOne(2));
}

TEST(Lexical, KeywordsAreReservedButBuiltinsAreNot) {
  for (const char* word :
       {"spec",      "var",   "let",    "func",    "init",    "thread",  "go",      "join",
        "if",        "else",  "while",  "for",     "in",      "shared",  "return",  "assert",
        "assume",    "await", "check",  "expect",  "option",  "final",   "new",     "choose",
        "true",      "false", "int",    "bool",    "string",  "list",    "once",    "mutex",
        "waitgroup", "chan",  "atomic", "relaxed", "acquire", "release", "acq_rel", "seq_cst"}) {
    EXPECT_TRUE(isKeyword(word)) << word;
  }
  for (const char* word : {"len", "append", "ok", "do", "lock", "x", "Int", "iff"}) {
    EXPECT_FALSE(isKeyword(word)) << word;
  }
}

TEST(Lexical, Utf8Sequences) {
  auto length = [](const std::string& s) {
    return utf8SequenceLength(s.data(), s.data() + s.size());
  };
  EXPECT_EQ(length("\xc3\xa9"), 2u);
  EXPECT_EQ(length("\xe2\x9c\x93"), 3u);
  EXPECT_EQ(length("\xf0\x9f\x98\x80"), 4u);
  EXPECT_EQ(length("\xc0\xaf"), 0u);      // overlong
  EXPECT_EQ(length("\xed\xa0\x80"), 0u);  // surrogate
  EXPECT_EQ(length("\xe2\x9c"), 0u);      // truncated
  EXPECT_EQ(length("\xff"), 0u);
}

std::size_t resumeStatement(const std::string& text, const std::string& errorAt) {
  LexedSource lexed = lex(text);
  return resumeAfterStatement(lexed, text.find(errorAt));
}

TEST(Recovery, StatementsResumeAfterTheNextSemicolonAtTheSameNesting) {
  std::string text = "x = f(a b, (c; d)); y = 1;";
  EXPECT_EQ(resumeStatement(text, "b"), text.find(" y"));
}

TEST(Recovery, StatementsStopBeforeTheBlocksClosingBrace) {
  std::string text = "x = 1 2 } y";
  EXPECT_EQ(resumeStatement(text, "2"), text.find("}"));
}

TEST(Recovery, StatementsEndWithTheBlockThatEndsThem) {
  std::string text = "while x y { a; }\nz = 1;";
  EXPECT_EQ(resumeStatement(text, "y"), text.find("z"));
  std::string withElse = "if x y { a; } else { b; } z = 1;";
  EXPECT_EQ(resumeStatement(withElse, "y"), withElse.find("z"));
  std::string called = "go func() x { a; }(); z = 1;";
  EXPECT_EQ(resumeStatement(called, "x"), called.find(" z"));
}

TEST(Recovery, AMissingPieceAtTheEndOfALineResumesOnTheNextLine) {
  std::string text = "x = 1\ny = 2;";
  EXPECT_EQ(resumeStatement(text, "\ny"), text.find("y"));
  std::string notAStatement = "x = f(1,\n) ; y";
  EXPECT_EQ(resumeStatement(notAStatement, "\n)"), notAStatement.find(" y"));
}

TEST(Recovery, StatementsStopAtTheNextItem) {
  std::string text = "x = (1 +\nthread t { }";
  EXPECT_EQ(resumeStatement(text, "+"), text.find("thread"));
}

TEST(Recovery, ItemsResumeAtTheNextItem) {
  std::string text = "var x int = { var y: int; }; func f() { }";
  LexedSource lexed = lex(text);
  EXPECT_EQ(resumeAfterItem(lexed, text.find("int")), text.find("func"));
  std::string indented = "  var a int;\n  var b: int;";
  EXPECT_EQ(resumeAfterItem(lex(indented), indented.find("int")), indented.find("var b"));
  std::string end = "var a int";
  EXPECT_EQ(resumeAfterItem(lex(end), end.find("int")), end.size());
}

TEST(Recovery, ItemStartsInsideBracesNeedColumnOne) {
  LexedSource lexed = lex("{\n  var x\nvar y\n  thread\n  func f\n  func (\n}");
  EXPECT_FALSE(startsItem(lexed, 1, true));  // indented var
  EXPECT_TRUE(startsItem(lexed, 3, true));   // var at column 1
  EXPECT_TRUE(startsItem(lexed, 5, true));   // thread anywhere
  EXPECT_FALSE(startsItem(lexed, 6, true));  // indented func NAME
  EXPECT_TRUE(startsItem(lexed, 6, false));
  EXPECT_FALSE(startsItem(lexed, 8, false));  // `func (` is a closure
}

}  // namespace
}  // namespace initcheck::parser
