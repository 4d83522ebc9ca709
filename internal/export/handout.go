package export

import (
	"fmt"
	"strings"

	"faultline/lessons"
	"faultline/quiz"
)

// handout assembles the Markdown of a handout.
type handout struct {
	bank  *quiz.Bank
	asked []asked
}

// MarkdownText returns the handout of ls as Markdown: for each lesson its
// title, summary, introduction and sections (without speaker notes), live
// blocks replaced by their static results, then an answer key when a
// quiz block showed a question. bank supplies the questions of quiz blocks;
// it may be nil when no lesson has one.
func MarkdownText(ls []lessons.Lesson, bank *quiz.Bank) string {
	h := &handout{bank: bank}
	var parts []string
	for _, l := range ls {
		parts = append(parts, h.lesson(l))
	}
	if len(h.asked) > 0 {
		parts = append(parts, h.answerKey())
	}
	parts = append(parts, "---\n\n*Handout made with faultline.*")
	return strings.Join(parts, "\n\n") + "\n"
}

// lesson is one lesson's part of the handout.
func (h *handout) lesson(l lessons.Lesson) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n*%s*\n\nLesson %d · about %d minutes\n", oneLine(l.Title), oneLine(l.Summary), l.Order, l.Minutes)
	if intro := strings.TrimSpace(l.Intro); intro != "" {
		b.WriteString("\n" + intro + "\n")
	}
	for _, s := range l.Sections {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", oneLine(s.Title), h.body(s.Parts))
	}
	return strings.TrimRight(b.String(), "\n")
}

// body is a section's Markdown from its parts, each live block replaced by
// its static result standing as a paragraph of its own. Code blocks are
// kept as written, so an example of a live block inside a longer fence
// stays an example.
func (h *handout) body(parts []lessons.Part) string {
	var b strings.Builder
	for i, p := range parts {
		if !p.IsBlock() {
			b.WriteString(p.Source)
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteString("\n")
		}
		b.WriteString(strings.TrimRight(h.block(*p.Block), "\n") + "\n")
		if i+1 == len(parts) || !startsBlank(parts[i+1].Source) {
			b.WriteString("\n")
		}
	}
	return strings.TrimSpace(b.String())
}

// startsBlank reports whether the first line of s is blank.
func startsBlank(s string) bool {
	first, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(first) == ""
}

// oneLine keeps a heading or a summary on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
