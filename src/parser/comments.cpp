// The comments of a spec as AST nodes.
#include "parser/comments.hpp"

#include "parser/lexical.hpp"

namespace initcheck::parser {

namespace {

bool onlySpaceBefore(std::string_view text, std::size_t offset) {
  std::size_t lineStart = byteOrderMarkLength(text);  // on the first line, after any mark
  while (offset > lineStart && text[offset - 1] != '\n') {
    char c = text[--offset];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
      return false;
  }
  return true;
}

// A `//` comment's text without trailing white space (which `fmt` drops, and a `\r` of a
// Windows line ending); a block comment's text exactly as written.
std::string commentText(std::string_view written) {
  if (written.substr(0, 2) != "//")
    return std::string(written);
  while (!written.empty() &&
         (written.back() == ' ' || written.back() == '\t' || written.back() == '\r' ||
          written.back() == '\f' || written.back() == '\v')) {
    written.remove_suffix(1);
  }
  return std::string(written);
}

}  // namespace

std::vector<ast::Comment> collectComments(const SourceFile& source, const LexedSource& lexed) {
  std::vector<ast::Comment> comments;
  comments.reserve(lexed.comments.size());
  std::string_view text = source.text();
  for (const auto& span : lexed.comments) {
    comments.push_back({commentText(text.substr(span.begin, span.end - span.begin)),
                        source.positionAt(span.begin), onlySpaceBefore(text, span.begin)});
  }
  return comments;
}

}  // namespace initcheck::parser
