// Comment placement for `fmt`: the pool that hands each comment out once, by position.
#include "format/comments.hpp"

#include <algorithm>
#include <limits>

namespace initcheck::format {

namespace {

constexpr SourcePosition kLastPosition{std::numeric_limits<std::uint32_t>::max(),
                                       std::numeric_limits<std::uint32_t>::max()};

}  // namespace

std::uint32_t commentEndLine(const ast::Comment& comment) {
  auto newlines = std::count(comment.text.begin(), comment.text.end(), '\n');
  return comment.position.line + static_cast<std::uint32_t>(newlines);
}

bool isBlockComment(const ast::Comment& comment) {
  return comment.text.starts_with("/*");
}

std::string commentText(const ast::Comment& comment) {
  if (isBlockComment(comment))
    return comment.text;
  std::string text = comment.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                           text.back() == '\n')) {
    text.pop_back();
  }
  return text;
}

CommentPool::CommentPool(const std::vector<ast::Comment>& comments) : used_(comments.size()) {
  for (const ast::Comment& comment : comments)
    comments_.push_back(&comment);
  std::stable_sort(
      comments_.begin(), comments_.end(),
      [](const ast::Comment* a, const ast::Comment* b) { return a->position < b->position; });
}

std::size_t CommentPool::firstAt(SourcePosition position) const {
  auto first = std::lower_bound(
      comments_.begin(), comments_.end(), position,
      [](const ast::Comment* comment, SourcePosition p) { return comment->position < p; });
  return static_cast<std::size_t>(first - comments_.begin());
}

std::vector<const ast::Comment*> CommentPool::take(SourceRange range) {
  std::vector<const ast::Comment*> taken;
  for (std::size_t i = firstAt(range.begin); i < comments_.size(); ++i) {
    if (!(comments_[i]->position < range.end))
      break;
    if (used_[i])
      continue;
    used_[i] = true;
    taken.push_back(comments_[i]);
  }
  return taken;
}

std::vector<const ast::Comment*> CommentPool::takeTrailing(SourceRange range) {
  std::vector<const ast::Comment*> taken;
  if (!range.begin.isKnown())
    return taken;
  std::uint32_t line = range.begin.line;
  for (std::size_t i = firstAt(range.begin); i < comments_.size(); ++i) {
    const ast::Comment& comment = *comments_[i];
    if (!(comment.position < range.end))
      break;
    if (used_[i])
      continue;
    if (comment.ownLine || comment.position.line != line)
      break;
    used_[i] = true;
    taken.push_back(&comment);
    line = commentEndLine(comment);
  }
  return taken;
}

std::vector<const ast::Comment*> CommentPool::takeHeader() {
  std::vector<const ast::Comment*> taken;
  for (std::size_t i = 0; i < comments_.size(); ++i) {
    const ast::Comment& comment = *comments_[i];
    bool startsFile = taken.empty() && comment.position == SourcePosition{1, 1};
    bool continues = !taken.empty() && comment.ownLine &&
                     comment.position.line == commentEndLine(*taken.back()) + 1;
    if (used_[i] || !(startsFile || continues))
      break;
    used_[i] = true;
    taken.push_back(&comment);
  }
  return taken;
}

std::vector<const ast::Comment*> CommentPool::takeSpecTrailing(SourcePosition limit) {
  std::vector<const ast::Comment*> taken;
  for (std::size_t i = 0; i < comments_.size(); ++i) {
    const ast::Comment& comment = *comments_[i];
    if (used_[i])
      continue;
    bool sameLine = taken.empty() || comment.position.line == commentEndLine(*taken.back());
    if (comment.ownLine || !sameLine || !(comment.position < limit))
      break;
    used_[i] = true;
    taken.push_back(&comment);
  }
  return taken;
}

bool CommentPool::anyIn(SourceRange range) const {
  std::size_t first = firstAt(range.begin);
  return first < comments_.size() && comments_[first]->position < range.end;
}

void CommentPool::claim(const ast::Block& block, SourcePosition start) {
  if (start.isKnown() && start < block.position)
    claims_[&block] = start;
}

SourcePosition CommentPool::claimStart(const ast::Block& block) const {
  auto claim = claims_.find(&block);
  return claim == claims_.end() ? block.position : claim->second;
}

std::vector<const ast::Comment*> CommentPool::takeRest() {
  return take({SourcePosition{}, kLastPosition});
}

}  // namespace initcheck::format
