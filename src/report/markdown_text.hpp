// Text made safe for GitHub-flavoured Markdown: inline text whose punctuation would otherwise
// start emphasis, links, HTML, math, mentions or table cells, and fenced code blocks whose
// fence no line of the content can close.
#pragma once

#include <string>
#include <string_view>

namespace initcheck {

// Escapes what Markdown would interpret in running text, headings and table cells (including
// `|`), and keeps `code spans` as they are. Line breaks become spaces.
std::string markdownInline(std::string_view text);

// A backtick fence longer than any run of backticks in `content` (at least three).
std::string codeFence(std::string_view content);

}  // namespace initcheck
