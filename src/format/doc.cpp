// The layout engine behind `fmt`: Doc construction and the fits-or-break renderer (after
// Wadler, "A prettier printer", and Prettier's printDocToString).
#include "format/doc.hpp"

#include <algorithm>
#include <utility>

namespace initcheck::format {

struct Doc::Node {
  Kind kind = Kind::Concat;
  std::string text;
  std::vector<Doc> children;
  bool breaks = false;
  SourcePosition source = {};  // CommentColumn only
};

Doc::Doc() : Doc(std::make_shared<Node>()) {}

Doc::Doc(std::shared_ptr<Node> node) : node_(std::move(node)) {}

Doc Doc::text(std::string text) {
  Node node{Kind::Text, std::move(text), {}, false};
  node.breaks = node.text.find('\n') != std::string::npos;
  return Doc(std::make_shared<Node>(std::move(node)));
}

Doc Doc::line() {
  return Doc(std::make_shared<Node>(Node{Kind::Line, "", {}, false}));
}

Doc Doc::hardLine() {
  return Doc(std::make_shared<Node>(Node{Kind::HardLine, "", {}, true}));
}

Doc Doc::breakParent() {
  return Doc(std::make_shared<Node>(Node{Kind::BreakParent, "", {}, true}));
}

Doc Doc::commentColumn(SourcePosition source) {
  return Doc(std::make_shared<Node>(Node{Kind::CommentColumn, "", {}, false, source}));
}

Doc Doc::nest(Doc body) {
  bool breaks = body.breaks();
  return Doc(std::make_shared<Node>(Node{Kind::Nest, "", {std::move(body)}, breaks}));
}

Doc Doc::group(Doc body, bool forceBreak) {
  bool breaks = forceBreak || body.breaks();
  return Doc(std::make_shared<Node>(Node{Kind::Group, "", {std::move(body)}, breaks}));
}

Doc& Doc::operator+=(Doc other) {
  if (other.empty())
    return *this;
  if (empty())
    return *this = std::move(other);
  if (kind() != Kind::Concat || node_.use_count() != 1) {
    node_ = std::make_shared<Node>(Node{Kind::Concat, "", {*this}, breaks()});
  }
  node_->breaks = node_->breaks || other.breaks();
  node_->children.push_back(std::move(other));
  return *this;
}

Doc Doc::operator+(Doc other) const {
  Doc result = *this;
  result += std::move(other);
  return result;
}

bool Doc::empty() const {
  return node_->kind == Kind::Concat && node_->children.empty();
}
Doc::Kind Doc::kind() const {
  return node_->kind;
}
const std::string& Doc::content() const {
  return node_->text;
}
const std::vector<Doc>& Doc::children() const {
  return node_->children;
}
bool Doc::breaks() const {
  return node_->breaks;
}
SourcePosition Doc::source() const {
  return node_->source;
}

namespace {

enum class Mode { Flat, Break };

struct Command {
  int indent = 0;
  Mode mode = Mode::Break;
  const Doc* doc = nullptr;
};

// Display width: UTF-8 continuation bytes take no column.
int displayWidth(std::string_view text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// True when `next` laid out flat, followed by the rest of the line, fits in `width` columns.
bool fits(Command next, const std::vector<Command>& rest, int width) {
  std::vector<Command> pending{next};
  std::size_t restIndex = rest.size();
  while (width >= 0) {
    if (pending.empty()) {
      if (restIndex == 0)
        return true;
      pending.push_back(rest[--restIndex]);
      continue;
    }
    Command command = pending.back();
    pending.pop_back();
    const Doc& doc = *command.doc;
    switch (doc.kind()) {
      case Doc::Kind::Text: {
        std::string_view text = doc.content();
        std::size_t newline = text.find('\n');
        width -= displayWidth(text.substr(0, newline));
        if (newline != std::string_view::npos)
          return width >= 0;
        break;
      }
      case Doc::Kind::Line:
        if (command.mode == Mode::Break)
          return true;
        width -= 1;
        break;
      case Doc::Kind::HardLine:
        return true;
      case Doc::Kind::CommentColumn:
        width -= 1;
        break;
      case Doc::Kind::BreakParent:
        break;
      case Doc::Kind::Concat:
        for (auto it = doc.children().rbegin(); it != doc.children().rend(); ++it) {
          pending.push_back({command.indent, command.mode, &*it});
        }
        break;
      case Doc::Kind::Nest:
        pending.push_back({command.indent, command.mode, &doc.children().front()});
        break;
      case Doc::Kind::Group: {
        Mode mode = doc.breaks() ? Mode::Break : command.mode;
        pending.push_back({command.indent, mode, &doc.children().front()});
        break;
      }
    }
  }
  return false;
}

class Renderer {
 public:
  explicit Renderer(int width) : width_(width) {}

  std::string run(const Doc& root) {
    commands_.push_back({0, Mode::Break, &root});
    while (!commands_.empty()) {
      Command command = commands_.back();
      commands_.pop_back();
      step(command);
    }
    alignCommentColumns();
    return std::move(out_);
  }

 private:
  void step(const Command& command) {
    const Doc& doc = *command.doc;
    switch (doc.kind()) {
      case Doc::Kind::Text:
        write(doc.content());
        break;
      case Doc::Kind::Line:
        if (command.mode == Mode::Flat) {
          write(" ");
        } else {
          newLine(command.indent);
        }
        break;
      case Doc::Kind::HardLine:
        newLine(command.indent);
        break;
      case Doc::Kind::CommentColumn:
        write(" ");
        commentColumns_.push_back({out_.size(), column_, line_, lineIndent_, doc.source()});
        break;
      case Doc::Kind::BreakParent:
        break;
      case Doc::Kind::Concat:
        for (auto it = doc.children().rbegin(); it != doc.children().rend(); ++it) {
          commands_.push_back({command.indent, command.mode, &*it});
        }
        break;
      case Doc::Kind::Nest:
        commands_.push_back({command.indent + kIndentWidth, command.mode, &doc.children().front()});
        break;
      case Doc::Kind::Group:
        commands_.push_back({command.indent, groupMode(command), &doc.children().front()});
        break;
    }
  }

  Mode groupMode(const Command& command) const {
    const Doc& doc = *command.doc;
    if (doc.breaks())
      return Mode::Break;
    if (command.mode == Mode::Flat)
      return Mode::Flat;
    Command flat{command.indent, Mode::Flat, &doc.children().front()};
    return fits(flat, commands_, width_ - column_) ? Mode::Flat : Mode::Break;
  }

  void write(std::string_view text) {
    out_ += text;
    std::size_t newline = text.rfind('\n');
    if (newline == std::string_view::npos) {
      column_ += displayWidth(text);
    } else {
      column_ = displayWidth(text.substr(newline + 1));
      line_ += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
      lineIndent_ = -1;  // inside a multi-line block comment: aligns with nothing
    }
  }

  void newLine(int indent) {
    while (!out_.empty() && out_.back() == ' ')
      out_.pop_back();
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent), ' ');
    column_ = indent;
    ++line_;
    lineIndent_ = indent;
  }

