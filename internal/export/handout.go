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
	if strings.TrimSpace(l.Intro) != "" {
		b.WriteString("\n" + h.body(l.Intro) + "\n")
	}
	for _, s := range l.Sections {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", oneLine(s.Title), h.body(s.Body))
	}
	return strings.TrimRight(b.String(), "\n")
}

// body is section Markdown with its live blocks replaced.
func (h *handout) body(md string) string {
	return strings.TrimSpace(replaceLiveBlocks(md, h.block))
}

// oneLine keeps a heading or a summary on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