  // Where a trailing comment starts in the output, and where it began in the input.
  struct CommentStart {
    std::size_t offset;  // in out_, just past the one space written before it
    int column;
    std::size_t line;
    int indent;
    SourcePosition source;
  };

  static bool sameColumnRun(const CommentStart& before, const CommentStart& after) {
    return after.line == before.line + 1 && after.indent == before.indent && after.indent >= 0 &&
           after.source.line == before.source.line + 1 &&
           after.source.column == before.source.column;
  }

  // Pads every run of trailing comments that shared a column in the input to its widest line.
  void alignCommentColumns() {
    std::vector<std::pair<std::size_t, std::size_t>> pads;  // (offset, spaces)
    std::size_t runStart = 0;
    for (std::size_t i = 1; i <= commentColumns_.size(); ++i) {
      if (i < commentColumns_.size() && sameColumnRun(commentColumns_[i - 1], commentColumns_[i]))
        continue;
      int widest = 0;
      for (std::size_t k = runStart; k < i; ++k)
        widest = std::max(widest, commentColumns_[k].column);
      for (std::size_t k = runStart; k < i; ++k) {
        auto spaces = static_cast<std::size_t>(widest - commentColumns_[k].column);
        if (spaces > 0)
          pads.emplace_back(commentColumns_[k].offset, spaces);
      }
      runStart = i;
    }
    for (auto it = pads.rbegin(); it != pads.rend(); ++it)
      out_.insert(it->first, it->second, ' ');
  }

  int width_;
  int column_ = 0;
  std::size_t line_ = 0;
  int lineIndent_ = 0;
  std::string out_;
  std::vector<Command> commands_;
  std::vector<CommentStart> commentColumns_;
};

}  // namespace

std::string renderDoc(const Doc& doc, int width) {
  return Renderer(width).run(doc);
}

}  // namespace initcheck::format
